"""Selecting a KPI redraws the chart on show; a hidden chart tab is built and draws its series
when it is shown."""

from datetime import date
from fractions import Fraction

from kpidesk.domain.chart_series import PeriodPoint, TrendSeries
from kpidesk.domain.model import Unit
from kpidesk.ui.charts import Tab
from tests.ui.test_chart_panel import FMT, TREND, data_of, december


def test_a_hidden_tab_draws_its_latest_series_when_it_is_shown(qtbot, english):
    from kpidesk.ui.charts.chart_panel import ChartPanel

    panel = ChartPanel()
    qtbot.addWidget(panel)
    with qtbot.waitExposed(panel):
        panel.show()
    assert list(panel.pages) == [Tab.CUMULATIVE]  # the tab on show: the others not built yet
    trend = panel.page(Tab.TREND)  # built now, with nothing to draw yet
    drawn = []
    original = trend._draw
    trend._draw = lambda series: (drawn.append(series.kpi), original(series))
    panel.set_cumulative(december(), FMT)
    panel.set_trend(TREND, FMT)
    later = TrendSeries("架電数", Unit.COUNT, "", (PeriodPoint("2026/12", Fraction(40), None),))
    panel.set_trend(later, FMT)
    assert drawn == []  # the cumulative tab is on show: the trend waits
    assert data_of(panel.pages[Tab.CUMULATIVE].actual_item)[1][:3] == [3.0, 8.0, 12.0]
    assert list(panel.pages) == [Tab.CUMULATIVE, Tab.TREND]
    panel.set_current_tab(Tab.TREND)
    assert drawn == ["架電数"]  # only the latest, once
    assert data_of(trend.target_item) == ([0.0], [40.0])
    panel.set_trend(TREND, FMT)  # on show now: drawn at once
    assert drawn == ["架電数", "成約件数"]
    assert data_of(trend.actual_item) == ([0.0, 1.0, 2.0], [99.0, 105.0, 96.0])


def test_a_series_given_as_its_working_is_worked_out_only_when_its_tab_draws(qtbot, english):
    """The window hands each tab how to work its series out: a selection works out the series
    of the tab on show, and a hidden tab's only when it is shown."""
    from kpidesk.ui.charts.chart_panel import ChartPanel

    panel = ChartPanel()
    qtbot.addWidget(panel)
    with qtbot.waitExposed(panel):
        panel.show()
    worked_out = []

    def working(name, series):
        return lambda: (worked_out.append(name), series)[1]

    panel.set_cumulative(working("cumulative", december()), FMT)
    panel.set_trend(working("first trend", TREND), FMT)
    panel.set_trend(working("latest trend", TREND), FMT)
    assert worked_out == ["cumulative"]
    assert data_of(panel.pages[Tab.CUMULATIVE].actual_item)[1][:3] == [3.0, 8.0, 12.0]
    panel.set_current_tab(Tab.TREND)
    assert worked_out == ["cumulative", "latest trend"]
    assert data_of(panel.pages[Tab.TREND].actual_item) == ([0.0, 1.0, 2.0], [99.0, 105.0, 96.0])


def test_a_tab_asked_for_after_its_kpi_was_deleted_says_no_data(window):
    """A hidden tab works its series out when it is shown or asked for, from the plan as it is
    then: asked for after the KPI it was given was deleted (the Progress page hidden, so
    nothing gave it another), it has no data rather than a traceback."""
    from kpidesk.ui.plan_tree_model import Column
    from tests.ui.helpers import cell

    close_rate, revenue = 5, 1
    assert window.document.controller.set_period(date(2026, 11, 1)) is None
    window.show_charts()
    window.tree.setCurrentIndex(cell(window, close_rate, Column.NAME))
    panel = window.charts_page.panel.ensure_panel()
    assert panel.page(Tab.CUMULATIVE).series.kpi == "Close rate"
    window.views.setCurrentIndex(0)  # the Tree tab: the charts are not refreshed while hidden
    assert window.document.controller.delete_subtree(close_rate) is None
    assert window.document.current_kpi == revenue
    assert panel.describe_point(Tab.TREND, 0) == ""
    assert panel.page(Tab.TREND).showing_data is False
    window.show_charts()  # shown again: the charts follow the KPI selected now
    panel.set_current_tab(Tab.TREND)
    assert panel.page(Tab.TREND).series.kpi == "Revenue"
