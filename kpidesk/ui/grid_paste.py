"""A block copied from a spreadsheet (tab-separated rows), laid onto a grid at its current cell."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence


def pasted_cells(
    text: str,
    start: QModelIndex,
    key: Callable[[int, int], Hashable],
    rows: int | None,
    columns: int,
) -> dict[Hashable, str]:
    """Each pasted cell's text by the grid's `key(row, column)`, from the `start` cell on;
    cells past the last of `rows` (None: no last row) or `columns` are dropped."""
    if not start.isValid() or not text.strip():
        return {}
    cells = {}
    for r, line in enumerate(text.rstrip("\n").split("\n")):
        for c, cell in enumerate(line.rstrip("\r").split("\t")):
            row, column = start.row() + r, start.column() + c
            if (rows is None or row < rows) and column < columns:
                cells[key(row, column)] = cell
    return cells


def paste_or_delete_key(event, paste: Callable[[str], object], delete: Callable[[], object]):
    """A grid's Ctrl+V pastes the clipboard and Delete or Backspace clears the selection:
    True when the key press was one of them (and has been handled)."""
    if event.type() != event.Type.KeyPress:
        return False
    if event.matches(QKeySequence.StandardKey.Paste):
        paste(QGuiApplication.clipboard().text())
        return True
    if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        delete()
        return True
    return False
