"""Ctrl+Tab and Ctrl+Shift+Tab turn the window's pages even from a grid that takes Tab itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTabWidget


class PageTurnKeys(QObject):
    """Installed on a widget inside `tabs` whose Tab moves across cells (the actuals grid)."""

    def __init__(self, tabs: QTabWidget, widget) -> None:
        super().__init__(widget)
        self.tabs = tabs
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        step = {Qt.Key.Key_Tab: 1, Qt.Key.Key_Backtab: -1}.get(Qt.Key(event.key()))
        if step is None:
            return False
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        return True
