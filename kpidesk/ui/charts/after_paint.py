"""Work that waits until a widget has painted: the chart first, its table a frame later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """`later()` runs `work` in the event loop's turn after `widget`'s next paint, once the
    window holding it has been drawn (and put on screen); `now()` runs what waits at once.

    Lives as long as `widget`. Nothing is kept but whether the work waits: the work reads what
    is current when it runs, so two calls before a paint do it once.
    """

    def __init__(self, widget: QWidget, work: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget, self.work = widget, work
        self.waiting = False

    def later(self) -> None:
        if not self.waiting:
            self.waiting = True
            self.widget.installEventFilter(self)

    def now(self) -> None:
        """Do the waiting work (nothing if none waits)."""
        if self.waiting:
            self.waiting = False
            self.widget.removeEventFilter(self)
            self.work()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # posted now, it runs after the paint pass this paint belongs to (and not at all
            # once this object has gone with its widget)
            QTimer.singleShot(0, self, self.now)
        return False
