"""Work for a tab that waits while the tab is hidden: a selection costs hidden tabs nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """`call(*args)` runs `work(*args)` at once while `page` is not hidden; while it is (a tab
    not on show), only the latest call is kept, and made when the page is shown again.

    `page` is the widget a tab widget hides and shows; the object lives as long as `owner`
    (the view whose work it is), so a signal connected to `call` goes with the view.
    """

    def __init__(self, page: QWidget, work: Callable[..., object], owner: QObject) -> None:
        super().__init__(owner)
        self.page, self.work = page, work
        self._waiting: tuple | None = None
        page.installEventFilter(self)

    @property
    def waiting(self) -> bool:
        return self._waiting is not None

    def call(self, *args) -> None:
        if self.page.isHidden():
            self._waiting = args
        else:
            self._waiting = None
            self.work(*args)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShowToParent and self._waiting is not None:
            args, self._waiting = self._waiting, None
            self.work(*args)
        return False
