"""The numbers beside each chart: a read-only table of texts already formatted for the user."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)


class ChartTableModel(QAbstractTableModel):
    """Rows of display texts under headers; the first column is a name, the rest are numbers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[str, ...]] = []

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """New rows; under the same headers and as many rows (another KPI in the same period)
        only the texts change, and the view keeps its layout and scroll position."""
        headers, rows = list(headers), [tuple(row) for row in rows]
        if headers == self._headers and len(rows) == len(self._rows):
            changed = [
                i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new
            ]
            self._rows = rows
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(
                    self.index(changed[0], 0), self.index(changed[-1], last), [DISPLAY]
                )
            return
        self.beginResetModel()
        self._headers = headers
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return list(self._headers)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = DISPLAY):
        """Asked for about ten roles of each cell at every paint: the two it answers are
        compared as plain numbers, the others go at once."""
        if role == DISPLAY:
            return self._rows[index.row()][index.column()] if index.isValid() else None
        if role == ALIGNMENT:
            return LEFT if index.column() == 0 else RIGHT
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
