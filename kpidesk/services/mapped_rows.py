"""A table read through a column mapping, cell by cell: shared by the actuals and ヨミ imports."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from kpidesk.domain.column_guess import normal
from kpidesk.domain.problems import ValidationError
from kpidesk.services.table_reader import Table


@dataclass(frozen=True)
class RowError:
    """Why one row of the file cannot be imported (row numbers as a spreadsheet shows them)."""

    row: int
    code: str
    text: str = ""


def mapping_from_dict(cls, data: object, required: Sequence[str]):
    """A mapping dataclass `cls` from JSON data: only its fields, text values, `required` set."""
    if not isinstance(data, dict):
        raise ValidationError("mapping_invalid", key=type(data).__name__)
    unknown = set(data) - set(cls.__dataclass_fields__)
    if unknown:
        raise ValidationError("mapping_invalid", key=sorted(map(str, unknown))[0])
    wrong = sorted(k for k, v in data.items() if not (v is None or isinstance(v, str)))
    missing = [name for name in required if name not in data]
    if wrong or missing:
        raise ValidationError("mapping_invalid", key=(wrong or [" / ".join(required)])[0])
    return cls(**data)


def mapped_rows(
    header: list[str], rows: Iterable, mapping: object, fields: Sequence[str]
) -> Iterator[tuple[int, dict]]:
    """Each row's number and its mapped cells by field, for the `fields` the mapping names.

    `rows` is a `Table` (streamed, only the mapped columns read) or a list of cell lists;
    a column the header lacks raises ValidationError("missing_column").
    """
    columns = {f: column_index(header, getattr(mapping, f)) for f in fields if getattr(mapping, f)}
    names = list(columns)
    if isinstance(rows, Table):
        numbered = rows.rows([columns[f] for f in names])
    else:
        numbered = (
            (number, [row[columns[f]] if columns[f] < len(row) else None for f in names])
            for number, row in enumerate(rows, start=2)  # row 1 is the header
        )
    return ((number, dict(zip(names, cells, strict=True))) for number, cells in numbered)


def column_index(header: list[str], wanted: str) -> int:
    """The column named `wanted` (any case) or numbered so (1-based)."""
    if wanted.isdigit():
        index = int(wanted) - 1
        if 0 <= index < len(header):
            return index
    folded = [h.casefold() for h in header]
    if wanted.strip().casefold() in folded:
        return folded.index(wanted.strip().casefold())
    raise ValidationError("missing_column", column=wanted)


def blank(cell: object) -> bool:
    return cell is None or str(cell).strip() == ""


def cell_text(cell: object) -> str:
    """A cell as a row error quotes it: at most 40 characters."""
    text = " ".join(str(cell if cell is not None else "").split())
    return text if len(text) <= 40 else text[:40] + "…"


def number_text(cell: object) -> str:
    """A number cell as the one number parser reads it; Excel's booleans, dates and
    infinities are refused as not a number."""
    if isinstance(cell, bool):  # an Excel TRUE/FALSE cell
        raise ValidationError("not_a_number", text=str(cell).upper())
    if isinstance(cell, float):
        if not math.isfinite(cell):
            raise ValidationError("not_a_number", text=str(cell))
        return repr(cell)
    if isinstance(cell, datetime | date):
        raise ValidationError("not_a_number", text=str(cell))
    return str(cell)


def by_normal_name(by_name: dict[str, int]) -> dict[str, int]:
    return {normal_name(name): item_id for name, item_id in by_name.items()}


def normal_name(text) -> str:
    """Names match across full- and half-width forms and stray spaces."""
    return _normal_text(str(text or ""))


@lru_cache(maxsize=4096)  # the same KPI and rep names on every row
def _normal_text(text: str) -> str:
    return normal(text)
