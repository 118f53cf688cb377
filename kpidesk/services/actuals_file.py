"""Actuals from a CRM export (CSV or Excel): column mapping, preview, per-row errors."""

from __future__ import annotations

import csv
import hashlib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from kpidesk.domain.dates import parse_date
from kpidesk.domain.model import TEAM, Node, Plan, Unit
from kpidesk.domain.numbers import parse_value, to_text, whole_only
from kpidesk.domain.periods import Period
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.validation import check_value
from kpidesk.services.import_batches import load_batch
from kpidesk.services.import_summary import ImportSummary
from kpidesk.services.mapped_rows import (
    RowError,
    blank,
    by_normal_name,
    cell_text,
    mapped_rows,
    mapping_from_dict,
    normal_name,
    number_text,
)
from kpidesk.services.table_reader import Table
from kpidesk.storage.actual_store import ActualKey, to_stored
from kpidesk.storage.plan_file import atomic_target
from kpidesk.storage.scratch_keys import ScratchRates

KEPT_ROW_ERRORS = 1000  # a file of a million bad rows lists the first thousand, counts them all
RATE_READINGS = ("auto", "percent", "fraction")
ONE_PERCENT = Fraction(1, 100)


@dataclass(frozen=True)
class ColumnMapping:
    """Which column holds what; columns by header name (any case) or 1-based number."""

    date: str
    value: str
    kpi: str | None = None  # the column of KPI names; or…
    fixed_kpi: str | None = None  # …one KPI for the whole file, by name
    rep: str | None = None  # no rep column: team figures
    sheet: str | None = None  # for Excel: the sheet's name (the first one by default)
    rates: str | None = None  # "percent" (0.2 = 0.2 %), "fraction" (0.2 = 20 %), None: auto

    def __post_init__(self) -> None:
        if self.rates is not None and self.rates not in RATE_READINGS:
            raise ValidationError("mapping_invalid", key=f"rates: {self.rates}")

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: object) -> ColumnMapping:
        return mapping_from_dict(cls, data, ("date", "value"))


@dataclass
class ImportResult:
    """The values to import by (node, rep or TEAM, day), summed per key, and the bad rows.

    `flagged` rows (dated after today or outside the plan's period) load only when the user
    confirms. `rate_reading` says how plain numbers in a rate column were read when the
    file allows both readings ("fraction": 0.2 read as 20 %), with `rate_example`.
    """

    values: dict[tuple[int, int, date], Fraction] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0
    refused: int = 0
    flagged: list[RowError] = field(default_factory=list)
    flagged_count: int = 0
    rate_reading: str | None = None
    rate_example: str | None = None
    loaded: ImportSummary | None = None  # what an import loaded (its values are not kept here)

    def refuse(self, error: RowError) -> None:
        self.refused += 1
        if len(self.errors) < KEPT_ROW_ERRORS:
            self.errors.append(error)

    def flag(self, row: RowError) -> None:
        self.flagged_count += 1
        if len(self.flagged) < KEPT_ROW_ERRORS:
            self.flagged.append(row)


