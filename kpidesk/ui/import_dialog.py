"""Import actuals from a CRM export: choose the columns, check the preview, load all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kpidesk.domain.problems import ValidationError
from kpidesk.i18n.messages import refusal_text, row_error_text
from kpidesk.i18n.number_messages import flagged_row_text, rate_reading_text
from kpidesk.services.actuals_file import ColumnMapping, interpret, read_table
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.plan_controller import PlanController

PREVIEW_ROWS = 20


class ImportDialog(QDialog):
    """Columns are matched by name; the preview shows how the first rows will be read."""

    def __init__(self, controller: PlanController, path: str, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.path = path
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import Actuals — %1").replace("%1", Path(path).name))
        self.header, self.rows = read_table(path)  # streamed again for each preview
        none = self.tr("(none)")
        self.date = self._column_combo("dateColumn", ("date", "日付", "day"))
        self.value = self._column_combo("valueColumn", ("value", "件数", "count", "amount"))
        self.kpi = self._column_combo("kpiColumn", ("kpi", "KPI", "項目"), none)
        self.rep = self._column_combo("repColumn", ("rep", "担当者", "owner"), none)
        self.fixed = QComboBox(objectName="fixedKpi")
        self.fixed.addItem(self.tr("(from the KPI column)"))
        for node in controller.session.plan.nodes.values():
            self.fixed.addItem(node.name)
        self.rates = QComboBox(objectName="rateReading")  # shown when a file allows both
        self.rates.addItems(["", ""])
        self.rates_label = PlainLabel(self.tr("Rates"))
        for combo in (self.date, self.value, self.kpi, self.rep, self.fixed, self.rates):
            combo.currentIndexChanged.connect(self.preview)
        self.table = QTableWidget(0, 5, objectName="importPreview")
        self.table.setHorizontalHeaderLabels(
            ["#", self.tr("Date"), self.tr("KPI"), self.tr("Rep"), self.tr("Value")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = PlainLabel(objectName="importSummary", wordWrap=True)
        self.errors = PlainLabel(objectName="importErrors", wordWrap=True)
        self.errors.setStyleSheet("color: #c62828;")
        self.flagged = PlainLabel(objectName="importFlagged", wordWrap=True)
        self.confirm = QCheckBox(objectName="confirmFlagged")
        self.confirm.toggled.connect(lambda _checked: self._ok(self._loadable))
        self._loadable = False
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.load)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Date column"), self.date)
        form.addRow(self.tr("Value column"), self.value)
        form.addRow(self.tr("KPI column"), self.kpi)
        form.addRow(self.tr("Or one KPI for every row"), self.fixed)
        form.addRow(self.tr("Rep column"), self.rep)
        form.addRow(self.rates_label, self.rates)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addWidget(self.flagged)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self.preview()

    def _column_combo(self, name: str, guesses: tuple[str, ...], none: str | None = None):
        combo = QComboBox(objectName=name)
        if none is not None:
            combo.addItem(none)
        combo.addItems(self.header)
        folded = [h.casefold() for h in self.header]
        for guess in guesses:
            if guess.casefold() in folded:
                combo.setCurrentIndex(folded.index(guess.casefold()) + (none is not None))
                break
        return combo

    def mapping(self) -> ColumnMapping:
        kpi = self.kpi.currentText() if self.kpi.currentIndex() > 0 else None
        rep = self.rep.currentText() if self.rep.currentIndex() > 0 else None
        fixed = self.fixed.currentText() if self.fixed.currentIndex() > 0 else None
        rates = ("fraction", "percent")[max(self.rates.currentIndex(), 0)]
        return ColumnMapping(
            self.date.currentText(),
            self.value.currentText(),
            None if fixed else kpi,
            fixed,
            rep,
            rates=rates if self._rates_offered else None,
        )

    def preview(self) -> None:
        """Read the file with the chosen columns and show the first rows and every error."""
        session = self.controller.session
        plan = session.plan
        try:
            result = interpret(
                self.header,
                self.rows,
                self.mapping(),
                plan,
                session.today(),
                session.current_period(),
            )
        except ValidationError as error:
            self.errors.setText(refusal_text(error))
            self.flagged.clear()
            self.confirm.hide()
            self._ok(False)
            return
        self._show_rate_reading(result)
        names = {n.id: n.name for n in plan.nodes.values()}
        reps = {r.id: r.name for r in plan.reps}
        fmt = self.controller.number_format
        shown = list(result.values.items())[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for row, ((node_id, rep_id, day), value) in enumerate(shown):
            node = plan.nodes[node_id]
            cells = [
                str(row + 2),
                day.isoformat(),
                names[node_id],
                reps.get(rep_id, ""),
                fmt.value(value, node.unit, node.unit_label),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.summary.setText(
            self.tr("%1 rows read, %2 values to import.")
            .replace("%1", str(result.rows))
            .replace("%2", str(len(result.values)))
        )
        self.errors.setText("\n".join(row_error_text(e) for e in result.errors[:20]))
        self.flagged.setText("\n".join(flagged_row_text(row) for row in result.flagged[:20]))
        self.confirm.setText(
            self.tr("Load the %1 rows dated after today or outside the plan's period too").replace(
                "%1", str(result.flagged_count)
            )
        )
        self.confirm.setVisible(bool(result.flagged_count))
        if not result.flagged_count:
            self.confirm.setChecked(False)
        self._loadable = not result.refused
        self._needs_confirmation = bool(result.flagged_count)
        self._ok(self._loadable)

    _rates_offered = False
    _needs_confirmation = False

    def _show_rate_reading(self, result) -> None:
        """A file whose plain rates are all at most 1: say how they are read, offer the other."""
        offered = result.rate_reading is not None
        if offered:
            self.rates.blockSignals(True)
            self.rates.setItemText(0, rate_reading_text("fraction", result.rate_example))
            self.rates.setItemText(1, rate_reading_text("percent", result.rate_example))
            self.rates.setCurrentIndex(0 if result.rate_reading == "fraction" else 1)
            self.rates.blockSignals(False)
        self._rates_offered = offered or self._rates_offered
        self.rates.setVisible(self._rates_offered)
        self.rates_label.setVisible(self._rates_offered)

    def _ok(self, enabled: bool) -> None:
        confirmed = not self._needs_confirmation or self.confirm.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enabled and confirmed)

    def load(self) -> None:
        refusal = self.controller.import_actuals_file(
            self.path, self.mapping(), self.confirm.isChecked()
        )
        if refusal:
            self.errors.setText(refusal)
            return
        self.accept()
