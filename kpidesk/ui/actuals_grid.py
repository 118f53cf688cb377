"""The actuals grid of one KPI: a row per day of the plan's month, a column for the team and
each rep. Quick from the keyboard, and it takes a paste from a spreadsheet.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from kpidesk.domain.accumulation import accumulates
from kpidesk.domain.calendar import month_of
from kpidesk.domain.model import TEAM
from kpidesk.i18n.fill import fill
from kpidesk.i18n.team_messages import entered_text
from kpidesk.services import clock
from kpidesk.services.actual_reading import daily_by_rep
from kpidesk.services.actual_sources import source_of
from kpidesk.ui.cell_flags import EDITABLE, RIGHT_ALIGNED
from kpidesk.ui.clipboard import add_table_copy
from kpidesk.ui.grid_paste import paste_or_delete_key, pasted_cells
from kpidesk.ui.kpi_chooser import KpiChooser
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.palette import WEEKEND_FILL
from kpidesk.ui.plan_controller import PlanController
from kpidesk.ui.tones import show_as_error
from kpidesk.ui.when_shown import WhenShown


class ActualsModel(QAbstractTableModel):
    """Days by (team, reps) of one KPI; edits go to the controller as one undo step each."""

    def __init__(self, controller: PlanController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.node_id: int | None = None
        self.days: list[date] = []
        self.columns: list[tuple[int, str]] = []
        self.values: dict[tuple[date, int], object] = {}

    def show(self, node_id: int | None) -> None:
        self.beginResetModel()
        session = self.controller.session
        plan = session.plan
        self.node_id = node_id if node_id in plan.nodes else None
        month = plan.period_start or clock.today().replace(day=1)
        first, last = month_of(month)
        self.days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        self.columns = [(TEAM, self.tr("Team"))] + [(r.id, r.name) for r in plan.active_reps]
        self.values = {}
        if self.node_id is not None:
            self.values = daily_by_rep(session, self.node_id, first, last)
        self.endResetModel()

    def reload_values(self) -> None:
        """New values in the same grid: repaint without a reset (an editor may be closing)."""
        if self.node_id is None or not self.days:
            return
        session = self.controller.session
        self.values = daily_by_rep(session, self.node_id, self.days[0], self.days[-1])
        last = self.index(len(self.days) - 1, len(self.columns) - 1)
        self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.node_id is None else len(self.days)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return QLocale().toString(self.days[section], self.tr("M/d (ddd)"))

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return EDITABLE

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.node_id is None:
            return None
        key = (self.days[index.row()], self.columns[index.column()][0])
        value = self.values.get(key)
        node = self.controller.session.plan.nodes[self.node_id]
        fmt = self.controller.number_format
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else fmt.value(value, node.unit, node.unit_label)
        if role == Qt.ItemDataRole.EditRole:
            return fmt.editable(value, node.unit)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and value is not None:  # who entered it, when
            day, rep_id = key
            source = source_of(self.controller.session, (self.node_id, rep_id, day))
            return entered_text(source)
        if role == Qt.ItemDataRole.BackgroundRole and self.days[index.row()].weekday() >= 5:
            return QBrush(WEEKEND_FILL)
        return None

    def column_totals(self) -> list[tuple[str, object]] | None:
        """Each column's total over the month (its name and sum), for a KPI that adds up; None
        for a level (a rate or a price is not summed over days)."""
        if self.node_id is None:
            return []
        session = self.controller.session
        if not accumulates(session.plan, self.node_id):
            return None
        totals = []
        for rep_id, name in self.columns:
            values = [v for (day, rep), v in self.values.items() if rep == rep_id and v is not None]
            if values:
                totals.append((name, sum(values)))
        return totals

    def key(self, row: int, column: int) -> tuple[int, int, date]:
        return (self.node_id, self.columns[column][0], self.days[row])

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.node_id is None:
            return False
        refusal = self.controller.record_actuals({self.key(index.row(), index.column()): value})
        return refusal is None


class ActualsGrid(QWidget):
    """The grid of the open plan's current KPI, with its heading; Ctrl+V pastes a block, Delete
    clears the selection. Follows the document's current KPI and its changes itself."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = controller = document.controller
        self.heading = PlainLabel(objectName="actualsHeading")
        self.kpi_choice = KpiChooser(self)  # switch KPI here, without the Tree tab
        self.totals = PlainLabel(objectName="actualsTotals", wordWrap=True)
        self.message = PlainLabel(objectName="actualsMessage")
        show_as_error(self.message)
        self.model = ActualsModel(controller, self)
        self.view = QTableView(objectName="actualsView")
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.installEventFilter(self)
        self.copy_table = add_table_copy(self, self.view)  # Ctrl+C: tab-separated, for Excel
        row_height = self.view.fontMetrics().height() + 8
        self.view.verticalHeader().setDefaultSectionSize(row_height)
        self.view.horizontalHeader().setDefaultSectionSize(84)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(PlainLabel(self.tr("KPI:")))
        top.addWidget(self.kpi_choice)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.message)
        controller.refused.connect(self.message.setText)
        document.changed.connect(self._follow)
        # the grid follows the current KPI while its tab shows; hidden, when next shown
        self._follows_kpi = WhenShown(parent or self, self.show_node, owner=self)
        document.currentChanged.connect(self._follows_kpi.call)
        self.show_node(document.current_kpi)
        self.kpi_choice.follow(document)

    def show_totals(self) -> None:
        """The month's total per column under the grid (none for a rate or a price)."""
        totals = self.model.column_totals()
        node_id = self.model.node_id
        if totals is None or node_id is None:
            self.totals.setText(
                self.tr("A rate or a price is not added up over days: no total.")
                if totals is None
                else ""
            )
            return
        node = self.controller.session.plan.nodes[node_id]
        fmt = self.controller.number_format
        parts = [
            fill(self.tr("%1: %2"), name, fmt.value(total, node.unit, node.unit_label))
            for name, total in totals
        ]
        self.totals.setText(
            fill(self.tr("Month's total — %1"), "  ·  ".join(parts)) if parts else ""
        )

    def show_node(self, node_id: int | None) -> None:
        plan = self.controller.session.plan
        name = plan.nodes[node_id].name if node_id in plan.nodes else ""
        self.heading.setText(fill(self.tr("Actuals of “%1” by day and rep"), name))
        self.message.clear()
        self.model.show(node_id)
        self.show_totals()

    def _follow(self, outcome) -> None:
        if outcome.reps_changed or outcome.header_changed or outcome.structure_changed:
            self.model.show(self.model.node_id)
        elif outcome.actuals_changed:
            self.model.reload_values()
            self.message.clear()
        self.show_totals()

    def eventFilter(self, watched, event) -> bool:
        if paste_or_delete_key(event, self.paste, self.clear_selection):
            return True
        return super().eventFilter(watched, event)

    def paste(self, text: str) -> str | None:
        """Paste a block copied from a spreadsheet (tab-separated rows) at the current cell."""
        if self.model.node_id is None:
            return None
        model = self.model
        start = self.view.currentIndex()
        cells = pasted_cells(text, start, model.key, model.rowCount(), model.columnCount())
        return self.controller.record_actuals(cells) if cells else None

    def clear_selection(self) -> str | None:
        keys = {self.model.key(i.row(), i.column()): "" for i in self.view.selectedIndexes()}
        return self.controller.record_actuals(keys) if keys else None
