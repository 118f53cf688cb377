"""The progress charts: each chart is given the series' data, its table the same numbers."""

import os
import subprocess
import sys
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt

from kpidesk.domain.calendar import business_days
from kpidesk.domain.chart_series import (
    AchievementBars,
    Bar,
    CumulativeSeries,
    FunnelSeries,
    PeriodPoint,
    RepBar,
    RepComparison,
    Stage,
    TrendSeries,
)
from kpidesk.domain.model import Unit
from kpidesk.i18n.catalog import install_translators
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.charts import Tab

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FMT = NumberFormat(ENGLISH)
DAILY_DEALS = (3, 5, 4, 2, 6, 4, 3, 5, 4)  # 36 deals by Friday 11 December


def december(
    daily=DAILY_DEALS, scale=1, target=Fraction(100), unit=Unit.COUNT, kpi="成約件数"
) -> CumulativeSeries:
    """December 2026: 23 business days, the actual known up to the len(daily)-th of them."""
    days = tuple(business_days(date(2026, 12, 1), date(2026, 12, 31), ()))
    done = len(daily)
    totals = [Fraction(sum(daily[: i + 1])) * scale for i in range(done)]
    actual = tuple(totals) + (None,) * (len(days) - done)
    reached = actual[done - 1]
    per_day = reached / done
    return CumulativeSeries(
        kpi=kpi,
        unit=unit,
        unit_label="",
        days=days,
        actual=actual,
        pace=tuple(target * (i + 1) / len(days) for i in range(len(days))),
        forecast=tuple(
            (days[i], reached + per_day * (i + 1 - done)) for i in range(done - 1, len(days))
        ),
        target=target,
        as_of=days[done - 1],
    )


def three_years(count=1100) -> CumulativeSeries:
    days = tuple(date(2024, 1, 1) + timedelta(days=i) for i in range(count))
    actual = tuple(Fraction(1_000_000 * (i + 1)) if i < count - 100 else None for i in range(count))
    return CumulativeSeries(
        kpi="売上",
        unit=Unit.CURRENCY,
        unit_label="",
        days=days,
        actual=actual,
        pace=tuple(Fraction(1_100_000 * (i + 1)) for i in range(count)),
        forecast=tuple((days[i], Fraction(1_000_000 * (i + 1))) for i in range(count - 101, count)),
        target=Fraction(1_100_000 * count),
        as_of=days[count - 101],
    )


ACHIEVEMENT = AchievementBars(
    (
        Bar("成約件数", Fraction(36, 100), "lagging"),
        Bar("見込み客数", Fraction(48, 100), "on_track"),
        Bar("架電数", Fraction(21, 100), "at_risk"),
        Bar("顧客単価", None, "unknown"),
    )
)
REPS = RepComparison(
    "成約件数",
    Unit.COUNT,
    "",
    (
        RepBar("佐藤", Fraction(12), Fraction(25)),
        RepBar("鈴木", Fraction(9), Fraction(25)),
        RepBar("田中", Fraction(10), Fraction(25)),
        RepBar("高橋", Fraction(5), Fraction(25)),
    ),
)
FUNNEL = FunnelSeries(
    (
        Stage("架電数", Fraction(1200)),
        Stage("アポイント件数", Fraction(300), Fraction(1, 4)),
        Stage("見込み客数", Fraction(180), Fraction(3, 5)),
        Stage("成約件数", Fraction(36), Fraction(1, 5)),
    )
)
TREND = TrendSeries(
    "成約件数",
    Unit.COUNT,
    "",
    (
        PeriodPoint("2026/9", Fraction(100), Fraction(99)),
        PeriodPoint("2026/10", Fraction(100), Fraction(105)),
        PeriodPoint("2026/11", Fraction(100), Fraction(96)),
        PeriodPoint("2026/12", Fraction(100), None),
    ),
)


@pytest.fixture
def panel(qtbot, english):
    from kpidesk.ui.charts.chart_panel import ChartPanel

    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    return panel


