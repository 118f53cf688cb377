"""The tree by keyboard: arrows move across cells, F2 edits the cell, F6 goes to the form's
field for that cell and back, so a plan value is typed without the mouse."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell, cell_text, type_text, wait_for_editor_to_close

DEALS, PROSPECTS = 2, 4


def focused_tree(qtbot, window, node_id):
    window.activateWindow()
    window.tree.setFocus()
    window.tree.setCurrentIndex(cell(window, node_id, Column.NAME))
    qtbot.waitUntil(window.tree.hasFocus)
    return window.tree


def test_right_moves_across_the_row_and_f2_edits_that_cell(qtbot, window):
    tree = focused_tree(qtbot, window, PROSPECTS)
    for column in (Column.UNIT, Column.REQUIRED, Column.PER_REP, Column.PLAN):
        qtbot.keyClick(tree, Qt.Key.Key_Right)
        assert tree.currentIndex().column() == column
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.indexWidget(tree.currentIndex())
    assert isinstance(editor, QLineEdit) and editor.text() == "500"
    editor.selectAll()
    type_text(qtbot, editor, "450")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_for_editor_to_close(qtbot, tree)
    assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert tree.currentIndex().column() == Column.PER_REP
    assert window.current_node_id() == PROSPECTS


def test_right_still_expands_and_left_still_collapses_a_name(qtbot, window):
    tree = focused_tree(qtbot, window, DEALS)
    first = cell(window, DEALS, Column.NAME)
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert not tree.isExpanded(first)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert tree.isExpanded(first)
    assert tree.currentIndex().column() == Column.NAME
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert tree.currentIndex().column() == Column.UNIT


def test_f6_goes_to_the_field_of_the_cell_and_back_to_the_tree(qtbot, window):
    tree = focused_tree(qtbot, window, PROSPECTS)
    tree.setCurrentIndex(cell(window, PROSPECTS, Column.PLAN))
    qtbot.keyClick(tree, Qt.Key.Key_F6)
    qtbot.waitUntil(window.form.plan.hasFocus)
    assert window.form.plan.selectedText() == "500"
    qtbot.keyClick(window.form.plan, Qt.Key.Key_F6)
    qtbot.waitUntil(tree.hasFocus)
    tree.setCurrentIndex(cell(window, PROSPECTS, Column.PER_REP))
    qtbot.keyClick(tree, Qt.Key.Key_F6)
    qtbot.waitUntil(window.form.plan_per_rep.hasFocus)
    action = window.findChild(type(window.undo_action), "focusFormAction")
    assert action.toolTip() == "Go to the details of this KPI (F6)"


def test_the_plan_per_rep_is_typed_in_the_tree(qtbot, window):
    tree = focused_tree(qtbot, window, PROSPECTS)
    tree.setCurrentIndex(cell(window, PROSPECTS, Column.PER_REP))
    assert "Type here (F2) to plan per rep" in cell(window, PROSPECTS, Column.PER_REP).data(
        Qt.ItemDataRole.ToolTipRole
    )
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.indexWidget(tree.currentIndex())
    assert isinstance(editor, QLineEdit) and editor.text() == "50"
    editor.selectAll()
    type_text(qtbot, editor, "45")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_for_editor_to_close(qtbot, tree)
    assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
    assert cell_text(window, 1, Column.PROJECTED) == "¥9,000,000"  # the worked example
    window.undo_action.trigger()
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"


def test_a_kpi_not_split_evenly_has_no_per_rep_plan_to_type(window):
    assert not (cell(window, DEALS, Column.PER_REP).flags() & Qt.ItemFlag.ItemIsEditable)
