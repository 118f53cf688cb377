"""One open plan, many views: each view follows the document; none is fed by the window."""

from datetime import date

from PySide6.QtCore import Qt

from kpidesk.ui.node_form import NodeForm
from kpidesk.ui.plan_tree_model import Column, PlanTreeModel

REVENUE, DEALS, PROSPECTS = 1, 2, 4


def text_of(model, node_id, column):
    return model.data(model.index_of(node_id, column), Qt.ItemDataRole.DisplayRole)


def test_a_second_view_on_the_document_follows_edits_made_through_the_first(qtbot, window):
    document = window.document
    second = PlanTreeModel(window.number_format, document)
    form = NodeForm(document)
    qtbot.addWidget(form)
    first = window.model
    assert first.setData(first.index_of(PROSPECTS, Column.NAME), "Leads")
    assert text_of(second, PROSPECTS, Column.NAME) == "Leads"
    assert first.setData(first.index_of(PROSPECTS, Column.PLAN), "600")
    assert text_of(second, PROSPECTS, Column.PLAN) == "600"
    window.undo_action.trigger()
    assert text_of(second, PROSPECTS, Column.PLAN) == "500"
    window.tree.setCurrentIndex(first.index_of(DEALS))  # the selection is the document's
    assert document.current_kpi == DEALS
    assert form.name.text() == "Deals"
    window.tree_actions.delete.trigger()  # Deals and its children go: the KGI is current
    assert document.current_kpi == REVENUE
    assert form.name.text() == "Revenue"
    assert second.index_of(DEALS).isValid() is False
    assert second.rowCount(second.index_of(REVENUE)) == first.rowCount(first.index_of(REVENUE))


def test_each_change_is_announced_by_its_own_signal(qtbot, window):
    document = window.document
    heard = []
    for name in (
        "kpisChanged",
        "structureChanged",
        "actualsChanged",
        "reviewsChanged",
        "headerChanged",
        "teamChanged",
        "periodsChanged",
    ):
        getattr(document, name).connect(lambda *args, n=name: heard.append(n))
    controller = document.controller
    assert controller.record_actuals({(PROSPECTS, 0, date(2026, 11, 2)): "7"}) is None
    assert heard == ["kpisChanged", "actualsChanged"]
    heard.clear()
    assert controller.add_rep("Rep 11") is None
    assert "teamChanged" in heard and "structureChanged" not in heard
    heard.clear()
    assert controller.set_closed_day(date(2026, 11, 27), "Stocktaking") is None
    assert heard == ["actualsChanged", "headerChanged", "periodsChanged"]
    heard.clear()
    assert controller.add_child(REVENUE) is not None
    assert heard[0] == "structureChanged"
