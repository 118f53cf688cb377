"""Reopen the most recent closed period with a reason, and close it again as it was."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from kpidesk.domain.periods import Period, PeriodKind
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.reopening import (
    Reopening,
    check_reopen_reason,
    open_reopening,
    reopenable,
)
from kpidesk.services.changes import Edit, ReopenEdit

if TYPE_CHECKING:
    from kpidesk.services.plan_session import PlanSession


def reopen_edits(session: PlanSession, first_day: date, reason: str) -> list[Edit]:
    """The edit that reopens the closed period starting on `first_day`, dated today."""
    _id, _kind, first, last = reopenable(session.frozen, session.reopenings, first_day)
    reopening = Reopening(
        session.periods.next_reopening_id(),
        _id,
        first,
        last,
        session.today(),
        check_reopen_reason(reason),
    )
    return [ReopenEdit(None, reopening)]


def close_again_edits(session: PlanSession) -> list[Edit]:
    """The edit that closes the reopened period again today, with its frozen record as it was."""
    current = open_reopening(session.reopenings)
    if current is None:
        raise ValidationError("no_reopened_period")
    return [ReopenEdit(current, replace(current, closed_on=session.today()))]


def check_nothing_reopened(reopenings: list[Reopening]) -> None:
    """The next period waits until a reopened period is closed again."""
    current = open_reopening(reopenings)
    if current is not None:
        raise ValidationError("close_reopened_first", day=current.first_day)


def check_not_closed(closed: list[tuple], first_day: date) -> None:
    """A period is closed once: Set Period can point the plan back at a closed one."""
    if any(record[2] == first_day for record in closed):
        raise ValidationError("period_already_closed", day=first_day)


@dataclass(frozen=True)
class ClosedPeriod:
    """A period that was closed, with every time it was reopened (and closed again)."""

    period_id: int
    period: Period
    reopenings: tuple[Reopening, ...]

    @property
    def is_reopened(self) -> bool:
        return any(r.is_open for r in self.reopenings)


def period_history(session: PlanSession) -> list[ClosedPeriod]:
    """Every closed period, the most recent first, with its reopenings oldest first."""
    return [
        ClosedPeriod(
            period_id,
            Period(PeriodKind(kind), first, last),
            tuple(r for r in session.reopenings if r.period_id == period_id),
        )
        for period_id, kind, first, last in reversed(session.periods.closed_periods())
    ]
