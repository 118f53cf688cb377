"""The review's read-only tables: its KPI snapshot, the previous actions, target revisions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kpidesk.domain.model import Unit
from kpidesk.domain.review import Review
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.review_rows import review_rows
from kpidesk.services.review_service import FollowUp, RevisionLine
from kpidesk.ui.cell_flags import RIGHT, SELECTABLE
from kpidesk.ui.palette import MUTED, NEGATIVE, STATUS_COLOUR
from kpidesk.ui.table_filling import filling

NODE_ROLE = Qt.ItemDataRole.UserRole
INDENT = "\u3000"  # a fullwidth space per level keeps names aligned in Japanese and English


translate = QCoreApplication.translate


def make_table(name: str, headers: Sequence[str], stretch: int) -> QTableWidget:
    """A read-only table; column `stretch` (the free text) takes the width left over."""
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # read-only: Tab goes on to the next field, not cell
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


CAUSE_COLUMN, ACTION_COLUMN = 7, 8  # of the KPI table (kpi_headers)
MIN_TEXT_CHARS = 8  # a free-text column never gets narrower than this many wide characters


class TextColumnsShare(QObject):
    """The free-text columns (cause, action) share the width the figures leave, equally, and
    each keeps at least MIN_TEXT_CHARS characters: one long cause no longer pushes the action
    off the table or squeezes it to one character. The table scrolls sideways when even the
    minimum does not fit."""

    def __init__(self, table: QTableWidget, columns: Sequence[int]) -> None:
        super().__init__(table)
        self.table, self.columns = table, tuple(columns)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        self._later = QTimer(self, singleShot=True, interval=0)  # one share for many changes
        self._later.timeout.connect(self.share)
        model = table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(lambda *_: self._later.start())
        self._later.start()

    def minimum(self) -> int:
        return self.table.fontMetrics().horizontalAdvance("対" * MIN_TEXT_CHARS)

    def share(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c) for c in range(header.count()) if c not in self.columns
        )
        free = self.table.viewport().width() - others
        each = max(self.minimum(), free // max(1, len(self.columns)))
        for column in self.columns:
            if header.sectionSize(column) != each:
                header.resizeSection(column, each)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False


def share_text_columns(table: QTableWidget, columns: Sequence[int]) -> TextColumnsShare:
    """Let `columns` of `table` share the room left by the others (see TextColumnsShare)."""
    return TextColumnsShare(table, columns)


def day_text(day: date | None, fmt: NumberFormat) -> str:
    if day is None:
        return ""
    return fmt.locale.toString(day, QLocale.FormatType.ShortFormat)


def _cell(text: str, node_id: int | None = None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(SELECTABLE)
    if node_id is not None:
        item.setData(NODE_ROLE, node_id)
    if align_right:
        item.setTextAlignment(RIGHT)
    return item


def kpi_headers() -> list[str]:
    return [
        translate("ReviewTables", "KPI"),
        translate("ReviewTables", "Target"),
        translate("ReviewTables", "Actual"),
        translate("ReviewTables", "Achievement"),
        translate("ReviewTables", "Progress"),
        translate("ReviewTables", "Status"),
        translate("ReviewTables", "SMART"),
        translate("ReviewTables", "Cause"),
        translate("ReviewTables", "Action"),
        translate("ReviewTables", "Owner"),
        translate("ReviewTables", "Due"),
    ]


def fill_kpis(table: QTableWidget, review: Review, fmt: NumberFormat) -> None:
    """One row per KPI as the snapshot has it, indented by depth, with its cause and action
    (the rows are worded by i18n.review_rows, as in the PDF)."""
    rows = review_rows(review, fmt)
    with filling(table):
        table.setRowCount(len(rows))
        for row, line in enumerate(rows):
            status = _cell(line.status_text)
            status.setForeground(QBrush(STATUS_COLOUR.get(line.status, MUTED)))
            cells = [
                _cell(INDENT * line.depth + line.name, line.node_id),
                _cell(line.target, align_right=True),
                _cell(line.actual, align_right=True),
                _cell(line.achievement, align_right=True),
                _cell(line.progress, align_right=True),
                status,
                _cell(line.smart),
                _cell(line.cause),
                _cell(line.action),
                _cell(line.owner),
                _cell(day_text(line.due, fmt)),
            ]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)


def follow_up_headers() -> list[str]:
    return [
        translate("ReviewTables", "Done"),
        translate("ReviewTables", "KPI"),
        translate("ReviewTables", "Action"),
        translate("ReviewTables", "Owner"),
        translate("ReviewTables", "Due"),
    ]


def fill_follow_ups(table: QTableWidget, items: list[FollowUp], fmt: NumberFormat) -> None:
    """The previous review's actions; the first column is a check box the user ticks."""
    table.blockSignals(True)
    with filling(table):
        table.setRowCount(len(items))
        for row, follow_up in enumerate(items):
            done = _cell("", follow_up.item.node_id)
            done.setFlags(done.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done.setCheckState(
                Qt.CheckState.Checked if follow_up.item.done else Qt.CheckState.Unchecked
            )
            due = _cell(day_text(follow_up.item.due, fmt))
            if follow_up.past_due:
                due.setForeground(QBrush(NEGATIVE))
                due.setToolTip(translate("ReviewTables", "Past its due date"))
            cells = [
                done,
                _cell(follow_up.kpi_name),
                _cell(follow_up.item.action),
                _cell(follow_up.item.owner),
                due,
            ]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
    table.blockSignals(False)


def revision_headers() -> list[str]:
    return [
        translate("ReviewTables", "KPI"),
        translate("ReviewTables", "Original plan"),
        translate("ReviewTables", "Revised on"),
        translate("ReviewTables", "New target"),
        translate("ReviewTables", "Reason"),
        translate("ReviewTables", "Actual"),
    ]


def fill_revisions(table: QTableWidget, lines: list[RevisionLine], fmt: NumberFormat) -> None:
    """Each revision on its own row; the KPI, its original plan and actual on its first."""
    rows = [(line, index) for line in lines for index in range(len(line.history.revisions))]
    with filling(table):
        table.setRowCount(len(rows))
        for row, (line, index) in enumerate(rows):
            revision = line.history.revisions[index]
            first = index == 0

            def value(v, line=line) -> str:
                return "—" if v is None else fmt.value(v, Unit(line.unit), line.unit_label)

            cells = [
                _cell(line.name if first else "", line.node_id),
                _cell(value(line.history.original) if first else "", align_right=True),
                _cell(day_text(revision.day, fmt)),
                _cell(value(revision.after), align_right=True),
                _cell(revision.reason),
                _cell(value(line.actual) if first else "", align_right=True),
            ]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
