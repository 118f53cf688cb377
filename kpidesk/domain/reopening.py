"""Reopening a closed period: which one may reopen, the reason, and closing it again.

The rule: only the most recent closed period can be reopened, one at a time, and the current
period is left as it is. Its frozen targets, plan and requirements stay as the record; only
its actuals become editable again. It is closed again as it was (the same frozen record),
and the next period cannot start while it is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kpidesk.domain.problems import ValidationError


@dataclass(frozen=True)
class Reopening:
    """One reopening of a closed period: when and why, and the day it was closed again."""

    id: int
    period_id: int
    first_day: date  # the period's days, for display; not written with the reopening
    last_day: date
    reopened_on: date
    reason: str
    closed_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


def check_reopen_reason(reason: str) -> str:
    """A reopening must say why: the record of a closed period changes."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("reopen_needs_reason")
    return reason


def open_reopening(reopenings: list[Reopening]) -> Reopening | None:
    """The period reopened now, if any."""
    return next((r for r in reopenings if r.is_open), None)


def reopenable(closed: list[tuple], reopenings: list[Reopening], first_day: date) -> tuple:
    """The closed period record (id, kind, first, last) starting on `first_day`, if the rule
    lets it reopen; otherwise refused with the reason."""
    current = open_reopening(reopenings)
    if current is not None:
        raise ValidationError("period_already_reopened", day=current.first_day)
    if not closed:
        raise ValidationError("no_closed_period")
    latest = max(closed, key=lambda record: record[2])
    if latest[2] != first_day:
        raise ValidationError("reopen_only_latest", day=latest[2])
    return latest
