"""Reviews (振り返り): a frozen snapshot of every KPI, causes and actions, and target revisions.

A review keeps the figures as they were on its date, so later edits never rewrite history;
only its words (cause, action, owner, due date, done) and its overall notes stay editable.
The next review of the same plan lists the previous review's actions, closing the PDCA loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from kpidesk.domain.periods import PeriodKind, period_of
from kpidesk.domain.problems import ValidationError


class Cadence(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    HALF_YEARLY = "half_yearly"


def review_span(cadence: Cadence, day: date, fiscal_start_month: int) -> tuple[date, date]:
    """The days a review of `cadence` held on `day` looks back over: the week (Monday to
    Sunday), the month, or the fiscal half holding the day."""
    if cadence is Cadence.WEEKLY:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    kind = PeriodKind.MONTH if cadence is Cadence.MONTHLY else PeriodKind.HALF
    period = period_of(kind, day, fiscal_start_month)
    return period.first_day, period.last_day


@dataclass(frozen=True)
class GapPart:
    """One bar of the gap waterfall: a driver's share of the gap (name as it was)."""

    node_id: int
    name: str
    amount: Fraction


@dataclass(frozen=True)
class GapRecord:
    """A KPI's gap split by driver as the review saw it: plan to date, the drivers' parts and
    the part no driver explains add up exactly to actual − planned."""

    planned: Fraction
    actual: Fraction
    parts: tuple[GapPart, ...]
    other: Fraction
    pro_rated: bool
    lower_is_better: bool


@dataclass(frozen=True)
class KpiSnapshot:
    """One KPI's figures as of the review's date; never changed once the review exists."""

    node_id: int
    parent_id: int | None
    name: str
    unit: str
    unit_label: str
    target: Fraction | None
    actual: Fraction | None
    achievement: Fraction | None
    progress: Fraction | None
    forecast: Fraction | None
    status: str
    smart: bool | None = None  # None for the KGI, which SMART does not judge
    gap: GapRecord | None = None  # for a KPI with drivers, when its gap could be split


@dataclass(frozen=True)
class ActionItem:
    """What the team found (要因) and decided (対策) for one KPI, who does it and by when."""

    node_id: int
    cause: str = ""
    action: str = ""
    owner: str = ""
    due: date | None = None
    done: bool = False

    @property
    def empty(self) -> bool:
        return not (self.cause.strip() or self.action.strip() or self.owner.strip() or self.due)

    def past_due(self, today: date) -> bool:
        return (
            bool(self.action.strip())
            and not self.done
            and self.due is not None
            and (self.due < today)
        )


@dataclass(frozen=True)
class Review:
    """A review held on `held_on` for the span `first_day`–`last_day`, with its snapshot."""

    id: int
    cadence: Cadence
    held_on: date
    first_day: date
    last_day: date
    snapshot: tuple[KpiSnapshot, ...]
    items: tuple[ActionItem, ...] = ()
    notes: str = ""
    period_start: date | None = None  # the plan's period the figures belong to

    def item(self, node_id: int) -> ActionItem:
        for item in self.items:
            if item.node_id == node_id:
                return item
        return ActionItem(node_id)

    def with_item(self, item: ActionItem) -> Review:
        """The review with `item` in place of the KPI's previous one (dropped when empty)."""
        others = tuple(i for i in self.items if i.node_id != item.node_id)
        kept = others if item.empty and not item.done else (*others, item)
        return replace(self, items=tuple(sorted(kept, key=lambda i: i.node_id)))

    def actions(self) -> tuple[ActionItem, ...]:
        """The items that decided something to do."""
        return tuple(i for i in self.items if i.action.strip())

    def figures(self, node_id: int) -> KpiSnapshot | None:
        for kpi in self.snapshot:
            if kpi.node_id == node_id:
                return kpi
        return None


def check_review_date(held_on: date, existing: Iterable[Review], cadence: Cadence) -> None:
    """One review per cadence and day: a second one would only split the notes."""
    if any(r.cadence is cadence and r.held_on == held_on for r in existing):
        raise ValidationError("review_exists", day=held_on)


def previous_review(reviews: Sequence[Review], review: Review) -> Review | None:
    """The review held last before this one, of any cadence: its actions are followed up."""
    earlier = [r for r in reviews if (r.held_on, r.id) < (review.held_on, review.id)]
    return max(earlier, key=lambda r: (r.held_on, r.id), default=None)


def open_actions(reviews: Sequence[Review], today: date) -> list[tuple[Review, ActionItem]]:
    """Actions not done whose due date has passed, oldest review first."""
    return [
        (review, item)
        for review in sorted(reviews, key=lambda r: (r.held_on, r.id))
        for item in review.actions()
        if item.past_due(today)
    ]


@dataclass(frozen=True)
class TargetRevision:
    """A change to a KPI's target once its period was under way: when, from what, why."""

    id: int
    node_id: int
    period_start: date
    day: date
    before: Fraction | None
    after: Fraction | None
    reason: str


@dataclass(frozen=True)
class TargetHistory:
    """The original plan, each revision in order, and where the target stands now."""

    original: Fraction | None
    revisions: tuple[TargetRevision, ...]

    @property
    def current(self) -> Fraction | None:
        return self.revisions[-1].after if self.revisions else self.original


def history_of(
    revisions: Iterable[TargetRevision], node_id: int, period_start: date, current: Fraction | None
) -> TargetHistory:
    """The KPI's target history in the period that starts on `period_start`."""
    own = sorted(
        (r for r in revisions if r.node_id == node_id and r.period_start == period_start),
        key=lambda r: (r.day, r.id),
    )
    return TargetHistory(own[0].before if own else current, tuple(own))


def check_reason(reason: str) -> str:
    """A revision must say why; the reason is what the next review reads."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("revision_needs_reason")
    return reason
