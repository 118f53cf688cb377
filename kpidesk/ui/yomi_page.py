"""The ヨミ tab: the deal list in a grid (keys and paste like the actuals grid), the landing
forecast beside the run-rate and the target, and what the gap asks of the tree.

Every edit goes through the controller as one undo step. Delete removes the selected deals.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.model import TEAM, Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.yomi import Deal, DealState, duplicates
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import file_error_text, refusal_text
from kpidesk.i18n.yomi_messages import flag_reason_text, move_name
from kpidesk.services import yomi_service as yomi
from kpidesk.services.plan_files import PlanFileError
from kpidesk.services.yomi_cells import COLUMNS, deals_from_cells, ranks_from_text, ranks_text
from kpidesk.services.yomi_file import export_yomi_csv
from kpidesk.ui.cell_flags import EDITABLE, RIGHT_ALIGNED, SELECTABLE
from kpidesk.ui.grid_paste import paste_or_delete_key, pasted_cells
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.tones import show_as_error
from kpidesk.ui.yomi_summary import YomiSummary


class YomiModel(QAbstractTableModel):
    """One row per deal and an empty row below them for a new one; columns as COLUMNS and
    the deal's state."""

    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.deals: list[Deal] = []

    def reload(self) -> None:
        """The list as the file holds it, by inserting or removing rows at the end and
        repainting the rest: never a reset, since an editor may be closing."""
        deals = yomi.deals_of(self.controller.session)
        before, after = len(self.deals), len(deals)
        if after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self.deals = deals
            self.endInsertRows()
        elif after < before:
            self.beginRemoveRows(QModelIndex(), after, before - 1)
            self.deals = deals
            self.endRemoveRows()
        self.deals = deals
        last = self.index(self.rowCount() - 1, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.deals) + 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Deal"),
            self.tr("Rep"),
            self.tr("Amount"),
            self.tr("Expected close"),
            self.tr("Rank"),
            self.tr("Note"),
            self.tr("State"),
        )[section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return EDITABLE if index.column() < len(COLUMNS) else SELECTABLE

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.deals):
            return None
        deal = self.deals[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(deal, index.column(), role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return RIGHT_ALIGNED
        return None

    def _text(self, deal: Deal, column: int, editing: bool) -> str:
        fmt = self.controller.number_format
        field = COLUMNS[column] if column < len(COLUMNS) else "state"
        if field == "name":
            return deal.name
        if field == "rep":
            names = {rep.id: rep.name for rep in self.controller.session.plan.reps}
            return names.get(deal.rep_id, "") if deal.rep_id != TEAM else ""
        if field == "amount":
            if deal.amount is None:
                return ""
            return (
                fmt.editable(deal.amount, Unit.CURRENCY)
                if editing
                else fmt.value(deal.amount, Unit.CURRENCY)
            )
        if field == "close_date":
            if deal.close_date is None:
                return ""
            return (
                deal.close_date.isoformat()
                if editing
                else QLocale().toString(deal.close_date, QLocale.FormatType.ShortFormat)
            )
        if field == "rank":
            if deal.probability is not None:
                return fmt.value(deal.probability, Unit.PERCENT)
            return deal.rank
        if field == "note":
            return deal.note
        return {
            DealState.OPEN: self.tr("open"),
            DealState.WON: self.tr("won"),
            DealState.LOST: self.tr("lost"),
        }[deal.state]

    def key(self, row: int, column: int) -> tuple[int, int]:
        """The cell's key for deals_from_cells: a deal's id, or −1 − n for new line n."""
        if row < len(self.deals):
            return (self.deals[row].id, column)
        return (-1 - (row - len(self.deals)), column)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() >= len(COLUMNS):
            return False
        page = self.parent()
        return page.write_cells({self.key(index.row(), index.column()): str(value)}) is None


class YomiPage(QWidget):
    """The open plan's ヨミ list and its forecast; follows the document's changes itself."""

    def __init__(self, document, number_format, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = document.controller
        self.number_format = number_format
        self.summary = YomiSummary(self.controller, number_format)
        self.by_rep, self.asks = self.summary.by_rep, self.summary.asks
        self.left_out = PlainLabel(objectName="yomiLeftOut", wordWrap=True)
        self.moved = PlainLabel(objectName="yomiMoved", wordWrap=True)
        self.message = PlainLabel(objectName="yomiMessage", wordWrap=True)
        show_as_error(self.message)
        self.model = YomiModel(self.controller, self)
        self.view = QTableView(objectName="yomiView")
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.installEventFilter(self)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("note"), QHeaderView.ResizeMode.Stretch)
        self.ranks = QLineEdit(objectName="yomiRanks")
        self.ranks.setToolTip(self.tr("Each rank's probability, such as A=90%, B=50%, C=10%"))
        sample = self.ranks.fontMetrics().horizontalAdvance("A=90%, B=50%, C=10%, D=5%")
        self.ranks.setMinimumWidth(sample + 16)  # the whole of the usual ranks, never clipped
        self.ranks.editingFinished.connect(self._ranks_edited)
        buttons = QHBoxLayout()
        for name, text, state in (
            ("yomiWon", self.tr("Won"), DealState.WON),
            ("yomiLost", self.tr("Lost"), DealState.LOST),
            ("yomiReopen", self.tr("Reopen"), DealState.OPEN),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(lambda _=False, s=state: self.close_current(s))
            buttons.addWidget(button)
        self.merge_button = QPushButton(self.tr("Merge Duplicates"), objectName="yomiMerge")
        self.merge_button.setToolTip(
            self.tr("Merge the deals listed twice under the same name for the same rep")
        )
        self.merge_button.clicked.connect(self.merge_current)
        buttons.addWidget(self.merge_button)
        for name, text, slot in (
            ("yomiImport", self.tr("Import…"), self._choose_import),
            ("yomiExport", self.tr("Export CSV…"), self._choose_export),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(PlainLabel(self.tr("Ranks:")))
        buttons.addWidget(self.ranks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.left_out)
        layout.addWidget(self.moved)
        layout.addWidget(self.message)
        document.changed.connect(self._follow)
        self.refresh()

    # -- editing ----------------------------------------------------------------------

    def write_cells(self, cells: dict[tuple[int, int], str]) -> str | None:
        """Typed or pasted cells as one undo step; the refusal is shown under the grid."""
        session = self.controller.session

        def action():
            return session.change_yomi(yomi.put_deals, deals_from_cells(session, cells))

        refusal = self.controller.run(self.tr("Edit Pipeline"), action)
        self.message.setText(refusal or "")
        return refusal

    def paste(self, text: str) -> str | None:
        """Paste a block copied from a spreadsheet (tab-separated rows) at the current cell;
        rows beyond the list become new deals."""
        cells = pasted_cells(text, self.view.currentIndex(), self.model.key, None, len(COLUMNS))
        return self.write_cells(cells) if cells else None

    def remove_selected(self) -> str | None:
        rows = {i.row() for i in self.view.selectedIndexes() if i.row() < len(self.model.deals)}
        ids = [self.model.deals[row].id for row in sorted(rows)]
        if not ids:
            return None
        session = self.controller.session
        return self.controller.run(
            self.tr("Remove Deals"), lambda: session.change_yomi(yomi.remove_deals, ids)
        )

    def _current_deal(self) -> Deal | None:
        row = self.view.currentIndex().row()
        return self.model.deals[row] if 0 <= row < len(self.model.deals) else None

    def close_current(self, state: DealState) -> str | None:
        """The current deal won (its amount goes to the actuals), lost, or open again."""
        deal = self._current_deal()
        if deal is None:
            return None
        session = self.controller.session
        refusal = self.controller.run(
            self.tr("Close Deal"), lambda: session.change_yomi(yomi.close_deal, deal.id, state)
        )
        self.message.setText(refusal or "")
        return refusal

    def merge_current(self) -> str | None:
        """Merge the current deal's duplicates (same rep, same name) into one line."""
        deal = self._current_deal()
        group = next(
            (g for g in duplicates(self.model.deals) if deal is not None and deal in g), None
        )
        if group is None:
            self.message.setText(self.tr("The current deal is not listed twice."))
            return None
        session = self.controller.session
        ids = [d.id for d in group]
        return self.controller.run(
            self.tr("Merge Deals"), lambda: session.change_yomi(yomi.merge_deals, ids)
        )

    def _ranks_edited(self) -> None:
        session = self.controller.session
        text = self.ranks.text()
        if text == ranks_text(yomi.ranks_of(session)):
            return

        def action():
            return session.change_yomi(yomi.set_ranks, ranks_from_text(text))

        refusal = self.controller.run(self.tr("Edit Ranks"), action)
        self.message.setText(refusal or "")

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Pipeline"), "", self.tr("CSV or Excel (*.csv *.tsv *.txt *.xlsx)")
        )
        if path:
            self.import_file(path).open()

    def import_file(self, path: str):
        """The import dialog for `path` (not yet shown); a file that cannot be read says why."""
        from kpidesk.ui.import_dialog import ImportDialog
        from kpidesk.ui.import_targets import PipelineImport

        try:
            dialog = ImportDialog(self.controller, path, self, target=PipelineImport())
        except ValidationError as error:
            self.message.setText(refusal_text(error))
            raise
        dialog.imported.connect(self.message.setText)
        return dialog

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Pipeline"), "yomi.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export_file(path)

    def export_file(self, path: str) -> str:
        """Write the list as CSV; the message says how many deals, or why it failed."""
        try:
            count = export_yomi_csv(self.controller.session, path)
        except PlanFileError as error:
            text = file_error_text(error.code, error.path, error.detail)
        else:
            text = fill(self.tr("Wrote %1 deals to %2"), count, path)
        self.message.setText(text)
        return text

    def eventFilter(self, watched, event) -> bool:
        if paste_or_delete_key(event, self.paste, self.remove_selected):
            return True
        return super().eventFilter(watched, event)

    # -- showing ----------------------------------------------------------------------

    def _follow(self, outcome) -> None:
        if outcome.yomi_changed or outcome.actuals_changed or outcome.reps_changed:
            self.refresh()
        elif outcome.changed_node_ids or outcome.header_changed or outcome.structure_changed:
            self.show_forecast()

    def refresh(self) -> None:
        self.model.reload()
        self.ranks.setText(ranks_text(yomi.ranks_of(self.controller.session)))
        self.merge_button.setEnabled(bool(duplicates(self.model.deals)))
        self.show_forecast()

    def show_forecast(self) -> None:
        session = self.controller.session
        view = yomi.yomi_forecast(session)
        if view is None:
            self.summary.clear(self.tr("Set the plan's period to see the landing forecast."))
            self.left_out.clear()
            return
        self.summary.show_view(view)
        flagged = [
            fill(self.tr("%1 (%2)"), flag.name, flag_reason_text(flag.reason))
            for flag in view.forecast.flagged
        ]
        self.left_out.setText(
            fill(self.tr("Left out of the forecast: %1"), ", ".join(flagged)) if flagged else ""
        )
        self.moved.setText(self._moved_text())

    def _moved_text(self) -> str:
        """What moved in the list since the latest review kept it (won, lost, slipped, new…)."""
        from kpidesk.services.review_service import latest_review

        session = self.controller.session
        held = latest_review(session)
        moves = yomi.moves_since_review(session, held.id) if held is not None else []
        if not moves:
            return ""
        parts = [
            fill(self.tr("%1 %2"), move_name(m.move), (m.after or m.before).name) for m in moves
        ]
        day = QLocale().toString(held.held_on, QLocale.FormatType.ShortFormat)
        return fill(self.tr("Since the review of %1: %2"), day, ", ".join(parts))
