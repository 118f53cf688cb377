"""Chart labels never collide with the data: the legend sits under the chart, the as-of
label above every line, and every rep keeps its name on the axis."""

from fractions import Fraction

from PySide6.QtCore import QPointF

from kpidesk.domain.chart_series import RepBar, RepComparison
from kpidesk.domain.model import Unit
from kpidesk.ui.charts import Tab
from tests.ui.test_chart_panel import FMT, december, full, panel  # noqa: F401 (fixtures)


def settle(qtbot, page):
    for _ in range(3):
        page.plot.grab()
        qtbot.wait(10)


def test_the_legend_is_under_the_chart_never_over_a_line(qtbot, full):  # noqa: F811
    for tab in (Tab.CUMULATIVE, Tab.REPS, Tab.TREND):
        full.set_current_tab(tab)
        page = full.page(tab)
        settle(qtbot, page)
        legend, view_box = page.plot_item.legend, page.plot_item.getViewBox()
        assert legend.parentItem() is not view_box
        legend_box, data_box = legend.sceneBoundingRect(), view_box.sceneBoundingRect()
        assert legend_box.top() >= data_box.bottom(), tab
        assert legend.isVisible()


def test_the_as_of_label_hangs_above_the_pace_forecast_and_target(qtbot, panel):  # noqa: F811
    series = december(daily=(3, 5))  # early in the month: the lines are still low at the label
    panel.resize(900, 320)
    panel.set_cumulative(series, FMT)
    page = panel.page(Tab.CUMULATIVE)
    settle(qtbot, page)
    label = page.as_of_line.label
    assert label.toPlainText() == "As of 12/2/26"
    view_box = page.plot_item.getViewBox()
    bottom_of_label = view_box.mapSceneToView(QPointF(0, label.sceneBoundingRect().bottom())).y()
    highest = max(
        [float(v) for v in series.pace]
        + [float(v) for _, v in series.forecast]
        + [float(series.target)]
    )
    assert bottom_of_label > highest


def test_every_rep_keeps_a_name_in_two_rows_when_one_is_too_narrow(qtbot, panel):  # noqa: F811
    reps = tuple(RepBar(f"担当者 {i}", Fraction(10 + i), Fraction(25)) for i in range(1, 13))
    panel.set_reps(RepComparison("成約件数", Unit.COUNT, "", reps), FMT)
    panel.set_current_tab(Tab.REPS)
    page = panel.page(Tab.REPS)
    settle(qtbot, page)
    axis = page.rep_axis
    ((_, ticks),) = axis.tickValues(-0.6, 11.6, axis.geometry().width())
    assert ticks == [float(i) for i in range(12)]
    texts = axis.tickStrings(ticks, 1, 1)
    assert texts[:3] == ["担当者 1", "\n担当者 2", "担当者 3"]
    assert axis.staggered
    qtbot.waitUntil(lambda: axis.height() >= 2 * 14)


def test_a_few_reps_sit_in_one_row(qtbot, full):  # noqa: F811
    full.set_current_tab(Tab.REPS)
    page = full.page(Tab.REPS)
    settle(qtbot, page)
    axis = page.rep_axis
    ((_, ticks),) = axis.tickValues(-0.6, 3.4, axis.geometry().width())
    assert axis.tickStrings(ticks, 1, 1) == ["佐藤", "鈴木", "田中", "高橋"]
    assert not axis.staggered
