"""A dialog that closes gives the activation back to the window it was opened over.

A window manager usually does this, but not every one does (none runs under Xvfb or the
offscreen platform), and then no window had the keyboard after a dialog closed: the focus the
app had put in place (New Review's KPIs) waited for a click. Here the window is activated as
its dialog hides, and Qt gives the keys to the widget that was given the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class FocusReturn(QObject):
    """Watches the dialogs opened over `window` (one filter on the application)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog):
            owner = watched.parentWidget()
            if owner is not None and owner.window() is self._window and watched.isWindow():
                active = QApplication.activeWindow()
                if self._window.isVisible() and active in (None, watched):
                    self._window.activateWindow()
        return False
