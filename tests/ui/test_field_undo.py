"""Ctrl+Z in a form field or a tree cell undoes the plan's last edit, never just the typing,
and the field is never written back as a new edit when it is left."""

from PySide6.QtCore import Qt

from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell, cell_text

PROSPECTS, CLOSE_RATE = 4, 5
CTRL = Qt.KeyboardModifier.ControlModifier


def focus_form_field(qtbot, window, node_id, field):
    window.activateWindow()
    window.tree.setCurrentIndex(cell(window, node_id, Column.NAME))
    edit = getattr(window.form, field)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return edit


def test_typed_text_then_ctrl_z_leaves_the_plan_as_it_was_and_leaving_writes_nothing(qtbot, window):
    stack = window.document.controller.undo_stack
    edit = focus_form_field(qtbot, window, PROSPECTS, "plan")
    edit.selectAll()
    qtbot.keyClicks(edit, "450")
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert edit.text() == "500"
    assert not edit.isModified()
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    assert stack.canRedo()  # what was typed is one redo away
    window.tree.setFocus()  # leaving the field writes nothing back
    qtbot.waitUntil(lambda: not edit.hasFocus())
    assert stack.index() == 0
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    window.redo_action.trigger()
    assert cell_text(window, PROSPECTS, Column.PLAN) == "450"


def test_ctrl_z_in_an_untouched_field_undoes_the_last_plan_edit(qtbot, window):
    edit = focus_form_field(qtbot, window, PROSPECTS, "plan")
    edit.selectAll()
    qtbot.keyClicks(edit, "450")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
    name = focus_form_field(qtbot, window, PROSPECTS, "name")
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    assert window.form.plan.text() == "500"
    assert window.document.controller.undo_stack.index() == 0


def test_refused_text_is_dropped_with_its_message_and_the_last_plan_edit_undone(qtbot, window):
    edit = focus_form_field(qtbot, window, PROSPECTS, "plan")
    edit.selectAll()
    qtbot.keyClicks(edit, "450")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    target = focus_form_field(qtbot, window, CLOSE_RATE, "target")
    target.selectAll()
    qtbot.keyClicks(target, "120")
    qtbot.keyClick(target, Qt.Key.Key_Return)
    error = window.form.rows["target"].error
    assert error.text() == "A rate cannot be above 100 %."
    qtbot.keyClick(target, Qt.Key.Key_Z, CTRL)
    assert target.text() == "20"
    assert not error.isVisibleTo(window.form)
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"


def test_a_stale_message_goes_when_another_field_is_entered_validly(qtbot, window):
    target = focus_form_field(qtbot, window, CLOSE_RATE, "target")
    target.selectAll()
    qtbot.keyClicks(target, "120")
    qtbot.keyClick(target, Qt.Key.Key_Return)
    error = window.form.rows["target"].error
    assert error.isVisibleTo(window.form)
    name = focus_form_field(qtbot, window, CLOSE_RATE, "name")
    name.selectAll()
    qtbot.keyClicks(name, "Win rate")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert cell_text(window, CLOSE_RATE, Column.NAME) == "Win rate"
    assert not error.isVisibleTo(window.form)
    assert target.text() == "20 %"  # the old target, formatted while not edited


def test_ctrl_z_in_a_tree_cell_editor_closes_it_and_undoes_the_typing(qtbot, window):
    tree = window.tree
    window.activateWindow()
    index = cell(window, PROSPECTS, Column.PLAN)
    tree.setFocus()
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.indexWidget(index)
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    qtbot.keyClicks(editor, "450")
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: tree.state() != tree.State.EditingState)
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    assert window.document.controller.undo_stack.canRedo()
