"""What the import dialog loads a CRM export into: the actuals or the ヨミ list, with its fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout

from kpidesk.domain.column_guess import guess_columns, normal
from kpidesk.domain.model import Unit
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import row_error_text
from kpidesk.i18n.number_messages import flagged_row_text, rate_reading_text
from kpidesk.i18n.yomi_messages import yomi_row_error_text
from kpidesk.services import yomi_service as yomi
from kpidesk.services.actuals_file import ColumnMapping, ImportResult
from kpidesk.services.import_preview import ImportPreview, preview
from kpidesk.services.import_summary import summarize
from kpidesk.services.yomi_file import FIELDS, YomiMapping, interpret_yomi
from kpidesk.services.yomi_file import guess_columns as guess_deal_columns
from kpidesk.ui.import_memory import remember_mapping, remembered_mapping
from kpidesk.ui.labels import PlainLabel

translate = QCoreApplication.translate
PREVIEW_ROWS = 20
LISTED_ROWS = 20  # refused or flagged rows listed by number; the rest are counted


@dataclass
class Reading:
    """The file read with the chosen columns: the preview's first rows (cell texts), the bad
    rows, the rows to confirm, whether anything can be loaded, and the summary to show
    (given whether the rows to confirm are confirmed)."""

    rows: list[list[str]]
    errors: str
    summary: Callable[[bool], str]
    loadable: bool
    flagged: str = ""
    flagged_count: int = 0


def listed(lines: list[str], count: int, more_text: str) -> str:
    """The first LISTED_ROWS lines, one a line, and how many more there are."""
    shown = lines[:LISTED_ROWS]
    more = count - len(shown)
    if more > 0:
        shown.append(fill(more_text, f"{more:,}"))
    return "\n".join(shown)


class ActualsImport:
    """Dated values by KPI and rep; columns as last imported into this plan come first."""

    def __init__(self) -> None:
        self.rates_offered = False

    def title(self) -> str:
        return translate("ImportDialog", "Import Actuals — %1")

    def choose_text(self) -> str:
        return translate(
            "ImportDialog", "Choose the column of dates and the column of values above."
        )

    def preview_columns(self) -> list[str]:
        return [
            "#",
            translate("ImportDialog", "Date"),
            translate("ImportDialog", "KPI"),
            translate("ImportDialog", "Rep"),
            translate("ImportDialog", "Value"),
        ]

    def build(self, dialog, form: QFormLayout) -> None:
        remembered = remembered_mapping(dialog.settings, dialog.plan_path)
        chosen = {**guess_columns(dialog.header), **_still_there(dialog.header, remembered)}
        dialog.date = dialog.column_combo("date", chosen, required=True)
        dialog.value = dialog.column_combo("value", chosen, required=True)
        dialog.kpi = dialog.column_combo("kpi", chosen)
        dialog.rep = dialog.column_combo("rep", chosen)
        dialog.fixed = QComboBox(objectName="fixedKpi")
        dialog.fixed.addItem(translate("ImportDialog", "(from the KPI column)"))
        for node in dialog.controller.session.plan.nodes.values():
            dialog.fixed.addItem(node.name)
        if remembered is not None and remembered.fixed_kpi:
            dialog.fixed.setCurrentIndex(max(0, dialog.fixed.findText(remembered.fixed_kpi)))
        dialog.rates = QComboBox(objectName="rateReading")  # shown when a file allows both
        dialog.rates.addItems(["", ""])
        dialog.rates_label = PlainLabel(translate("ImportDialog", "Rates"))
        for combo in (dialog.fixed, dialog.rates):
            combo.currentIndexChanged.connect(dialog.preview)
        form.addRow(translate("ImportDialog", "Date column"), dialog.date)
        form.addRow(translate("ImportDialog", "Value column"), dialog.value)
        form.addRow(translate("ImportDialog", "KPI column"), dialog.kpi)
        form.addRow(translate("ImportDialog", "Or one KPI for every row"), dialog.fixed)
        form.addRow(translate("ImportDialog", "Rep column"), dialog.rep)
        form.addRow(dialog.rates_label, dialog.rates)

    def mapping(self, dialog) -> ColumnMapping:
        kpi, rep = dialog.chosen("kpi"), dialog.chosen("rep")
        fixed = dialog.fixed.currentText() if dialog.fixed.currentIndex() > 0 else None
        rates = ("fraction", "percent")[max(dialog.rates.currentIndex(), 0)]
        return ColumnMapping(
            dialog.chosen("date"),
            dialog.chosen("value"),
            None if fixed else kpi,
            fixed,
            rep,
            rates=rates if self.rates_offered else None,
        )

    def read(self, dialog) -> Reading:
        """Raises ValidationError when nothing can be read with these columns."""
        session = dialog.controller.session
        plan = session.plan
        result = preview(
            dialog.header,
            dialog.rows,
            self.mapping(dialog),
            plan,
            session.today(),
            session.current_period(),
            PREVIEW_ROWS,
        )
        self._show_rate_reading(dialog, result)
        reps = {r.id: r.name for r in plan.reps}
        fmt = dialog.controller.number_format
        rows = []
        for row, ((node_id, rep_id, day), value) in enumerate(result.shown.items()):
            node = plan.nodes[node_id]
            value_text = fmt.value(value, node.unit, node.unit_label)
            rows.append(
                [str(row + 2), day.isoformat(), node.name, reps.get(rep_id, ""), value_text]
            )
        refused = bool(result.refused)
        return Reading(
            rows,
            listed(
                [row_error_text(e) for e in result.errors],
                result.refused,
                translate("ImportDialog", "…and %1 more rows with errors."),
            ),
            lambda confirmed: self._summary(result, not refused, confirmed),
            not refused and result.counted.values > 0,
            listed(
                [flagged_row_text(e) for e in result.flagged],
                result.flagged_count,
                translate(
                    "ImportDialog", "…and %1 more rows dated after today or outside the period."
                ),
            ),
            result.flagged_count,
        )

    def confirm_text(self, count: int) -> str:
        return fill(
            translate(
                "ImportDialog",
                "Load the %1 rows dated after today or outside the plan's period too",
            ),
            count,
        )

    def _show_rate_reading(self, dialog, result: ImportResult) -> None:
        """A file whose plain rates are all at most 1: say how they are read, offer the other."""
        offered = result.rate_reading is not None
        if offered:
            dialog.rates.blockSignals(True)
            dialog.rates.setItemText(0, rate_reading_text("fraction", result.rate_example))
            dialog.rates.setItemText(1, rate_reading_text("percent", result.rate_example))
            dialog.rates.setCurrentIndex(0 if result.rate_reading == "fraction" else 1)
            dialog.rates.blockSignals(False)
        self.rates_offered = offered or self.rates_offered
        dialog.rates.setVisible(self.rates_offered)
        dialog.rates_label.setVisible(self.rates_offered)

    def _summary(self, result: ImportPreview, loadable: bool, confirmed: bool) -> str:
        """What the Import button will do, or why it is off: the two always agree."""
        rows, values = f"{result.rows:,}", f"{result.counted.values:,}"
        if not loadable:
            return fill(
                translate(
                    "ImportDialog",
                    "%1 rows read; %2 have errors. Nothing is imported until every row is right.",
                ),
                rows,
                f"{result.refused:,}",
            )
        if not result.counted.values:
            return fill(
                translate("ImportDialog", "%1 rows read; there are no values to import."), rows
            )
        if not confirmed:
            return fill(
                translate(
                    "ImportDialog", "%1 rows read, %2 values. Tick the box below to import them."
                ),
                rows,
                values,
            )
        return fill(
            translate("ImportDialog", "%1 rows read, %2 values will be imported."), rows, values
        )

    def load(self, dialog, confirmed: bool) -> tuple[str | None, str]:
        """Load the file as one undo step: the refusal, or the confirmation."""
        mapping = self.mapping(dialog)
        controller = dialog.controller
        refusal = controller.import_actuals_file(dialog.path, mapping, confirmed)
        if refusal:
            return refusal, ""
        remember_mapping(dialog.settings, dialog.plan_path, mapping)
        return None, self.confirmation_text(controller.last_import)

    def confirmation_text(self, result: ImportResult) -> str:
        """What the import loaded: rows, values, KPIs, reps and days, with the first and last."""
        done = summarize(result)
        reps = f"{done.reps:,}"
        if done.team:
            reps = fill(translate("ImportDialog", "%1 and the team"), reps)
        first, last = done.first, done.last
        return fill(
            translate(
                "ImportDialog",
                "Imported %1 rows: %2 values. KPIs: %3, reps: %4, days: %5 (%6 to %7).",
            ),
            f"{done.rows:,}",
            f"{done.values:,}",
            f"{done.kpis:,}",
            reps,
            f"{done.days:,}",
            first.isoformat() if first else "",
            last.isoformat() if last else "",
        )


def _still_there(header: list[str], remembered: ColumnMapping | None) -> dict[str, str]:
    """The remembered columns this file also has (by name, any case or width)."""
    if remembered is None:
        return {}
    headers = {normal(h): h for h in header}
    wanted = {"date": remembered.date, "value": remembered.value}
    wanted |= {"kpi": remembered.kpi, "rep": remembered.rep}
    return {
        role: headers[normal(name)]
        for role, name in wanted.items()
        if name and normal(name) in headers
    }


class PipelineImport:
    """The ヨミ list's deals: a deal of the same rep and name as one listed updates it."""

    def __init__(self) -> None:
        self.deals: list = []

    def title(self) -> str:
        return translate("YomiImportDialog", "Import Pipeline — %1")

    def choose_text(self) -> str:
        return translate("YomiImportDialog", "Choose the column that names the deals.")

    def preview_columns(self) -> list[str]:
        return [
            translate("YomiImportDialog", "Deal"),
            translate("YomiImportDialog", "Rep"),
            translate("YomiImportDialog", "Amount"),
            translate("YomiImportDialog", "Expected close"),
            translate("YomiImportDialog", "Rank"),
        ]

    def build(self, dialog, form: QFormLayout) -> None:
        chosen = guess_deal_columns(dialog.header)
        labels = {
            "name": translate("YomiImportDialog", "Deal column"),
            "rep": translate("YomiImportDialog", "Rep column"),
            "amount": translate("YomiImportDialog", "Amount column"),
            "close_date": translate("YomiImportDialog", "Expected close column"),
            "rank": translate("YomiImportDialog", "Rank or probability column"),
            "note": translate("YomiImportDialog", "Note column"),
            "state": translate("YomiImportDialog", "State column"),
        }
        for field in FIELDS:
            form.addRow(labels[field], dialog.column_combo(field, chosen, field == "name"))

    def read(self, dialog) -> Reading:
        """Raises ValidationError when nothing can be read with these columns."""
        session = dialog.controller.session
        mapping = YomiMapping(**{field: dialog.chosen(field) for field in FIELDS})
        deals, result = interpret_yomi(dialog.header, dialog.rows, mapping, session)
        listed_ids = {deal.id for deal in yomi.deals_of(session)}
        fmt = dialog.controller.number_format
        names = {rep.id: rep.name for rep in session.plan.reps}
        rows = []
        for deal in deals[:PREVIEW_ROWS]:
            rank = deal.rank
            if deal.probability is not None:
                rank = fmt.value(deal.probability, Unit.PERCENT)
            amount = "" if deal.amount is None else fmt.value(deal.amount, Unit.CURRENCY)
            day = deal.close_date.isoformat() if deal.close_date else ""
            rows.append([deal.name, names.get(deal.rep_id, ""), amount, day, rank])
        if result.refused:
            summary = fill(
                translate(
                    "YomiImportDialog", "%1 of %2 rows cannot be read: fix them and import again."
                ),
                result.refused,
                result.rows,
            )
        else:
            new = sum(1 for deal in deals if deal.id not in listed_ids)
            summary = fill(
                translate(
                    "YomiImportDialog",
                    "%1 deals will be loaded: %2 new, %3 already listed (updated).",
                ),
                len(deals),
                new,
                len(deals) - new,
            )
        self.deals = [] if result.refused else deals
        errors = listed(
            [yomi_row_error_text(e) for e in result.errors],
            result.refused,
            translate("ImportDialog", "…and %1 more rows with errors."),
        )
        return Reading(rows, errors, lambda _confirmed: summary, bool(self.deals))

    def confirm_text(self, count: int) -> str:
        return ""  # a deal dated outside the period counts toward its own: nothing to confirm

    def load(self, dialog, _confirmed: bool) -> tuple[str | None, str]:
        """Load the deals as one undo step: the refusal, or the confirmation."""
        session, deals = dialog.controller.session, self.deals
        refusal = dialog.controller.run(
            translate("YomiImportDialog", "Import Pipeline"),
            lambda: session.change_yomi(yomi.put_deals, deals),
        )
        return refusal, "" if refusal else fill(
            translate("YomiImportDialog", "Imported %1 deals."), len(deals)
        )
