"""The whole monthly loop with the keyboard only: no mouse click from opening to the PDF."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from kpidesk.ui.plan_tree_model import Column
from kpidesk.ui.review.new_review_dialog import NewReviewDialog
from tests.ui.helpers import cell_text
from tests.ui.test_reviews_ui import when_modal

PROSPECTS = 4
NONE, CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


def press(qtbot, key, modifier=NONE):
    """A key as the user presses it: to whatever has the focus now."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_keys(qtbot, text):
    for char in text:  # one by one: the first key may open a cell editor that takes the rest
        qtbot.keyClicks(QApplication.focusWidget(), char)


def focused():
    return QApplication.focusWidget()


def answer_by_keyboard(qtbot, keys):
    """Answer the next modal dialog with `keys(dialog)`, pressed in it."""

    def handle(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        keys(dialog)

    when_modal(handle)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the File menu
def test_the_monthly_loop_needs_no_mouse(qtbot, window, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.activateWindow()
    qtbot.waitUntil(window.tree.hasFocus)  # the plan opens with the tree ready for the arrows
    tree = window.tree

    # the tree: down to Prospects, right to its plan, type over it
    for _ in range(5):  # down from Revenue, the KGI, to Prospects
        press(qtbot, Qt.Key.Key_Down)
        if window.current_node_id() == PROSPECTS:
            break
    assert window.current_node_id() == PROSPECTS
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Right)
    assert tree.currentIndex().column() == Column.PLAN
    type_keys(qtbot, "450")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell_text(window, PROSPECTS, Column.PLAN) == "450")
    qtbot.waitUntil(tree.hasFocus)

    # F6 to the form's field and back
    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(window.form.plan.hasFocus)
    assert window.form.plan.text() == "450"
    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(tree.hasFocus)

    # Ctrl+Tab twice: the Actuals tab, its grid in focus; type an actual
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert window.views.currentWidget() is window.actuals_page
    grid = window.actuals
    qtbot.waitUntil(grid.view.hasFocus)
    assert grid.heading.text() == "Actuals of “Prospects” by day and rep"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right)
    type_keys(qtbot, "12")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.model.index(1, 1).data() == "12")
    assert window.document.controller.undo_stack.index() == 2  # the plan, the actual

    # Ctrl+Tab on to Progress
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert window.views.currentWidget() is window.charts_page

    # Review → New Review by its shortcut, Enter takes the dialog's choices
    def hold(dialog):
        assert isinstance(dialog, NewReviewDialog)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    answer_by_keyboard(qtbot, hold)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    panel = window.reviews
    qtbot.waitUntil(panel.kpis.hasFocus)
    assert len(window.document.session.reviews) == 1
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Down)
        if panel.selected_node_id() == PROSPECTS:
            break
    assert panel.selected_node_id() == PROSPECTS
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is panel.cause
    type_keys(qtbot, "Fewer visits")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is panel.action
    type_keys(qtbot, "Visit in pairs")

    # Ctrl+Z keeps the action typed so far as its own edit, then undoes it
    press(qtbot, Qt.Key.Key_Z, CTRL)
    item = window.document.session.reviews[0].item(PROSPECTS)
    assert (item.cause, item.action) == ("Fewer visits", "")
    assert panel.action.text() == ""

    # File → Export PDF… by its accelerators (Alt+F, D: &P is Print…); Enter exports
    target = tmp_path / "November.pdf"

    def export(dialog):
        assert dialog.export_button.isDefault()
        path = dialog.path
        for _ in range(2):  # Paper, Orientation, then the path
            press(qtbot, Qt.Key.Key_Tab)
        assert focused() is path
        qtbot.keyClick(path, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(path, str(target))
        qtbot.keyClick(path, Qt.Key.Key_Return)

    answer_by_keyboard(qtbot, export)
    press(qtbot, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_D)
    qtbot.waitUntil(target.exists, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    assert [url.toLocalFile() for url in opened] == [str(target)]
