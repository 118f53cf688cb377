"""A KPI selected again is charted from the series worked out for it, until the plan changes."""

from datetime import date

from kpidesk.services import chart_data
from kpidesk.ui.charts import Tab

DEALS, PROSPECTS = 2, 4


def test_a_kpi_selected_again_is_not_worked_out_again_until_the_plan_changes(
    qtbot, window, monkeypatch
):
    controller = window.document.controller
    assert controller.set_period(date(2026, 11, 1)) is None
    assert controller.record_actuals({(DEALS, 1, date(2026, 11, 2)): "3"}) is None
    worked_out = []
    original = chart_data.cumulative_chart

    def counted(session, progress, node_id, rep_id=None):
        worked_out.append(node_id)
        return original(session, progress, node_id, rep_id)

    monkeypatch.setattr(chart_data, "cumulative_chart", counted)
    window.show_charts()
    page = window.charts.ensure_panel().page(Tab.CUMULATIVE)
    worked_out.clear()  # the KPI current when the tab showed
    for node_id in (DEALS, PROSPECTS, DEALS, PROSPECTS, DEALS):
        window.tree.setCurrentIndex(window.model.index_of(node_id))
        assert page.series.kpi == window.document.session.plan.nodes[node_id].name
    assert worked_out == [DEALS, PROSPECTS]
    assert page.series.actual[1] == 3  # 2 November
    assert controller.record_actuals({(DEALS, 1, date(2026, 11, 2)): "5"}) is None
    assert worked_out == [DEALS, PROSPECTS, DEALS]  # the figures changed: the chart follows
    assert page.series.actual[1] == 5
