"""The tree marks only the plan value that is missing; a plan not filled in yet shows "—"."""

from PySide6.QtCore import Qt

from kpidesk.ui.plan_tree_model import MUTED, PROBLEM, Column
from tests.ui.helpers import cell, cell_text, edit_cell

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def _colour(window, node_id, column):
    return cell(window, node_id, column).data(Qt.ItemDataRole.ForegroundRole).color().name()


def test_a_child_under_a_leaf_is_the_one_value_marked(qtbot, window):
    controller = window.document.controller
    new = controller.add_child(PROSPECTS)
    assert cell_text(window, new, Column.PROJECTED) == "⚠ cannot compute"
    assert _colour(window, new, Column.PROJECTED) == PROBLEM.name()
    for above in (PROSPECTS, DEALS, REVENUE):
        assert cell_text(window, above, Column.PROJECTED) == "—"
        assert cell_text(window, above, Column.GAP) == "—"
        assert _colour(window, above, Column.PROJECTED) == MUTED.name()
    tip = cell(window, REVENUE, Column.PROJECTED).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "No plan yet: waiting for the plan value of “New KPI”."
    assert cell_text(window, UNIT_PRICE, Column.PROJECTED) == "¥100,000"
    edit_cell(qtbot, window, new, Column.PLAN, "600")
    assert cell_text(window, REVENUE, Column.PROJECTED) == "¥12,000,000"
    window.undo_action.trigger()  # the plan value
    window.undo_action.trigger()  # the new KPI: the prospects' own plan value is back
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    assert cell_text(window, REVENUE, Column.PROJECTED) == "¥10,000,000"


def test_a_plan_without_any_plan_value_shows_dashes_not_warnings(window):
    controller = window.document.controller
    for leaf in (UNIT_PRICE, PROSPECTS, CLOSE_RATE):
        assert controller.set_plan_value(leaf, "") is None
    for node_id in (REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE):
        assert cell_text(window, node_id, Column.PROJECTED) == "—"
        assert cell_text(window, node_id, Column.GAP) == "—"
        assert _colour(window, node_id, Column.PROJECTED) == MUTED.name()
    window.tree.setCurrentIndex(window.model.index_of(DEALS))
    form = window.form
    assert form.projected.text() == "—"
    assert form.reason.text() == ""  # no amber warning: nothing is wrong yet
    assert form.projected.toolTip() == "No plan yet: waiting for the plan value of “Prospects”."
