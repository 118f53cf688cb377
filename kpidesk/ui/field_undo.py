"""Ctrl+Z in a text field or box of the window undoes the plan's last edit, not the typing.

A QLineEdit takes Ctrl+Z for its own undo, which reverted the field's text and left it
"modified", so leaving the field wrote the old text back as a new edit. Here the field is
settled first (typed text committed as its own edit, as leaving the field would; a tree cell's
editor committed and closed), then the key goes to the window's Undo or Redo action.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication, QLineEdit

from kpidesk.ui.text_box import TextBox

WATCHED = "kpideskUndoGuarded"
UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class FieldUndoGuard(QObject):
    """Watches the text fields of `window` as they take the focus (one filter each)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        if (
            isinstance(new, (QLineEdit, TextBox))
            and new.window() is self._window
            and not new.property(WATCHED)
        ):
            new.setProperty(WATCHED, True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not any(event.matches(k) for k in UNDO_KEYS):
            return False
        if isinstance(watched, (QLineEdit, TextBox)):
            settle(watched)
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()  # not the field's: the window's Undo or Redo shortcut takes the key
        return True  # a key press left over (nothing to undo) must not undo the field's typing


def settle(edit: QLineEdit | TextBox) -> None:
    """Commit what was typed in `edit`: a form field or text box as leaving it does, a cell by
    closing it."""
    if isinstance(edit, TextBox):
        edit.finish_editing()
        return
    view = _item_view_of(edit)
    if view is not None:
        if edit.isModified():
            view.commitData(edit)
        view.closeEditor(edit, QAbstractItemDelegate.EndEditHint.NoHint)
    elif edit.isModified():
        edit.editingFinished.emit()


def _item_view_of(edit: QLineEdit) -> QAbstractItemView | None:
    """The tree or table whose cell `edit` is editing, if it is a cell editor."""
    viewport = edit.parentWidget()
    view = viewport.parentWidget() if viewport is not None else None
    if isinstance(view, QAbstractItemView) and view.viewport() is viewport:
        return view
    return None
