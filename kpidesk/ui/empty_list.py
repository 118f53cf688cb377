"""A list with nothing in it yet says so, in a greyed line that cannot be picked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

EMPTY_ROLE = Qt.ItemDataRole.UserRole + 50  # marks the "nothing yet" line


def say_when_empty(widget: QListWidget, text: str) -> None:
    """Add `text` as a line no one can select when `widget` holds nothing (after filling it)."""
    if widget.count():
        return
    widget.setWordWrap(True)  # a long line wraps instead of scrolling sideways
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    item.setData(EMPTY_ROLE, True)
    widget.addItem(item)

