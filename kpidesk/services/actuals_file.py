"""Actuals from a CRM export (CSV or Excel): column mapping, preview, per-row errors."""

from __future__ import annotations

import csv
import hashlib
import io
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from fractions import Fraction
from pathlib import Path

from kpidesk.domain.model import Plan, Unit
from kpidesk.domain.numbers import parse_number, to_text
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.validation import check_value
from kpidesk.storage.actual_store import TEAM, to_stored
from kpidesk.storage.plan_file import atomic_target

ENCODINGS = ("utf-8-sig", "cp932")  # Japanese CRM exports are often Shift_JIS (CP932)
EXCEL_EPOCH = date(1899, 12, 30)
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d")


@dataclass(frozen=True)
class ColumnMapping:
    """Which column holds what; columns by header name (any case) or 1-based number."""

    date: str
    value: str
    kpi: str | None = None  # the column of KPI names; or…
    fixed_kpi: str | None = None  # …one KPI for the whole file, by name
    rep: str | None = None  # no rep column: team figures
    sheet: str | None = None  # for Excel: the sheet's name (the first one by default)

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict) -> ColumnMapping:
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValidationError("mapping_invalid", key=sorted(unknown)[0])
        return cls(**data)


@dataclass(frozen=True)
class RowError:
    """Why one row of the file cannot be imported (row numbers as a spreadsheet shows them)."""

    row: int
    code: str
    text: str = ""


@dataclass
class ImportResult:
    """The values to import by (node, rep or TEAM, day), summed per key, and the bad rows."""

    values: dict[tuple[int, int, date], Fraction] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0


def file_key(path: Path | str) -> str:
    """The file's content hash: the same export imported twice is recognised."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_table(path: Path | str, sheet: str | None = None) -> tuple[list[str], list[list]]:
    """The header and the rows of a .csv/.tsv/.txt or .xlsx file."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file_unreadable", file=str(path))
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        rows = _read_csv(path.read_bytes())
    elif suffix in (".xlsx", ".xlsm"):
        rows = _read_xlsx(path, sheet)
    else:
        raise ValidationError("unsupported_file", suffix=suffix or path.name)
    rows = [row for row in rows if any(str(cell).strip() for cell in row if cell is not None)]
    if not rows:
        raise ValidationError("empty_file", file=path.name)
    return [str(cell or "").strip() for cell in rows[0]], rows[1:]


def _read_csv(data: bytes) -> list[list]:
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError("unknown_encoding")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _read_xlsx(path: Path, sheet: str | None) -> list[list]:
    from openpyxl import load_workbook  # only for Excel files

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise ValidationError("file_unreadable", file=path.name) from error
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ValidationError("unknown_sheet", sheet=sheet)
        worksheet = book[sheet] if sheet else book.worksheets[0]
        return [list(row) for row in worksheet.iter_rows(values_only=True)]
    finally:
        book.close()


def interpret(
    header: list[str], rows: list[list], mapping: ColumnMapping, plan: Plan
) -> ImportResult:
    """Turn rows into values; every bad row is reported and none of its values kept."""
    columns = {
        name: _column(header, getattr(mapping, name))
        for name in ("date", "value", "kpi", "rep")
        if getattr(mapping, name)
    }
    kpis = _names({n.name: n.id for n in plan.nodes.values()})
    reps = _names({r.name: r.id for r in plan.reps})
    active = {r.id for r in plan.reps if r.active}
    fixed = None
    if mapping.fixed_kpi is not None:
        fixed = kpis.get(_normal(mapping.fixed_kpi))
        if fixed is None:
            raise ValidationError("unknown_kpi_name", name=mapping.fixed_kpi)
    elif "kpi" not in columns:
        raise ValidationError("mapping_needs_kpi")
    result = ImportResult(rows=len(rows))
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        try:
            key, value = _row(row, columns, kpis, reps, active, fixed, plan)
        except ValidationError as error:
            result.errors.append(RowError(number, error.code, str(error.params.get("text", ""))))
            continue
        result.values[key] = result.values.get(key, Fraction(0)) + value
    return result


def _row(row, columns, kpis, reps, active, fixed, plan):
    day = _date(_cell(row, columns["date"]))
    node_id = fixed if fixed is not None else kpis.get(_normal(_cell(row, columns["kpi"])))
    if node_id is None:
        raise ValidationError("unknown_kpi_name", text=str(_cell(row, columns["kpi"])))
    rep_id = TEAM
    if "rep" in columns and str(_cell(row, columns["rep"]) or "").strip():
        rep_name = _cell(row, columns["rep"])
        rep_id = reps.get(_normal(rep_name))
        if rep_id is None:
            raise ValidationError("unknown_rep_name", text=str(rep_name))
        if rep_id not in active:
            raise ValidationError("inactive_rep", text=str(rep_name))
    node = plan.nodes[node_id]
    value = _number(_cell(row, columns["value"]), node.unit)
    check_value(node.unit, value)
    to_stored(value)
    return (node_id, rep_id, day), value


def _column(header: list[str], wanted: str) -> int:
    if wanted.isdigit():
        index = int(wanted) - 1
        if 0 <= index < len(header):
            return index
    folded = [h.casefold() for h in header]
    if wanted.strip().casefold() in folded:
        return folded.index(wanted.strip().casefold())
    raise ValidationError("missing_column", column=wanted)


def _cell(row: list, index: int):
    return row[index] if index < len(row) else None


def _names(by_name: dict[str, int]) -> dict[str, int]:
    return {_normal(name): node_id for name, node_id in by_name.items()}


def _normal(text) -> str:
    """Names match across full- and half-width forms and stray spaces."""
    return " ".join(unicodedata.normalize("NFKC", str(text or "")).split()).casefold()


def _date(cell) -> date:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int | float) and 20_000 < cell < 80_000:  # an Excel serial day
        return EXCEL_EPOCH + timedelta(days=int(cell))
    text = unicodedata.normalize("NFKC", str(cell or "")).strip()
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError("bad_date", text=text)


def _number(cell, unit: Unit) -> Fraction:
    if cell is None or str(cell).strip() == "":
        raise ValidationError("missing_value")
    if isinstance(cell, int | float):
        value = Fraction(str(cell))
    else:
        text = str(cell)
        value = parse_number(text)
        if unit is Unit.PERCENT and ("%" in text or "％" in text or value > 1):
            return value / 100  # "20%" and "20" both mean 20 % in a rate column
        return value
    if unit is Unit.PERCENT and value > 1:
        return value / 100
    return value


def import_file(session, path: Path | str, mapping: ColumnMapping, when: str):
    """Read, check and load a file in one transaction; any bad row and nothing is loaded.

    Returns the outcome and the result; raises ValidationError("import_has_errors") with the
    result's errors in `params["errors"]` when rows were refused.
    """
    header, rows = read_table(path, mapping.sheet)
    result = interpret(header, rows, mapping, session.plan)
    if result.errors:
        raise ValidationError("import_has_errors", count=len(result.errors), errors=result.errors)
    outcome = session.import_actuals(result.values, file_key(path), Path(path).name, when)
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
