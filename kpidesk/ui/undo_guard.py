"""Keeps an undo stack's index where it was when an undo or redo could not be written."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack


class UndoGuard(QObject):
    """QUndoStack moves its index after a command's undo() or redo() returns, whatever happened.

    A command whose step failed calls `hold()` (and arranges for its next undo or redo to do
    nothing); when the stack then moves, the guard moves it straight back with setIndex.
    """

    def __init__(self, stack: QUndoStack) -> None:
        super().__init__(stack)
        self._stack = stack
        self._held: int | None = None
        stack.indexChanged.connect(self._restore)

    def hold(self) -> None:
        """Bring the stack back to its current index once it has moved."""
        if self._held is None:
            self._held = self._stack.index()

    def failed(self) -> bool:
        """True while a failed step waits for the stack to be moved back."""
        return self._held is not None

    def _restore(self, _index: int) -> None:
        if self._held is None:
            return
        index, self._held = self._held, None
        self._stack.setIndex(index)
