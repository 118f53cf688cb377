"""The numbers beside each chart: a read-only table of texts already formatted for the user."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ChartTableModel(QStandardItemModel):
    """Rows of display texts under headers; the first column is a name, the rest are numbers.

    The texts live in Qt's own items: a paint asks about ten roles of every cell shown, which a
    model written in Python answered through a Python call each (1.8 ms a paint of the
    cumulative table here, 0.8 ms from the items).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[str, ...]] = []

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """New rows; under the same headers and as many rows (another KPI in the same period)
        only the texts that differ change, and the view keeps its layout and scroll position."""
        headers, rows = list(headers), [tuple(row) for row in rows]
        if headers == self._headers and len(rows) == len(self._rows):
            for row, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
                if old != new:
                    for column, (before, text) in enumerate(zip(old, new, strict=True)):
                        if before != text:
                            self.item(row, column).setText(text)
            self._rows = rows
            return
        self._headers, self._rows = headers, rows
        self.blockSignals(True)  # built whole, then announced as one reset
        try:
            self.setRowCount(0)
            self.setColumnCount(len(headers))
            self.setHorizontalHeaderLabels(headers)
            self.setRowCount(len(rows))
            for row, texts in enumerate(rows):
                for column, text in enumerate(texts):
                    self.setItem(row, column, _cell(text, LEFT if column == 0 else RIGHT))
        finally:
            self.blockSignals(False)
        self.beginResetModel()
        self.endResetModel()

    def rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return list(self._headers)


def _cell(text: str, alignment: Qt.AlignmentFlag) -> QStandardItem:
    item = QStandardItem(text)
    item.setTextAlignment(alignment)
    item.setEditable(False)
    return item
