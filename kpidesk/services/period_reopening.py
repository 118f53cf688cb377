"""Reopen the most recent closed period with a reason, and close it again as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

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


def reopenings_of(reopenings: list[Reopening], first_day: date) -> list[Reopening]:
    """The reopenings of the period starting on `first_day`, oldest first."""
    return [r for r in reopenings if r.first_day == first_day]
