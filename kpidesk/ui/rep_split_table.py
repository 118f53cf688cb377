"""The per-rep split of the selected KPI: each rep's required part, with fixed shares editable.

Signals: `fixedShareEdited(int rep_id, str text)` when the user types a fixed share.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kpidesk.domain.decomposition import RepSplits
from kpidesk.domain.model import Node, Plan
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.cell_flags import RIGHT

REP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIXED_COLUMN = 3


class RepSplitTable(QTableWidget):
    """Rows are the active reps; the Fixed column takes a number, or nothing to let it float."""

    fixedShareEdited = Signal(int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("repSplitTable")
        self.setHorizontalHeaderLabels(
            [self.tr("Rep"), self.tr("Required"), self.tr("Plan"), self.tr("Fixed")]
        )
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    def show_split(self, plan: Plan, node: Node, splits: RepSplits, fmt: NumberFormat) -> None:
        """Each active rep's required, planned and fixed part. The cells are kept from one KPI
        to the next and only a changed text is set, each distinct figure formatted once (an
        even split repeats one or two figures): a selection fills 120 cells within a frame."""
        self._filling = True
        reps = plan.active_reps
        if self.rowCount() != len(reps):
            self.setRowCount(len(reps))
        required, planned = splits.required, splits.plan
        shown: dict[Fraction, str] = {}

        def part(split, rep_id: int) -> str:
            if split is None or not split.ok:
                return _part(split, rep_id, node, fmt)
            value = split.parts[rep_id]
            if value not in shown:
                shown[value] = _part(split, rep_id, node, fmt)
            return shown[value]

        for row, rep in enumerate(reps):
            fixed = plan.fixed.get((node.id, rep.id))
            cells = [
                rep.name,
                part(required, rep.id),
                part(planned, rep.id),
                fmt.editable(fixed, node.unit),
            ]
            for column, text in enumerate(cells):
                item = self._cell(row, column)
                if item.text() != text:
                    item.setText(text)
                if item.data(REP_ID_ROLE) != rep.id:
                    item.setData(REP_ID_ROLE, rep.id)
        rows = sum(self.rowHeight(r) for r in range(len(reps)))
        height = self.horizontalHeader().height() + rows + 4
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)
        self._filling = False

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """The cell's item, made the first time the row is shown."""
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            if column != FIXED_COLUMN:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column in (1, 2, 3):
                item.setTextAlignment(RIGHT)
            self.setItem(row, column, item)
        return item

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != FIXED_COLUMN:
            return
        self.fixedShareEdited.emit(item.data(REP_ID_ROLE), item.text())


def _part(split, rep_id: int, node: Node, fmt: NumberFormat) -> str:
    if split is None:
        return ""
    if not split.ok:
        return "—"
    return fmt.value(split.parts[rep_id], node.unit, node.unit_label)
