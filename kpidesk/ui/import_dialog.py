"""Import actuals from a CRM export: choose the columns, check the preview, load all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
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

from kpidesk.domain.column_guess import guess_columns, normal
from kpidesk.domain.problems import ValidationError
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import refusal_text, row_error_text
from kpidesk.i18n.number_messages import flagged_row_text, rate_reading_text
from kpidesk.services.actuals_file import ColumnMapping, ImportResult, interpret, read_table
from kpidesk.services.import_summary import summarize
from kpidesk.ui.import_memory import remember_mapping, remembered_mapping
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.plan_controller import PlanController
from kpidesk.ui.tones import show_as_error

PREVIEW_ROWS = 20
LISTED_ROWS = 20  # refused or flagged rows listed by number; the rest are counted


class ImportDialog(QDialog):
    """Columns are matched by name (or as last imported into this plan); the preview shows how
    the first rows will be read; after the import the dialog says what was loaded.

    Signals: `imported(str)` with the confirmation, once the values are loaded.
    """

    imported = Signal(str)

    def __init__(
        self,
        controller: PlanController,
        path: str,
        parent=None,
        settings: QSettings | None = None,
        plan_path=None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.path = path
        self.settings, self.plan_path = settings, plan_path
        self.preview_result: ImportResult | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(fill(self.tr("Import Actuals — %1"), Path(path).name))
        self.header, self.rows = read_table(path)  # streamed again for each preview
        none, choose = self.tr("(none)"), self.tr("(choose a column)")
        remembered = remembered_mapping(settings, plan_path)
        chosen = {**guess_columns(self.header), **self._still_there(remembered)}
        self.date = self._column_combo("dateColumn", chosen.get("date"), choose)
        self.value = self._column_combo("valueColumn", chosen.get("value"), choose)
        self.kpi = self._column_combo("kpiColumn", chosen.get("kpi"), none)
        self.rep = self._column_combo("repColumn", chosen.get("rep"), none)
        self.fixed = QComboBox(objectName="fixedKpi")
        self.fixed.addItem(self.tr("(from the KPI column)"))
        for node in controller.session.plan.nodes.values():
            self.fixed.addItem(node.name)
        if remembered is not None and remembered.fixed_kpi:
            self.fixed.setCurrentIndex(max(0, self.fixed.findText(remembered.fixed_kpi)))
        self.rates = QComboBox(objectName="rateReading")  # shown when a file allows both
        self.rates.addItems(["", ""])
        self.rates_label = PlainLabel(self.tr("Rates"))
        for combo in (self.date, self.value, self.kpi, self.rep, self.fixed, self.rates):
            combo.currentIndexChanged.connect(self.preview)
        self.table = QTableWidget(0, 5, objectName="importPreview")
        self.table.setAccessibleName(self.tr("Preview of the rows to import"))
        self.table.setHorizontalHeaderLabels(
            ["#", self.tr("Date"), self.tr("KPI"), self.tr("Rep"), self.tr("Value")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = PlainLabel(objectName="importSummary", wordWrap=True)
        self.errors = PlainLabel(objectName="importErrors", wordWrap=True)
        show_as_error(self.errors)
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

    def _still_there(self, remembered: ColumnMapping | None) -> dict[str, str]:
        """The remembered columns this file also has (by name, any case or width)."""
        if remembered is None:
            return {}
        headers = {normal(h): h for h in self.header}
        wanted = {"date": remembered.date, "value": remembered.value}
        wanted |= {"kpi": remembered.kpi, "rep": remembered.rep}
        return {
            role: headers[normal(name)]
            for role, name in wanted.items()
            if name and normal(name) in headers
        }

    def _column_combo(self, name: str, chosen: str | None, first: str):
        """The file's columns after `first` ("(none)" or "(choose a column)"), `chosen` set."""
        combo = QComboBox(objectName=name)
        combo.addItem(first)
        combo.addItems(self.header)
        if chosen is not None:
            combo.setCurrentIndex(self.header.index(chosen) + 1)
        return combo

    def columns_chosen(self) -> bool:
        """Both the date and the value column are chosen."""
        return self.date.currentIndex() > 0 and self.value.currentIndex() > 0

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
        self.preview_result = None
        if not self.columns_chosen():
            self._clear(self.tr("Choose the column of dates and the column of values above."))
            return
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
            self._clear(self.tr("Nothing can be imported with these columns."))
            self.errors.setText(refusal_text(error))
            return
        self.preview_result = result
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
        self.errors.setText(self._listed(result.errors, result.refused, row_error_text, "errors"))
        self.flagged.setText(
            self._listed(result.flagged, result.flagged_count, flagged_row_text, "flagged")
        )
        self.confirm.setText(
            fill(
                self.tr("Load the %1 rows dated after today or outside the plan's period too"),
                result.flagged_count,
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

    def _clear(self, summary: str) -> None:
        """No preview: the columns are not chosen, or cannot be read as chosen."""
        self.table.setRowCount(0)
        self.errors.clear()
        self.flagged.clear()
        self.confirm.hide()
        self._loadable = self._needs_confirmation = False
        self.summary.setText(summary)
        self._ok(False)

    def _listed(self, rows: list, count: int, text, kind: str) -> str:
        """The first LISTED_ROWS rows, one a line, and how many more there are."""
        lines = [text(row) for row in rows[:LISTED_ROWS]]
        more = count - len(lines)
        if more > 0:
            sentence = (
                self.tr("…and %1 more rows with errors.")
                if kind == "errors"
                else self.tr("…and %1 more rows dated after today or outside the period.")
            )
            lines.append(fill(sentence, f"{more:,}"))
        return "\n".join(lines)

    def _ok(self, enabled: bool) -> None:
        confirmed = not self._needs_confirmation or self.confirm.isChecked()
        loads = enabled and confirmed and bool(self.preview_result and self.preview_result.values)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(loads)
        if self.preview_result is not None:
            self.summary.setText(self._summary_text(self.preview_result, enabled, confirmed))

    def _summary_text(self, result: ImportResult, loadable: bool, confirmed: bool) -> str:
        """What the Import button will do, or why it is off: the two always agree."""
        rows, values = f"{result.rows:,}", f"{len(result.values):,}"
        if not loadable:
            return fill(
                self.tr(
                    "%1 rows read; %2 have errors. Nothing is imported until every row is right."
                ),
                rows,
                f"{result.refused:,}",
            )
        if not result.values:
            return fill(self.tr("%1 rows read; there are no values to import."), rows)
        if not confirmed:
            return fill(
                self.tr("%1 rows read, %2 values. Tick the box below to import them."), rows, values
            )
        return fill(self.tr("%1 rows read, %2 values will be imported."), rows, values)

    def load(self) -> None:
        mapping = self.mapping()
        refusal = self.controller.import_actuals_file(self.path, mapping, self.confirm.isChecked())
        if refusal:
            self.errors.setText(refusal)
            return
        remember_mapping(self.settings, self.plan_path, mapping)
        self._show_imported(self.confirmation_text(self.controller.last_import))

    def confirmation_text(self, result: ImportResult) -> str:
        """What the import loaded: rows, values, KPIs, reps and days, with the first and last."""
        done = summarize(result)
        reps = f"{done.reps:,}"
        if done.team:
            reps = fill(self.tr("%1 and the team"), reps)
        first, last = done.first, done.last
        return fill(
            self.tr("Imported %1 rows: %2 values. KPIs: %3, reps: %4, days: %5 (%6 to %7)."),
            f"{done.rows:,}",
            f"{done.values:,}",
            f"{done.kpis:,}",
            reps,
            f"{done.days:,}",
            first.isoformat() if first else "",
            last.isoformat() if last else "",
        )

    def _show_imported(self, confirmation: str) -> None:
        """The dialog stays open saying what was loaded; the only button left is Close."""
        for widget in (self.date, self.value, self.kpi, self.rep, self.fixed, self.rates):
            widget.setEnabled(False)
        self.confirm.setEnabled(False)
        self.errors.clear()
        self.summary.setText(confirmation)
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeImport")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        self.imported.emit(confirmation)
