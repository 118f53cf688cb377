"""Helpers for GUI tests: find cells and type into them as a person does."""

from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kpidesk.ui.plan_tree_model import Column


def cell(window, node_id, column: Column):
    return window.model.index_of(node_id, column)


def cell_text(window, node_id, column: Column) -> str:
    return cell(window, node_id, column).data()


def edit_cell(qtbot, window, node_id, column: Column, text: str) -> None:
    """Double-click a cell, type over its content and press Enter, as a person does."""
    tree = window.tree
    index = cell(window, node_id, column)
    tree.scrollTo(index)
    center = tree.visualRect(index).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    editor = tree.indexWidget(index)
    assert isinstance(editor, QLineEdit), "double-click should open an editor"
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_for_editor_to_close(qtbot, tree)


def type_text(qtbot, widget, text: str) -> None:
    """Type ASCII key by key; Japanese arrives as an input method commits it."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def wait_for_editor_to_close(qtbot, tree) -> None:
    """The delegate commits an edit on the next turn of the event loop, not at once."""
    editing = tree.State.EditingState
    qtbot.waitUntil(lambda: tree.state() != editing, timeout=2000)


def settle(limit: int = 200) -> None:
    """Run what is already due until nothing is: every paint, layout and zero-timer call that
    the last step asked for, and what those asked for in turn (a condition, unlike a fixed wait:
    as long as it takes and no longer). Timers set for later are not waited for."""
    dispatcher = QAbstractEventDispatcher.instance()
    for _ in range(limit):
        if not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            return  # a pass that found nothing to do
    raise AssertionError(f"still busy after {limit} passes of the event loop")
