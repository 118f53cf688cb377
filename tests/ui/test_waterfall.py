"""The "why we are behind" waterfall: bars and labels follow the attribution exactly."""

from datetime import date
from fractions import Fraction

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from kpidesk.domain.attribution import DriverPart
from kpidesk.domain.model import Unit
from kpidesk.domain.problems import Problem
from kpidesk.i18n.catalog import install_translators
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services.attribution_service import GapAttribution
from kpidesk.ui.plan_tree_model import NEGATIVE, POSITIVE
from tests.ui.helpers import settle

F = Fraction
JAPANESE = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)


def worked_example(other=0, pro_rated=False, lower_is_better=False, problem=None):
    """Revenue ¥10,000,000 planned; 90 deals at ¥105,000 instead of 100 at ¥100,000."""
    parts = (
        DriverPart(2, "成約件数", F(-1_025_000)),
        DriverPart(3, "顧客単価", F(475_000)),
    )
    return GapAttribution(
        node_id=1,
        name="売上",
        unit=Unit.CURRENCY,
        unit_label="",
        lower_is_better=lower_is_better,
        as_of=date(2026, 12, 31),
        pro_rated=pro_rated,
        planned=F(10_000_000),
        actual=F(9_450_000) + other,
        parts=() if problem else parts,
        other=F(other),
        problem=problem,
    )


@pytest.fixture
def japanese(qapp):
    install_translators(qapp, "ja")
    yield qapp
    install_translators(qapp, "en")


@pytest.fixture
def chart(qtbot, japanese):
    from kpidesk.ui.charts.waterfall import WaterfallChart

    chart = WaterfallChart()
    qtbot.addWidget(chart)
    chart.resize(640, 420)
    chart.show()
    return chart


def bars(chart) -> list[tuple[float, float, float]]:
    opts = chart.bars.opts
    return list(zip(opts["x"], opts["y0"], opts["height"], strict=True))


def colours(chart) -> list[str]:
    return [brush.color().name() for brush in chart.bars.opts["brushes"]]


def test_bars_run_from_plan_through_each_driver_to_the_actual(chart):
    chart.set_attribution(worked_example(), NumberFormat(JAPANESE))
    assert chart.showing_data
    assert [step.amount for step in chart.steps] == [10_000_000, -1_025_000, 475_000, 9_450_000]
    assert bars(chart) == [
        (0, 0, 10_000_000),
        (1, 10_000_000 - 1_025_000, 1_025_000),  # falls from the plan
        (2, 10_000_000 - 1_025_000, 475_000),  # rises from where deals left it
        (3, 0, 9_450_000),
    ]
    assert colours(chart)[1:3] == [NEGATIVE.name(), POSITIVE.name()]
    assert chart.bar_texts() == ["¥10,000,000", "-¥1,025,000", "+¥475,000", "¥9,450,000"]
    assert chart.category_names() == ["計画", "成約件数", "顧客単価", "実績"]
    assert chart.plot_item.titleLabel.text == "「売上」が計画とずれた要因"
    assert chart.empty_message() == ""


def test_an_other_bar_mid_period_in_man_yen(chart):
    chart.set_attribution(
        worked_example(other=50_000, pro_rated=True), NumberFormat(JAPANESE, money_in_man=True)
    )
    assert chart.category_names() == [
        "計画（現時点）",
        "成約件数",
        "顧客単価",
        "その他",
        "実績（現時点）",
    ]
    assert chart.bar_texts() == ["1,000万円", "-102.5万円", "+47.5万円", "+5万円", "950万円"]
    assert bars(chart)[3] == (3, 9_450_000, 50_000)
    assert bars(chart)[4] == (4, 0, 9_500_000)


def test_lower_is_better_reads_a_rise_as_bad(chart):
    chart.set_attribution(worked_example(lower_is_better=True), NumberFormat(JAPANESE))
    assert colours(chart)[1:3] == [POSITIVE.name(), NEGATIVE.name()]


def test_no_actuals_yet_says_which_figure_is_missing(chart):
    chart.set_attribution(None)
    assert chart.empty_message() == "実績がまだありません"
    assert not chart.showing_data
    assert chart.bar_texts() == []
    chart.set_attribution(worked_example(problem=Problem("no_actuals", "顧客単価")))
    assert chart.empty_message().splitlines() == [
        "実績がまだありません",
        "「顧客単価」の実績はまだありません。",
    ]
    assert not chart.bars.isVisible()
    chart.set_attribution(worked_example(), NumberFormat(JAPANESE))
    assert chart.bars.isVisible() and chart.empty_message() == ""


def painted(draw) -> set[str]:
    """The colours `draw(painter, target)` leaves on an 800 × 500 white image."""
    image = QImage(800, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw(painter, QRectF(0, 0, 800, 500))
    painter.end()
    return {image.pixelColor(x, y).name() for x in range(0, 800, 4) for y in range(0, 500, 4)}


def test_it_renders_onto_a_painter_for_the_pdf(chart):
    chart.set_attribution(worked_example(), NumberFormat(JAPANESE))
    assert {NEGATIVE.name(), POSITIVE.name()} <= painted(chart.render_to)
    # the widget on screen keeps its own layout
    assert chart.plot_item.geometry().width() == chart.plot.width()


def test_a_chart_never_shown_renders_its_scene_for_a_report(qtbot, japanese):
    from kpidesk.ui.charts.waterfall import WaterfallChart

    chart = WaterfallChart()
    qtbot.addWidget(chart)
    chart.set_attribution(worked_example(), NumberFormat(JAPANESE))
    source = chart.lay_out_for(800, 500)
    assert (source.width(), source.height()) == (800, 500)
    colours = painted(lambda painter, target: chart.plot.scene().render(painter, target, source))
    assert {NEGATIVE.name(), POSITIVE.name()} <= colours


@pytest.mark.parametrize("height", [200, 260, 420])
def test_the_labels_stay_inside_the_chart_however_short_it_is(qtbot, chart, height):
    chart.resize(640, height)
    chart.set_attribution(worked_example(), NumberFormat())
    settle()  # the view box settles to its new size
    view = chart.plot_item.getViewBox().sceneBoundingRect()
    for label in chart.labels.items[: len(chart.steps)]:
        assert label.sceneBoundingRect().top() >= view.top() - 0.5


def test_a_kpi_named_like_markup_is_titled_as_typed(chart):
    from dataclasses import replace

    chart.set_attribution(replace(worked_example(), name="<i>売上</i>"), NumberFormat())
    assert chart.plot_item.titleLabel.item.toPlainText() == "「<i>売上</i>」が計画とずれた要因"
