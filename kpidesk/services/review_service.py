"""Holding a review: the snapshot of every KPI as of its date, the previous review's actions,
and the target revisions the team should see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kpidesk.domain.review import (
    ActionItem,
    Cadence,
    GapPart,
    GapRecord,
    KpiSnapshot,
    Review,
    TargetHistory,
    history_of,
    previous_review,
    review_span,
)
from kpidesk.services.attribution_service import gap_attribution
from kpidesk.services.changes import Outcome
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import PeriodProgress, period_progress
from kpidesk.services.smart_service import smart_of


def create_review(session: PlanSession, cadence: Cadence, held_on: date | None = None) -> Outcome:
    """Hold a review today (or on `held_on`): every KPI's figures are frozen into it."""
    held_on = held_on or session.today()
    first, last = review_span(cadence, held_on, session.plan.fiscal_start_month)
    period = session.current_period()
    review = Review(
        0,
        cadence,
        held_on,
        first,
        last,
        snapshot(session, held_on),
        period_start=period.first_day if period else None,
    )
    return session.add_review(review)


def snapshot(session: PlanSession, held_on: date) -> tuple[KpiSnapshot, ...]:
    """Every KPI in tree order with its target, actual and status as of `held_on`."""
    plan = session.plan
    if plan.root is None:
        return ()
    progress = period_progress(session, held_on)
    return tuple(
        _kpi_snapshot(session, node_id, progress) for node_id in plan.subtree_ids(plan.root.id)
    )


def _kpi_snapshot(session: PlanSession, node_id: int, progress: PeriodProgress | None):
    node = session.plan.nodes[node_id]
    figures = progress.nodes.get(node_id) if progress else None
    figure = figures.progress if figures else None
    return KpiSnapshot(
        node_id=node_id,
        parent_id=node.parent_id,
        name=node.name,
        unit=node.unit.value,
        unit_label=node.unit_label,
        target=session.figures[node_id].required.value,
        actual=figures.actual.value if figures else None,
        achievement=figure.achievement.value if figure else None,
        progress=figure.progress.value if figure else None,
        forecast=figure.forecast.value if figure else None,
        status=figure.status.value if figure else "unknown",
        smart=None if node.is_root else smart_of(session, node_id).smart,
        gap=_gap(session, node_id, progress),
    )


def _gap(session: PlanSession, node_id: int, progress: PeriodProgress | None):
    """The KPI's gap split by its drivers, when it has drivers and the split can be made."""
    if progress is None or not session.plan.children_of(node_id):
        return None
    split = gap_attribution(session, node_id, progress)
    if not split.ok or split.planned is None or split.actual is None:
        return None
    return GapRecord(
        planned=split.planned,
        actual=split.actual,
        parts=tuple(GapPart(p.node_id, p.name, p.amount) for p in split.parts),
        other=split.other,
        pro_rated=split.pro_rated,
        lower_is_better=split.lower_is_better,
    )


@dataclass(frozen=True)
class FollowUp:
    """An action decided in the previous review, to be marked done or not done now."""

    review: Review
    item: ActionItem
    kpi_name: str
    past_due: bool


def follow_ups(session: PlanSession, review: Review) -> list[FollowUp]:
    """The previous review's actions: the PDCA loop closes when each is checked."""
    previous = previous_review(session.reviews, review)
    if previous is None:
        return []
    return [
        FollowUp(previous, item, _name(previous, item.node_id), item.past_due(review.held_on))
        for item in previous.actions()
    ]


def _name(review: Review, node_id: int) -> str:
    figures = review.figures(node_id)
    return figures.name if figures else ""


@dataclass(frozen=True)
class RevisionLine:
    """A KPI whose target changed in the period: original plan, revisions, and the actual."""

    node_id: int
    name: str
    unit: str
    unit_label: str
    history: TargetHistory
    actual: object


def revisions_for(session: PlanSession, review: Review) -> list[RevisionLine]:
    """Target revisions of the review's period made up to its date, with the actual the
    snapshot recorded (what was known then)."""
    made = [
        r
        for r in session.revisions
        if r.period_start == review.period_start and r.day <= review.held_on
    ]
    lines = []
    for node_id in sorted({r.node_id for r in made}):
        figures = review.figures(node_id)
        if figures is None:
            continue
        history = history_of(made, node_id, review.period_start, figures.target)
        lines.append(
            RevisionLine(
                node_id, figures.name, figures.unit, figures.unit_label, history, figures.actual
            )
        )
    return lines


def latest_review(session: PlanSession) -> Review | None:
    return max(session.reviews, key=lambda r: (r.held_on, r.id), default=None)
