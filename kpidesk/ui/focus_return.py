"""A dialog that closes gives the activation back to the window it was opened over.

A window manager usually does this, but not every one does (none runs under Xvfb or the
offscreen platform), and then no window had the keyboard after a dialog closed: the focus the
app had put in place (New Review's KPIs) waited for a click. Here the window is activated as
its dialog hides, and Qt gives the keys to the widget that was given the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

WATCHED = "kpideskFocusReturn"


class FocusReturn(QObject):
    """Watches each dialog opened over `window` once it takes the focus (one filter on each
    such dialog, none on the whole application)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        dialog = new.window() if new is not None else None
        if not isinstance(dialog, QDialog) or dialog.property(WATCHED):
            return
        owner = dialog.parentWidget()
        if owner is not None and owner.window() is self._window:
            dialog.setProperty(WATCHED, True)
            dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Hide or not isinstance(watched, QDialog):
            return False
        unclaimed = QApplication.activeWindow() in (None, watched)  # no other window took it
        if unclaimed and self._window.isVisible():
            self._window.activateWindow()
        return False