def fill(panel):
    """`panel` with every chart given the December sample."""
    panel.set_cumulative(december(), FMT)
    panel.set_achievement(ACHIEVEMENT, FMT)
    panel.set_reps(REPS, FMT)
    panel.set_funnel(FUNNEL, FMT)
    panel.set_trend(TREND, FMT)
    return panel


@pytest.fixture
def full(panel):
    """A panel of the test's own with every chart given the December sample, for tests that
    change it."""
    return fill(panel)


@pytest.fixture(scope="module")
def sample(qapp, bundled_font):
    """One filled panel for the module's tests that only read it: each of its five pages costs
    about 30 ms of CPU to build, the panel 50 ms more. Each page is drawn while the panel shows,
    as in `full`; then the panel hides, or it would take the mouse of the hover test's panel."""
    from kpidesk.ui.charts.chart_panel import ChartPanel

    install_translators(qapp, "en")  # as `english` does, before the panel's texts are made
    qapp.setFont(bundled_font)
    panel = ChartPanel()
    panel.resize(1000, 500)
    panel.show()
    fill(panel)
    for tab in Tab:
        panel.page(tab)
    panel.hide()
    yield panel
    panel.close()
    panel.deleteLater()


def data_of(item) -> tuple[list[float], list[float]]:
    x, y = item.getOriginalDataset()
    return ([] if x is None else list(x)), ([] if y is None else list(y))


def table(panel, tab: Tab) -> list[tuple[str, ...]]:
    model = panel.page(tab).table.model()
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def headers(panel, tab: Tab) -> list[str]:
    model = panel.page(tab).table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def colours(brushes) -> list[str]:
    return [brush.color().name() for brush in brushes]


# -- what each chart is given ---------------------------------------------------------------


def test_the_cumulative_chart_plots_actual_pace_forecast_and_target(sample):
    page = sample.page(Tab.CUMULATIVE)
    series = december()
    assert data_of(page.actual_item) == (
        [float(i) for i in range(9)],
        [3.0, 8.0, 12.0, 14.0, 20.0, 24.0, 27.0, 32.0, 36.0],
    )
    assert data_of(page.pace_item) == (
        [float(i) for i in range(23)],
        [float(p) for p in series.pace],
    )
    forecast_x, forecast_y = data_of(page.forecast_item)
    assert forecast_x == [float(i) for i in range(8, 23)]
    assert forecast_y[0] == 36.0 and forecast_y[-1] == 92.0
    assert data_of(page.target_item) == ([0.0, 22.0], [100.0, 100.0])
    assert page.as_of_line.value() == 8.0
    assert page.actual_item.opts["symbol"] == "o"


def test_the_cumulative_lines_are_styled_apart(sample):
    page = sample.page(Tab.CUMULATIVE)
    solid, dashed = 1, 2  # Qt.PenStyle values
    assert page.actual_item.opts["pen"].style().value == solid
    assert page.pace_item.opts["pen"].style().value == dashed
    assert page.forecast_item.opts["pen"].style().value == dashed
    assert page.forecast_item.opts["pen"].color() != page.pace_item.opts["pen"].color()
    legend = [label.text for _, label in page.plot_item.legend.items]
    assert legend == ["Actual", "Pace", "Forecast", "Target"]


def test_long_line_series_are_downsampled_clipped_and_not_antialiased(panel):
    panel.set_cumulative(three_years(), FMT)
    page = panel.page(Tab.CUMULATIVE)
    for item in (page.actual_item, page.pace_item, page.forecast_item):
        assert item.opts["autoDownsample"] is True
        assert item.opts["downsampleMethod"] == "peak"
        assert item.opts["clipToView"] is True
        assert item.opts["antialias"] is False
    assert len(data_of(page.pace_item)[0]) == 1100
    assert page.actual_item.opts["symbol"] is None  # 1,000 markers would be one thick line
    trend = panel.page(Tab.TREND)
    assert trend.actual_item.opts["clipToView"] is True


