"""What is left before the period changes: review, SMART, overdue actions, the next period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kpidesk.domain.periods import PeriodKind, next_period
from kpidesk.domain.reopening import open_reopening
from kpidesk.domain.review import Cadence, open_actions
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.smart_service import smart_of


class Step(StrEnum):
    REVIEW = "review"
    SMART = "smart"
    ACTIONS = "actions"
    REOPENED = "reopened"
    NEXT_PERIOD = "next_period"


@dataclass(frozen=True)
class TurnItem:
    """One thing to do at the period change; `done` when nothing is left of it."""

    step: Step
    done: bool
    names: tuple[str, ...] = ()  # the KPIs or actions concerned
    day: date | None = None  # the day it is about (period end, next period start)


def month_turn(session: PlanSession, today: date | None = None) -> list[TurnItem]:
    """The month-turn list of the current period, in the order a manager works through it."""
    today = today or session.today()
    period = session.current_period()
    if period is None:
        return [TurnItem(Step.NEXT_PERIOD, False)]
    cadence = Cadence.HALF_YEARLY if period.kind is PeriodKind.HALF else Cadence.MONTHLY
    reviewed = any(
        r.cadence is cadence and r.first_day <= period.last_day <= r.last_day
        for r in session.reviews
    )
    failing = tuple(
        node.name
        for node_id in session.plan.subtree_ids(session.plan.root.id)
        if not (node := session.plan.nodes[node_id]).is_root
        and not smart_of(session, node_id).smart
    )
    overdue = tuple(
        f"{item.action.strip()} ({_name(review, item.node_id)})"
        for review, item in open_actions(session.reviews, today)
    )
    following = next_period(period, session.plan.fiscal_start_month)
    items = [
        TurnItem(Step.REVIEW, reviewed, day=period.last_day),
        TurnItem(Step.SMART, not failing, failing),
        TurnItem(Step.ACTIONS, not overdue, overdue),
    ]
    reopened = open_reopening(session.reopenings)
    if reopened is not None:  # listed only while a closed period is open again
        items.append(TurnItem(Step.REOPENED, False, (reopened.reason,), reopened.first_day))
    return [*items, TurnItem(Step.NEXT_PERIOD, False, day=following.first_day)]


def _name(review, node_id: int) -> str:
    figures = review.figures(node_id)
    return figures.name if figures else ""
