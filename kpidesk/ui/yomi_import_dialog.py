"""Import the ヨミ list from a CRM export: columns guessed by their headers, a preview of how
the rows will be read and every bad row, then one undo step (or nothing, on any bad row)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kpidesk.domain.model import Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import refusal_text
from kpidesk.i18n.yomi_messages import yomi_row_error_text
from kpidesk.services import yomi_service as yomi
from kpidesk.services.actuals_file import read_table
from kpidesk.services.yomi_file import YomiMapping, guess_columns, interpret_yomi
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.tones import show_as_error

PREVIEW_ROWS = 20
SHOWN_ERRORS = 20


class YomiImportDialog(QDialog):
    """Signals: `imported(str)` with the confirmation, once the deals are loaded."""

    imported = Signal(str)

    def __init__(self, controller, path: str, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.path = path
        self.deals: list = []
        self.setObjectName("yomiImportDialog")
        self.setWindowTitle(fill(self.tr("Import Pipeline — %1"), Path(path).name))
        self.header, self.rows = read_table(path)
        guessed = guess_columns(self.header)
        none = self.tr("(none)")
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field, label in (
            ("name", self.tr("Deal column")),
            ("rep", self.tr("Rep column")),
            ("amount", self.tr("Amount column")),
            ("close_date", self.tr("Expected close column")),
            ("rank", self.tr("Rank or probability column")),
            ("note", self.tr("Note column")),
            ("state", self.tr("State column")),
        ):
            combo = QComboBox(objectName=f"{field}Column")
            combo.addItem(self.tr("(choose a column)") if field == "name" else none)
            combo.addItems(self.header)
            if field in guessed:
                combo.setCurrentIndex(self.header.index(guessed[field]) + 1)
            combo.currentIndexChanged.connect(self.preview)
            self.combos[field] = combo
            form.addRow(label, combo)
        self.table = QTableWidget(0, 5, objectName="yomiImportPreview")
        self.table.setAccessibleName(self.tr("Preview of the deals to import"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Deal"),
                self.tr("Rep"),
                self.tr("Amount"),
                self.tr("Expected close"),
                self.tr("Rank"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = PlainLabel(objectName="yomiImportSummary", wordWrap=True)
        self.errors = PlainLabel(objectName="yomiImportErrors", wordWrap=True)
        show_as_error(self.errors)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.load)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.preview()
        make_accessible(self)  # names for screen readers, the tab order of its forms

    def mapping(self) -> YomiMapping | None:
        if self.combos["name"].currentIndex() <= 0:
            return None
        chosen = {
            field: combo.currentText() if combo.currentIndex() > 0 else None
            for field, combo in self.combos.items()
        }
        return YomiMapping(**chosen)

    def preview(self) -> None:
        """Read the file with the chosen columns: the first deals, and every bad row."""
        self.deals = []
        self.table.setRowCount(0)
        self.errors.clear()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        mapping = self.mapping()
        if mapping is None:
            self.summary.setText(self.tr("Choose the column that names the deals."))
            ok.setEnabled(False)
            return
        session = self.controller.session
        try:
            deals, result = interpret_yomi(self.header, self.rows, mapping, session)
        except ValidationError as error:
            self.summary.setText(refusal_text(error))
            ok.setEnabled(False)
            return
        listed = {deal.id for deal in yomi.deals_of(session)}
        fmt = self.controller.number_format
        names = {rep.id: rep.name for rep in session.plan.reps}
        for deal in deals[:PREVIEW_ROWS]:
            row = self.table.rowCount()
            self.table.insertRow(row)
            rank = deal.rank
            if deal.probability is not None:
                rank = fmt.value(deal.probability, Unit.PERCENT)
            cells = [
                deal.name,
                names.get(deal.rep_id, ""),
                "" if deal.amount is None else fmt.value(deal.amount, Unit.CURRENCY),
                deal.close_date.isoformat() if deal.close_date else "",
                rank,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if result.refused:
            shown = [yomi_row_error_text(e) for e in result.errors[:SHOWN_ERRORS]]
            self.errors.setText("\n".join(shown))
            self.summary.setText(
                fill(
                    self.tr("%1 of %2 rows cannot be read: fix them and import again."),
                    result.refused,
                    result.rows,
                )
            )
            ok.setEnabled(False)
            return
        new = sum(1 for deal in deals if deal.id not in listed)
        self.summary.setText(
            fill(
                self.tr("%1 deals will be loaded: %2 new, %3 already listed (updated)."),
                len(deals),
                new,
                len(deals) - new,
            )
        )
        self.deals = deals
        ok.setEnabled(bool(deals))

    def load(self) -> None:
        session, deals = self.controller.session, self.deals
        refusal = self.controller.run(
            self.tr("Import Pipeline"), lambda: session.change_yomi(yomi.put_deals, deals)
        )
        if refusal:
            self.errors.setText(refusal)
            return
        self.imported.emit(fill(self.tr("Imported %1 deals."), len(deals)))
        self.accept()
