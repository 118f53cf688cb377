"""The import dialog's preview of a file, read once in memory that does not grow with its rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from kpidesk.domain.model import TEAM, Plan
from kpidesk.domain.periods import Period
from kpidesk.services.actuals_file import ColumnMapping, ImportResult, read_values
from kpidesk.services.import_summary import ImportSummary
from kpidesk.storage.actual_store import ActualKey
from kpidesk.storage.scratch_keys import ScratchKeys

SHOWN_VALUES = 20


@dataclass
class ImportPreview(ImportResult):
    """An ImportResult that keeps only the first `SHOWN_VALUES` keys' values (each summed over
    the whole file, in the order the keys first appear) and counts the rest in `counted`."""

    shown: dict[ActualKey, Fraction] = field(default_factory=dict)
    counted: ImportSummary = field(
        default_factory=lambda: ImportSummary(0, 0, 0, 0, False, 0, None, None)
    )


def preview(
    header: list[str],
    rows: Iterable,
    mapping: ColumnMapping,
    plan: Plan,
    today: date | None = None,
    period: Period | None = None,
    shown: int = SHOWN_VALUES,
) -> ImportPreview:
    """The file read as `actuals_file.interpret` reads it (same rows, errors, flags and rate
    reading), streamed once; the distinct keys are counted in a scratch database.

    Raises ValidationError when nothing can be read with these columns.
    """
    result = ImportPreview()
    keys = ScratchKeys()
    nodes: set[int] = set()
    reps: set[int] = set()
    days: set[date] = set()
    try:
        for key, value in read_values(header, rows, mapping, plan, result, today, period):
            node_id, rep_id, day = key
            if key in result.shown:
                result.shown[key] += value
            elif len(result.shown) < shown:
                result.shown[key] = value
            keys.add((node_id, rep_id, day.toordinal()))
            nodes.add(node_id)
            reps.add(rep_id)
            days.add(day)
        values = keys.count()
    finally:
        keys.close()
    result.counted = ImportSummary(
        result.rows,
        values,
        len(nodes),
        len(reps - {TEAM}),
        TEAM in reps,
        len(days),
        min(days, default=None),
        max(days, default=None),
    )
    return result
