"""Drag to move, copy and paste, keyboard moves, funnel and team: each one undo step."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QDropEvent

from kpidesk.domain.model import Split
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore
from kpidesk.ui.funnel_dialog import FunnelDialog
from kpidesk.ui.plan_tree_model import Column
from kpidesk.ui.team_dialog import TeamDialog
from tests.ui.helpers import cell, cell_text

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def stored(path):
    db = open_plan_file(path)
    plan = PlanStore(db).load()
    db.close()
    return plan


def children(window, node_id):
    parent = cell(window, node_id, Column.NAME)
    model = window.model
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def drop(window, node_id, onto_id):
    """Drop a dragged KPI onto another, the way the view delivers a drop."""
    tree = window.tree
    data = window.model.mimeData([cell(window, node_id, Column.NAME)])
    target = tree.visualRect(cell(window, onto_id, Column.NAME)).center()
    event = QDropEvent(
        target.toPointF(),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(event)


def test_dragging_a_kpi_onto_another_moves_it_under_it(qtbot, window, demo_file):
    drop(window, UNIT_PRICE, DEALS)
    assert children(window, DEALS) == ["Prospects", "Close rate", "Unit price"]
    assert stored(demo_file).nodes[UNIT_PRICE].parent_id == DEALS
    window.undo_action.trigger()
    assert children(window, REVENUE) == ["Deals", "Unit price"]
    assert stored(demo_file).nodes[UNIT_PRICE].parent_id == REVENUE


def test_a_kpi_cannot_be_dropped_into_its_own_subtree(qtbot, window, demo_file):
    data = window.model.mimeData([cell(window, DEALS, Column.NAME)])
    assert not window.model.canDropMimeData(
        data, Qt.DropAction.MoveAction, -1, 0, cell(window, PROSPECTS, Column.NAME)
    )
    assert stored(demo_file).nodes[DEALS].parent_id == REVENUE


def test_copy_and_paste_a_subtree_with_the_keyboard(qtbot, window, demo_file):
    tree = window.tree
    tree.setFocus()
    tree.setCurrentIndex(cell(window, DEALS, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    tree.setCurrentIndex(cell(window, UNIT_PRICE, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert children(window, UNIT_PRICE) == ["Deals"]
    assert len(stored(demo_file).nodes) == 8
    window.undo_action.trigger()
    assert len(stored(demo_file).nodes) == 5


def test_alt_arrows_reorder_and_change_level(qtbot, window, demo_file):
    tree = window.tree
    tree.setFocus()
    tree.setCurrentIndex(cell(window, CLOSE_RATE, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert children(window, DEALS) == ["Close rate", "Prospects"]
    qtbot.keyClick(tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert children(window, REVENUE) == ["Deals", "Close rate", "Unit price"]
    qtbot.keyClick(tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert children(window, DEALS) == ["Prospects", "Close rate"]
    assert window.model.node_id(tree.currentIndex()) == CLOSE_RATE
    for _ in range(3):
        window.undo_action.trigger()
    assert stored(demo_file).nodes[CLOSE_RATE].position == 1
    assert children(window, DEALS) == ["Prospects", "Close rate"]


def test_the_funnel_dialog_builds_every_stage_in_one_step(qtbot, window, demo_file):
    dialog = FunnelDialog(window.document, PROSPECTS, window)
    qtbot.addWidget(dialog)
    assert [name for name, _ in dialog.stages()][:2] == ["Calls", "Connections"]
    dialog.table.item(3, 1).setText("50")  # visits → proposals
    dialog._build()
    names = {n.name for n in stored(demo_file).nodes.values()}
    assert {"Calls", "Connections", "Appointments", "Visits", "Proposals"} <= names
    assert "Proposals → Prospects rate" in names
    window.undo_action.trigger()
    assert len(stored(demo_file).nodes) == 5


def test_the_team_dialog_edits_reps_and_capacity(qtbot, window, demo_file):
    dialog = TeamDialog(window.document, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 10
    dialog.table.item(0, 1).setText("1.5")
    assert stored(demo_file).reps[0].capacity == 1.5
    dialog.table.item(1, 1).setText("-2")
    assert dialog.message.text() == "This value cannot be negative."
    assert stored(demo_file).reps[1].capacity == 1
    dialog.table.item(2, 2).setCheckState(Qt.CheckState.Unchecked)
    assert cell_text(window, PROSPECTS, Column.PER_REP) == "55–56"  # 500 over 9 active reps
    window.undo_action.trigger()
    assert dialog.table.item(2, 2).checkState() == Qt.CheckState.Checked


def test_split_by_capacity_and_a_fixed_share_from_the_form(qtbot, window, demo_file):
    window.tree.setCurrentIndex(cell(window, PROSPECTS, Column.NAME))
    form = window.form
    form.split.choose(Split.CAPACITY)
    form.split.activated.emit(form.split.currentIndex())
    assert stored(demo_file).nodes[PROSPECTS].split is Split.CAPACITY
    form.rep_table.item(0, 3).setText("20")
    assert stored(demo_file).fixed[(PROSPECTS, 1)] == 20
    assert form.rep_table.item(0, 1).text() == "20"
    assert sum(int(form.rep_table.item(r, 1).text()) for r in range(10)) == 500


def test_the_diagram_follows_the_tree_and_a_click_selects_in_the_tree(qtbot, window, tmp_path):
    window.show_diagram()
    view = window.diagram.view
    window.tree.setCurrentIndex(cell(window, CLOSE_RATE, Column.NAME))
    assert view.selected_node() == CLOSE_RATE
    box = view.box_item(UNIT_PRICE)
    point = view.mapFromScene(box.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.model.node_id(window.tree.currentIndex()) == UNIT_PRICE
    assert window.form.name.text() == "Unit price"
    assert window.diagram.export("svg", tmp_path / "tree.svg")
    assert "Unit price" in (tmp_path / "tree.svg").read_text(encoding="utf-8")


def test_the_diagram_redraws_after_an_edit(qtbot, window):
    window.show_diagram()
    window.document.controller.set_plan_value(PROSPECTS, "450")
    rows = " ".join(value for _, value in window.diagram.view.box_item(REVENUE).rows)
    assert "¥9,000,000" in rows