def test_the_achievement_bars_are_coloured_by_status_against_a_100_percent_line(sample):
    page = sample.page(Tab.ACHIEVEMENT)
    bars = page.bars.opts
    assert list(bars["y"]) == [0.0, 1.0, 2.0, 3.0]
    assert list(bars["x0"]) == [0.0] * 4
    assert list(bars["width"]) == [0.36, 0.48, 0.21, 0.0]
    assert colours(bars["brushes"]) == ["#955a00", "#2b7530", "#c62828", "#666666"]
    assert page.reference.value() == 1.0
    # the status in words beside each bar: its colour is never the only sign
    assert page.labels.texts() == ["36 %  Lagging", "48 %  On track", "21 %  At risk", "No data"]
    assert page.name_axis.labels == ["成約件数", "見込み客数", "架電数", "顧客単価"]


def test_the_rep_chart_pairs_actual_and_target_bars_per_rep(sample):
    page = sample.page(Tab.REPS)
    actual, target = page.actual_bars.opts, page.target_bars.opts
    assert list(actual["height"]) == [12.0, 9.0, 10.0, 5.0]
    assert list(target["height"]) == [25.0] * 4
    pairs = zip(actual["x"], target["x"], strict=True)
    assert all(t - a == pytest.approx(actual["width"]) for a, t in pairs)
    assert page.rep_axis.labels == ["佐藤", "鈴木", "田中", "高橋"]
    assert [label.text for _, label in page.plot_item.legend.items] == ["Actual", "Target"]


def test_the_funnel_narrows_and_labels_value_and_conversion_rate(sample):
    page = sample.page(Tab.FUNNEL)
    assert list(page.bars.opts["width"]) == [1200.0, 300.0, 180.0, 36.0]
    assert list(page.bars.opts["y"]) == [0.0, 1.0, 2.0, 3.0]
    assert page.labels.texts() == [
        "1,200",
        "300 (25 % of previous)",
        "180 (60 % of previous)",
        "36 (20 % of previous)",
    ]


def test_the_trend_plots_target_and_actual_per_period(sample):
    page = sample.page(Tab.TREND)
    assert data_of(page.target_item) == ([0.0, 1.0, 2.0, 3.0], [100.0] * 4)
    assert data_of(page.actual_item) == ([0.0, 1.0, 2.0], [99.0, 105.0, 96.0])
    assert page.period_axis.labels == ["2026/9", "2026/10", "2026/11", "2026/12"]
    assert page.actual_item.opts["symbol"] == "o"


# -- the same numbers in the tables -----------------------------------------------------------


def test_the_cumulative_table_shows_money_formatted(panel):
    series = december(scale=100_000, target=Fraction(10_000_000), unit=Unit.CURRENCY)
    panel.set_cumulative(series, FMT)
    assert headers(panel, Tab.CUMULATIVE) == ["Date", "Actual", "Pace", "Forecast"]
    rows = table(panel, Tab.CUMULATIVE)
    assert len(rows) == 23
    assert rows[0] == ("12/1/26", "¥300,000", "¥434,783", "")
    assert rows[8] == ("12/11/26", "¥3,600,000", "¥3,913,043", "¥3,600,000")
    assert rows[-1] == ("12/31/26", "", "¥10,000,000", "¥9,200,000")


def test_the_value_axis_formats_like_the_table(panel):
    series = december(scale=100_000, target=Fraction(10_000_000), unit=Unit.CURRENCY)
    panel.set_cumulative(series, FMT)
    axis = panel.page(Tab.CUMULATIVE).value_axis
    assert axis.tickStrings([0.0, 2e6, 1e7], 1.0, 2e6) == ["¥0", "¥2,000,000", "¥10,000,000"]
    panel.set_cumulative(series, NumberFormat(ENGLISH, money_in_man=True))
    assert axis.tickStrings([2e6], 1.0, 2e6) == ["200 man-yen"]


