"""Splitters a user can find: a handle wide enough to grab, drawn as a grip, never collapsing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSplitter

HANDLE_WIDTH = 7
GRIP_STYLE = (
    "QSplitter::handle { background: palette(midlight); border: 1px solid palette(mid);"
    " border-radius: 2px; margin: 1px; }"
)


def mark_splitter(splitter: QSplitter) -> QSplitter:
    """Give `splitter` a visible grip, a tooltip that says what it does, and parts that keep
    their minimum size (dragging never hides one)."""
    splitter.setHandleWidth(HANDLE_WIDTH)
    splitter.setChildrenCollapsible(False)
    splitter.setStyleSheet(GRIP_STYLE)
    tip = QCoreApplication.translate("Splitters", "Drag to give one side more room")
    for index in range(1, splitter.count()):
        splitter.handle(index).setToolTip(tip)
    return splitter
