"""Ctrl+Z in the review's notes box and its cause and action fields keeps what was typed as
its own plan edit and undoes the last plan edit, never just the box's typing."""

from PySide6.QtCore import Qt

from tests.ui import test_reviews_ui as reviews
from tests.ui.helpers import type_text
from tests.ui.test_reviews_ui import PROSPECTS, hold_review, select

november = reviews.november  # the fixture: the demo plan in November 2026
november_200 = reviews.november_200  # the module's plan that `november` copies

CTRL = Qt.KeyboardModifier.ControlModifier


def focus(qtbot, window, widget):
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_ctrl_z_in_the_notes_keeps_the_typing_as_an_edit_and_undoes_it(qtbot, november):
    panel = hold_review(qtbot, november)
    stack = november.document.controller.undo_stack
    panel.sections.setCurrentWidget(panel.notes)
    focus(qtbot, november, panel.notes)
    type_text(qtbot, panel.notes, "同行営業を増やす")
    edits_before = stack.index()
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, CTRL)
    assert november.document.session.reviews[0].notes == ""
    assert panel.notes.toPlainText() == ""
    assert stack.index() == edits_before  # typed text was one edit, and it is undone
    panel.cause.setFocus()  # leaving the box writes nothing back
    qtbot.waitUntil(lambda: not panel.notes.hasFocus())
    assert stack.index() == edits_before
    assert november.document.session.reviews[0].notes == ""
    november.redo_action.trigger()
    assert november.document.session.reviews[0].notes == "同行営業を増やす"
    assert panel.notes.toPlainText() == "同行営業を増やす"


def test_ctrl_z_in_untouched_notes_undoes_the_last_plan_edit(qtbot, november):
    panel = hold_review(qtbot, november)
    panel.sections.setCurrentWidget(panel.notes)
    focus(qtbot, november, panel.notes)
    type_text(qtbot, panel.notes, "来週から同行")
    focus(qtbot, november, panel.cause)  # leaving the box keeps the notes
    assert november.document.session.reviews[0].notes == "来週から同行"
    focus(qtbot, november, panel.notes)
    reviews_before = len(november.document.session.reviews)
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, CTRL)
    assert november.document.session.reviews[0].notes == ""
    assert panel.notes.toPlainText() == ""
    assert len(november.document.session.reviews) == reviews_before
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, CTRL)  # the review itself, held before
    assert november.document.session.reviews == []


def test_ctrl_z_in_the_cause_keeps_the_typing_as_an_edit_and_undoes_it(qtbot, november):
    panel = hold_review(qtbot, november)
    select(qtbot, panel, PROSPECTS)
    focus(qtbot, november, panel.cause)
    type_text(qtbot, panel.cause, "展示会が中止")
    qtbot.keyClick(panel.cause, Qt.Key.Key_Z, CTRL)
    assert november.document.session.reviews[0].item(PROSPECTS).cause == ""
    assert panel.cause.text() == ""
    focus(qtbot, november, panel.action)  # leaving the field writes nothing back
    assert november.document.session.reviews[0].item(PROSPECTS).cause == ""
    november.redo_action.trigger()
    assert november.document.session.reviews[0].item(PROSPECTS).cause == "展示会が中止"
    assert panel.cause.text() == "展示会が中止"
    focus(qtbot, november, panel.action)
    type_text(qtbot, panel.action, "紹介依頼を週5件")
    qtbot.keyClick(panel.action, Qt.Key.Key_Z, CTRL)
    item = november.document.session.reviews[0].item(PROSPECTS)
    assert (item.cause, item.action) == ("展示会が中止", "")
