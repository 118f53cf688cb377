"""The tree's column widths: sized once from a sample of rows, widened only by the rows that change.

Resizing every column to its contents (QHeaderView.ResizeToContents) measures every row of the
tree on each change: 392,000 `data()` calls for one edit in a 2,000-KPI plan. Here a plan's
columns are measured once when it opens, from the rows a user sees first, and an edit measures
only the cells it changed, so its cost does not grow with the plan.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeView

SAMPLE_ROWS = 150  # rows measured when a plan opens (the first screens of the tree)
CHANGED_ROWS_MEASURED = 150  # an edit that changes more rows widens from the first of them


class TreeColumnWidths(QObject):
    """Keeps the columns of `tree` wide enough for their text without measuring every row."""

    def __init__(self, tree: QTreeView, stretch_column: int) -> None:
        super().__init__(tree)
        self.tree = tree
        self.stretch_column = stretch_column
        self.name_width = 0  # what the first column needs: indentation, branch mark and text
        self._padding: int | None = None  # around a cell's text, from the style (see _apply)
        self._changed_rows: dict[QPersistentModelIndex, set[int]] = {}  # measured after a paint
        self._measure_changes = QTimer(self)
        self._measure_changes.setSingleShot(True)
        self._measure_changes.setInterval(0)
        self._measure_changes.timeout.connect(self.widen_for_changed_rows)
        self._fit_pending = False  # a plan opened while the tree was not on show: fit when shown
        tree.installEventFilter(self)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.follow(tree.model())

    def follow(self, model) -> None:
        """Keep the columns fitted to `model` (the tree's model, now showing a plan)."""
        self._changed_rows.clear()
        model.modelReset.connect(self.fit_sample)
        model.dataChanged.connect(self._widen_for_change)
        model.rowsInserted.connect(self._widen_for_rows)
        self.fit_sample()

    def fit_sample(self) -> None:
        """Size every column to its header and to the first rows of the tree; while the tree is
        not on show (the window not shown yet, or another tab on top), when it is next shown."""
        self._changed_rows.clear()
        self._fit_pending = not self.tree.isVisible()
        if self._fit_pending:
            return
        model = self.tree.model()
        widths = {column: self._header_width(column) for column in self._columns()}
        metrics, indent = self.tree.fontMetrics(), self.tree.indentation()
        self.name_width = self._header_width(self.stretch_column)
        for row_index, depth in _first_rows(model, SAMPLE_ROWS):
            self._measure_row(row_index, widths)
            name = row_index.siblingAtColumn(self.stretch_column).data() or ""
            needed = (depth + 1) * indent + metrics.horizontalAdvance(str(name)) * 11 // 10
            self.name_width = max(self.name_width, needed + 12)
        self._apply(widths, shrink=True)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and self._fit_pending:
            self.fit_sample()
        elif event.type() == QEvent.Type.Resize:
            self._place_name_column()
        elif event.type() == QEvent.Type.StyleChange:
            self._padding = None
        return False

    def _place_name_column(self) -> None:
        """The KPI names take the room the figures leave; when that is too little for them,
        they keep their width and the tree scrolls sideways instead of hiding the names."""
        header = self.tree.header()
        figures = sum(header.sectionSize(column) for column in self._columns())
        stretch = self.tree.viewport().width() - figures >= self.name_width
        mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.stretch_column) != mode:  # setting it lays out again
            header.setSectionResizeMode(self.stretch_column, mode)
        if not stretch and header.sectionSize(self.stretch_column) != self.name_width:
            header.resizeSection(self.stretch_column, self.name_width)

    def _widen_for_change(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        """Note the changed rows; they are measured once the window has painted them."""
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return
        columns = set(range(top.column(), bottom.column() + 1)) - {self.stretch_column}
        if not columns:
            return
        model, parent = self.tree.model(), top.parent()
        last = min(bottom.row(), top.row() + CHANGED_ROWS_MEASURED - 1)
        for row in range(top.row(), last + 1):
            if len(self._changed_rows) >= CHANGED_ROWS_MEASURED:
                break
            key = QPersistentModelIndex(model.index(row, 0, parent))
            self._changed_rows.setdefault(key, set()).update(columns)
        self._measure_changes.start()

    def widen_for_changed_rows(self) -> None:
        """Widen the columns the rows changed since the last paint need (removed rows skipped)."""
        changed, self._changed_rows = self._changed_rows, {}
        model, widths = self.tree.model(), {}
        for row, columns in changed.items():
            if not row.isValid() or row.model() is not model:
                continue
            row_widths = dict.fromkeys(columns, 0)
            self._measure_row(model.index(row.row(), 0, row.parent()), row_widths)
            for column, width in row_widths.items():
                widths[column] = max(widths.get(column, 0), width)
        if widths:
            self._apply(widths, shrink=False)

    def _widen_for_rows(self, parent: QModelIndex, first: int, last: int) -> None:
        model = self.tree.model()
        widths = {column: 0 for column in self._columns()}
        for row in range(first, min(last, first + CHANGED_ROWS_MEASURED - 1) + 1):
            self._measure_row(model.index(row, 0, parent), widths)
        self._apply(widths, shrink=False)

    def _columns(self) -> list[int]:
        count = self.tree.model().columnCount()
        return [column for column in range(count) if column != self.stretch_column]

    def _measure_row(self, row_index: QModelIndex, widths: dict[int, int]) -> None:
        metrics = self.tree.fontMetrics()
        for column in widths:
            text = row_index.siblingAtColumn(column).data(Qt.ItemDataRole.DisplayRole)
            if text:
                widths[column] = max(widths[column], metrics.horizontalAdvance(str(text)))

    def _header_width(self, column: int) -> int:
        text = self.tree.model().headerData(column, Qt.Orientation.Horizontal)
        return self.tree.header().fontMetrics().horizontalAdvance(str(text or "")) + 8

    def _apply(self, text_widths: dict[int, int], shrink: bool) -> None:
        header = self.tree.header()
        if self._padding is None:  # asking the style costs more than measuring a row
            margin = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
            self._padding = 2 * (margin + 6)
        padding = self._padding
        resized = False
        for column, text_width in text_widths.items():
            wanted = text_width + padding
            if (shrink and wanted != header.sectionSize(column)) or (
                wanted > header.sectionSize(column)
            ):
                header.resizeSection(column, wanted)
                resized = True
        if resized or shrink:
            self._place_name_column()


def _first_rows(model, limit: int) -> list[tuple[QModelIndex, int]]:
    """The first `limit` rows in the order the expanded tree shows them, with their depth."""
    rows: list[tuple[QModelIndex, int]] = []
    pending = _children_last_first(model, QModelIndex(), 0)
    while pending and len(rows) < limit:
        index, depth = pending.pop()
        rows.append((index, depth))
        pending.extend(_children_last_first(model, index, depth + 1))
    return rows


def _children_last_first(model, parent: QModelIndex, depth: int) -> list[tuple[QModelIndex, int]]:
    count = model.rowCount(parent)
    return [(model.index(row, 0, parent), depth) for row in reversed(range(count))]
