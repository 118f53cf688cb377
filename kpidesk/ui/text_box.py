"""A multi-line text box that says when its typing is finished, as a one-line field does."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit


class TextBox(QPlainTextEdit):
    """Emits editingFinished when it loses the focus or is settled (see field_undo.settle)."""

    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish_editing()

    def finish_editing(self) -> None:
        """Hand on what was typed; the text counts as unmodified from here on."""
        self.editingFinished.emit()
        self.document().setModified(False)