def test_the_date_axis_reads_month_slash_day_and_thins_to_week_starts(sample):
    axis = sample.page(Tab.CUMULATIVE).day_axis
    every_day = axis.tickValues(0, 22, 5000)[0][1]
    assert every_day == [float(i) for i in range(23)]
    assert axis.tickStrings([0.0, 4.0], 1.0, 1.0) == ["12/1", "12/7"]
    weekly = axis.tickValues(0, 22, 300)[0][1]
    assert weekly == [0.0, 4.0, 9.0, 14.0, 19.0]  # Tue 1st, then each Monday


def test_the_other_tables_show_their_numbers(sample):
    assert table(sample, Tab.ACHIEVEMENT) == [
        ("成約件数", "36 %", "Lagging"),
        ("見込み客数", "48 %", "On track"),
        ("架電数", "21 %", "At risk"),
        ("顧客単価", "—", "No data"),
    ]
    assert table(sample, Tab.REPS)[0] == ("佐藤", "12", "25", "48 %")
    assert table(sample, Tab.FUNNEL) == [
        ("架電数", "1,200", ""),
        ("アポイント件数", "300", "25 %"),
        ("見込み客数", "180", "60 %"),
        ("成約件数", "36", "20 %"),
    ]
    assert table(sample, Tab.TREND)[-1] == ("2026/12", "100", "", "—")
    assert table(sample, Tab.TREND)[1] == ("2026/10", "100", "105", "105 %")


# -- no data ----------------------------------------------------------------------------------


def test_every_chart_says_no_data_yet_before_it_has_any(panel):
    for tab in Tab:
        page = panel.page(tab)
        assert not page.showing_data
        assert page.stack.currentWidget() is page.empty_label
        assert page.empty_label.text() == "No data yet"
        assert panel.describe_point(tab, 0) == ""
    assert panel.page(Tab.CUMULATIVE).empty_label.isVisible()


@pytest.mark.parametrize(
    ("tab", "setter", "empty"),
    [
        (
            Tab.CUMULATIVE,
            "set_cumulative",
            CumulativeSeries("成約件数", Unit.COUNT, "", (), (), (), (), None, date(2026, 12, 1)),
        ),
        (Tab.ACHIEVEMENT, "set_achievement", AchievementBars()),
        (Tab.REPS, "set_reps", RepComparison("成約件数", Unit.COUNT, "", ())),
        (Tab.FUNNEL, "set_funnel", FunnelSeries()),
        (Tab.TREND, "set_trend", TrendSeries("成約件数", Unit.COUNT, "", ())),
    ],
)
def test_an_empty_series_replaces_the_chart_with_no_data_yet(full, tab, setter, empty):
    full.set_current_tab(tab)
    page = full.page(tab)
    assert page.plot.isVisible() and not page.empty_label.isVisible()
    getattr(full, setter)(empty, FMT)
    assert page.empty_label.isVisible() and not page.plot.isVisible()
    assert table(full, tab) == []
    getattr(full, setter)(None, FMT)
    assert page.empty_label.isVisible()


# -- hover ------------------------------------------------------------------------------------


def test_describe_point_gives_the_nearest_points_values(sample):
    assert sample.describe_point(Tab.CUMULATIVE, 8) == (
        "12/11/26\nActual: 36\nPace: 39.13\nForecast: 36\nTarget: 100"
    )
    assert sample.describe_point(Tab.CUMULATIVE, 19.6) == (
        "12/29/26\nPace: 91.3\nForecast: 84\nTarget: 100"
    )
    assert sample.describe_point(Tab.CUMULATIVE, -5).startswith("12/1/26\nActual: 3\n")
    assert sample.describe_point(Tab.ACHIEVEMENT, 2.2) == (
        "架電数\nAchievement: 21 %\nStatus: At risk"
    )
    assert sample.describe_point(Tab.REPS, 1) == "鈴木\nActual: 9\nTarget: 25\nAchievement: 36 %"
    assert sample.describe_point(Tab.FUNNEL, 1) == "アポイント件数\nValue: 300\nFrom previous: 25 %"
    assert sample.describe_point(Tab.FUNNEL, 0) == "架電数\nValue: 1,200"
    assert sample.describe_point(Tab.TREND, 99) == "2026/12\nTarget: 100\nActual: —\nAchievement: —"


