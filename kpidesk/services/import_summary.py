"""What an import loaded, counted for the user's confirmation: rows, values, KPIs, reps, days."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from kpidesk.domain.model import TEAM

if TYPE_CHECKING:  # actuals_file counts its loads with ImportSummary
    from kpidesk.services.actuals_file import ImportResult


@dataclass(frozen=True)
class ImportSummary:
    """Counts of an import's values; `team` says some rows had no rep (team figures)."""

    rows: int
    values: int
    kpis: int
    reps: int
    team: bool
    days: int
    first: date | None
    last: date | None


def summarize(result: ImportResult) -> ImportSummary:
    """Count the distinct KPIs, reps and days among the values `result` loads (counted as
    they streamed in, for an import that has loaded)."""
    if result.loaded is not None:
        return replace(result.loaded, rows=result.rows)
    keys = list(result.values)
    days = sorted({day for _node, _rep, day in keys})
    reps = {rep for _node, rep, _day in keys}
    return ImportSummary(
        rows=result.rows,
        values=len(keys),
        kpis=len({node for node, _rep, _day in keys}),
        reps=len(reps - {TEAM}),
        team=TEAM in reps,
        days=len(days),
        first=days[0] if days else None,
        last=days[-1] if days else None,
    )