def file_key(path: Path | str) -> str:
    """The file's content hash: the same export imported twice is recognised."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_table(path: Path | str, sheet: str | None = None) -> tuple[list[str], Table]:
    """The header of a .csv/.tsv/.txt or .xlsx file, and the file opened to stream its rows."""
    table = Table(path, sheet)
    return table.header, table


def interpret(
    header: list[str],
    rows: Iterable,
    mapping: ColumnMapping,
    plan: Plan,
    today: date | None = None,
    period: Period | None = None,
) -> ImportResult:
    """Turn rows into values; every bad row is reported and none of its values kept.

    `rows` is a `Table` (streamed, only the mapped columns read) or a list of cell lists.
    Rows dated after `today` or outside `period` are kept but flagged for the user to confirm.
    """
    result = ImportResult()
    for key, value in read_values(header, rows, mapping, plan, result, today, period):
        result.values[key] = result.values.get(key, Fraction(0)) + value
    return result


def read_values(
    header: list[str],
    rows: Iterable,
    mapping: ColumnMapping,
    plan: Plan,
    result: ImportResult,
    today: date | None = None,
    period: Period | None = None,
) -> Iterator[tuple[ActualKey, Fraction]]:
    """Each good row's (key, value) as it is read, keys not yet summed (rates come last:
    their reading depends on the whole file); `result` counts the rows and keeps the bad
    and flagged ones. Nothing here grows with the rows but the rates (see `_Rates`)."""
    kpis = by_normal_name({n.name: n.id for n in plan.nodes.values()})
    reps = by_normal_name({r.name: r.id for r in plan.reps})
    active = {r.id for r in plan.reps if r.active}
    fixed = None
    if mapping.fixed_kpi is not None:
        fixed = kpis.get(normal_name(mapping.fixed_kpi))
        if fixed is None:
            raise ValidationError("unknown_kpi_name", name=mapping.fixed_kpi)
    elif not mapping.kpi:
        raise ValidationError("mapping_needs_kpi")
    fields = ("date", "value", "kpi", "rep")
    numbered = mapped_rows(header, rows, mapping, fields)
    rates = _Rates(mapping.rates)
    for number, cells in numbered:
        result.rows += 1
        try:
            key, value = _row(cells, kpis, reps, active, fixed, plan)
            if plan.nodes[key[0]].unit is Unit.PERCENT:
                rates.add(number, key, value, cells["value"])
                value = None
            else:
                to_stored(value)
        except ValidationError as error:
            result.refuse(RowError(number, error.code, str(error.params.get("text", ""))))
            continue
        day = key[2]
        if today is not None and day > today:
            result.flag(RowError(number, "after_today", day.isoformat()))
        elif period is not None and not period.contains(day):
            result.flag(RowError(number, "outside_period", day.isoformat()))
        if value is not None:
            yield key, value
    yield from rates.finish(result)


class _Rates:
    """Rates are read in percent (20 and 20% are 20 %). When every rate written without a %
    sign is at most 1, the file most likely holds fractions (Excel's 0.2 shown as 20 %): they
    are read so ("auto"), the result says so, and the mapping can ask for either reading."""

    def __init__(self, reading: str | None) -> None:
        self.reading = reading or "auto"
        self.rows: ScratchRates | None = None  # by key, in a private temporary database
        self.unsigned = False  # some rate was a plain number
        self.example: str | None = None
        self.all_small = True

    def add(self, row: int, key: ActualKey, value: Fraction, cell: object) -> None:
        if self.rows is None:
            self.rows = ScratchRates()
        node_id, rep_id, day = key
        signed = isinstance(cell, str) and "%" in unicodedata.normalize("NFKC", cell)
        self.rows.add(row, (node_id, rep_id, day.toordinal()), signed, str(value))
        if signed:
            return
        self.unsigned = True
        self.all_small = self.all_small and value <= ONE_PERCENT  # parse_value read it in %
        if self.example is None:
            self.example = cell_text(cell)

    def finish(self, result: ImportResult) -> Iterator[tuple[ActualKey, Fraction]]:
        offered = self.unsigned and self.all_small
        fractions = self.reading == "fraction" or (self.reading == "auto" and offered)
        plain_scale = 100 if fractions else 1
        grouped = self.rows.grouped() if self.rows is not None else iter(())
        for row, (node_id, rep_id, ordinal), values in grouped:
            key = (node_id, rep_id, date.fromordinal(ordinal))
            signed = sum((_exact(text) for sign, text in values if sign), Fraction(0))
            plain = sum((_exact(text) for sign, text in values if not sign), Fraction(0))
            value = signed + plain * plain_scale
            try:
                check_value(Unit.PERCENT, value)
                to_stored(value)
            except ValidationError as error:
                result.refuse(RowError(row, error.code, ""))
                continue
            yield key, value
        if self.rows is not None:
            self.rows.close()
        if offered or self.reading != "auto":
            result.rate_reading = "fraction" if fractions else "percent"
            result.rate_example = self.example


def _row(cells: dict, kpis, reps, active, fixed, plan) -> tuple[ActualKey, Fraction]:
    day = parse_date(cells["date"])
    node_id = fixed if fixed is not None else kpis.get(normal_name(cells.get("kpi")))
    if node_id is None:
        raise ValidationError("unknown_kpi_name", text=cell_text(cells.get("kpi")))
    rep_id = TEAM
    rep_name = cells.get("rep")
    if rep_name is not None and str(rep_name).strip():
        rep_id = reps.get(normal_name(rep_name))
        if rep_id is None:
            raise ValidationError("unknown_rep_name", text=cell_text(rep_name))
        if rep_id not in active:
            raise ValidationError("inactive_rep", text=cell_text(rep_name))
    node = plan.nodes[node_id]
    value = _number(cells["value"], node)
    if node.unit is not Unit.PERCENT:
        check_value(node.unit, value)
    return (node_id, rep_id, day), value


def _number(cell: object, node: Node) -> Fraction:
    """A cell's value read by the one number parser (a rate in percent: see `_Rates`)."""
    if blank(cell):
        raise ValidationError("missing_value")
    cell = number_text(cell)
    try:
        return _parsed(cell, node.unit, whole_only(node.unit, node.rounding))
    except ValidationError as error:
        raise ValidationError(error.code, text=cell_text(cell)) from None


@lru_cache(maxsize=4096)  # rates repeat too: each kept text is read back once
def _exact(text: str) -> Fraction:
    return Fraction(text)


@lru_cache(maxsize=4096)  # an export repeats the same figures: each is parsed once
def _parsed(text: str, unit: Unit, whole: bool) -> Fraction:
    return parse_value(text, unit, whole)


def import_file(
    session,
    path: Path | str,
    mapping: ColumnMapping,
    when: str,
    confirmed: bool = False,
    keep_for_undo: bool = True,
):
    """Read, check and load a file in one transaction, streamed (services.import_batches);
    any bad row and nothing is loaded. `keep_for_undo=False` for the command line.

    Returns the outcome and the result; raises ValidationError("import_has_errors") with the
    result's errors in `params["errors"]` when rows were refused, and
    ValidationError("import_needs_confirmation") with `params["flagged"]` when rows are dated
    after today or outside the plan's period and the user has not `confirmed` them.
    """
    header, rows = read_table(path, mapping.sheet)
    result = ImportResult()
    values = read_values(
        header, rows, mapping, session.plan, result, session.today(), session.current_period()
    )

    def refuse_bad_rows() -> None:
        if result.refused:
            raise ValidationError("import_has_errors", count=result.refused, errors=result.errors)
        if result.flagged_count and not confirmed:
            raise ValidationError(
                "import_needs_confirmation", count=result.flagged_count, flagged=result.flagged
            )

    outcome, result.loaded = load_batch(
        session,
        values,
        file_key(path),
        Path(path).name,
        when,
        after_read=refuse_bad_rows,
        keep_for_undo=keep_for_undo,
    )
    return outcome, result


def export_csv(session, path: Path | str, first: date | None = None, last: date | None = None):
    """Write the actuals as CSV (UTF-8 with BOM, for Excel) in the layout import reads back."""
    names = {node.id: node.name for node in session.plan.nodes.values()}
    reps = {rep.id: rep.name for rep in session.plan.reps}
    count = 0
    with (
        atomic_target(Path(path)) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow(["date", "kpi", "rep", "value"])
        for day, node_id, rep_id, value in session.actuals.all_rows(first, last):
            if node_id not in names:
                continue  # the KPI was deleted; its figures wait for an undo
            writer.writerow([day.isoformat(), names[node_id], reps.get(rep_id, ""), to_text(value)])
            count += 1
    return count