def test_moving_the_mouse_over_a_chart_shows_the_nearest_point(qtbot, full):
    page = full.page(Tab.CUMULATIVE)
    view_box = page.plot_item.getViewBox()
    scene_pos = view_box.mapViewToScene(QPointF(7.8, 35.0))
    qtbot.mouseMove(page.plot.viewport(), page.plot.mapFromScene(scene_pos))
    qtbot.waitUntil(page.hover.isVisible, timeout=2000)
    assert page.hover.toPlainText() == full.describe_point(Tab.CUMULATIVE, 8)
    assert (page.hover.pos().x(), page.hover.pos().y()) == (8.0, 36.0)


# -- updating in place --------------------------------------------------------------------------


def test_a_new_series_updates_the_existing_items(full):
    cumulative, achievement = full.page(Tab.CUMULATIVE), full.page(Tab.ACHIEVEMENT)
    items = [cumulative.actual_item, cumulative.pace_item, cumulative.forecast_item]
    bars, labels = achievement.bars, list(achievement.labels.items)
    scene_items = len(cumulative.plot_item.items), len(achievement.plot_item.items)

    full.set_cumulative(december(daily=(2, 2, 2, 2)), FMT)
    full.set_achievement(AchievementBars((Bar("売上", Fraction(1, 2), "on_track"),)), FMT)
    assert full.page(Tab.ACHIEVEMENT) is achievement  # a hidden tab draws when asked for

    assert [cumulative.actual_item, cumulative.pace_item, cumulative.forecast_item] == items
    assert data_of(cumulative.actual_item)[1] == [2.0, 4.0, 6.0, 8.0]
    assert achievement.bars is bars and list(achievement.bars.opts["width"]) == [0.5]
    assert achievement.labels.items == labels  # spare labels hidden, not deleted
    assert achievement.labels.texts() == ["50 %  On track"]
    assert (len(cumulative.plot_item.items), len(achievement.plot_item.items)) == scene_items


# -- the panel --------------------------------------------------------------------------------


def test_the_panel_has_five_tabs_each_a_chart_beside_a_table(panel):
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert titles == ["Cumulative", "Achievement", "Reps", "Funnel", "Trend"]
    for tab in Tab:
        page = panel.page(tab)
        assert page.parentWidget() is panel.tabs.widget(int(tab))  # built on first ask
        assert page.widget(0) is page.stack and page.widget(1) is page.table


def test_the_lazy_panel_builds_the_charts_on_first_show(qtbot, english):
    from kpidesk.ui.charts.lazy_panel import LazyChartPanel

    lazy = LazyChartPanel()
    qtbot.addWidget(lazy)
    lazy.set_funnel(FUNNEL, FMT)
    assert lazy.panel is None
    with qtbot.waitSignal(lazy.panelCreated):
        lazy.show()
    assert table(lazy.panel, Tab.FUNNEL)[0] == ("架電数", "1,200", "")
    lazy.set_reps(REPS, FMT)
    assert table(lazy.panel, Tab.REPS)[3] == ("高橋", "5", "25", "20 %")


def test_the_chart_package_and_the_main_window_do_not_import_pyqtgraph():
    code = (
        "import sys\n"
        "import kpidesk.ui.charts, kpidesk.ui.charts.lazy_panel, kpidesk.ui.charts.tables\n"
        "import kpidesk.domain.chart_series\n"
        "assert 'pyqtgraph' not in sys.modules, 'kpidesk.ui.charts loaded pyqtgraph'\n"
        "import kpidesk.ui.main_window\n"
        "assert 'pyqtgraph' not in sys.modules, 'the main window loaded pyqtgraph'\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_a_kpi_named_like_markup_is_titled_as_typed(panel):
    from dataclasses import replace

    panel.set_cumulative(replace(december(), kpi="<b>x</b> & co"), FMT)
    title = panel.page(Tab.CUMULATIVE).plot_item.titleLabel.item.toPlainText()
    assert title == "<b>x</b> & co"
