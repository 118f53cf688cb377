"""Progress of every KPI in the current period: actuals rolled up, then pace and forecast."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from kpidesk.domain.periods import Period, PeriodKind
from kpidesk.domain.problems import Figure
from kpidesk.domain.progress import (
    Kind,
    Progress,
    Schedule,
    Thresholds,
    Tracking,
    kind_of,
    progress_of,
)
from kpidesk.domain.rollup import roll_up
from kpidesk.services import clock
from kpidesk.services.business_calendar import period_business_days
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.period_store import PeriodRecord


@dataclass(frozen=True)
class NodeProgress:
    """A KPI's actual in the period and every progress figure worked out from it."""

    actual: Figure
    progress: Progress


@dataclass(frozen=True)
class PeriodProgress:
    """The progress of the whole tree, as of one day of one period."""

    period: Period
    as_of: date
    business_days: tuple[date, ...]
    nodes: dict[int, NodeProgress]
    by_rep: dict[int, dict[int, NodeProgress]]  # node → rep → progress, for split KPIs


def as_of_day(period: Period, today: date | None = None) -> date:
    """Today, kept inside the period (a closed period is seen as of its last day)."""
    today = today or clock.today()
    return min(max(today, period.first_day), period.last_day)


def period_progress(
    session: PlanSession, today: date | None = None, frozen: PeriodRecord | None = None
) -> PeriodProgress | None:
    """Progress of every KPI in the current period (or a closed one, as of its last day,
    against the requirements it had then); None when the plan has no period."""
    if frozen is not None:
        return _closed_period_progress(session, frozen)
    period = session.current_period()
    if period is None:
        return None
    plan = session.plan
    as_of = as_of_day(period, today or session.today())
    days = tuple(period_business_days(period.first_day, period.last_day, session.closed_days))
    schedule = Schedule(days, as_of)
    thresholds = Thresholds(plan.on_track_at, plan.at_risk_below)
    totals = session.actuals.totals(period.first_day, as_of)
    entered = _entered(session, period, as_of, totals, rep=None)
    actuals = roll_up(plan, entered)
    nodes = {
        node_id: _progress(
            session,
            node_id,
            actuals[node_id],
            session.figures[node_id].required,
            schedule,
            thresholds,
        )
        for node_id in actuals
    }
    by_rep = {}
    for node_id in plan.nodes:
        split = session.splits(node_id).required
        if split is None or not split.ok:
            continue
        by_rep[node_id] = {
            rep_id: _progress(
                session,
                node_id,
                _rep_actual(totals, node_id, rep_id),
                Figure.of(part),
                schedule,
                thresholds,
            )
            for rep_id, part in split.parts.items()
        }
    return PeriodProgress(period, as_of, days, nodes, by_rep)


def _closed_period_progress(session: PlanSession, record: PeriodRecord) -> PeriodProgress:
    _period_id, kind, first, last = record
    period = Period(PeriodKind(kind), first, last)
    days = tuple(period_business_days(first, last, session.closed_days))
    schedule = Schedule(days, last)
    plan = session.plan
    thresholds = Thresholds(plan.on_track_at, plan.at_risk_below)
    required = period_requirements(session, record)
    totals = session.actuals.totals(first, last)
    actuals = roll_up(plan, _entered(session, period, last, totals, rep=None))
    nodes = {
        node_id: _progress(
            session,
            node_id,
            actual,
            required.get(node_id, _figure(None)),
            schedule,
            thresholds,
        )
        for node_id, actual in actuals.items()
    }
    return PeriodProgress(period, last, days, nodes, {})


def period_requirements(session: PlanSession, record: PeriodRecord) -> dict[int, Figure]:
    """Each KPI's requirement in a closed period, as it was when the period closed."""
    return {v[0]: _figure(v[4]) for v in session.periods.values(record[0])}


def _figure(value: Fraction | None) -> Figure:
    return Figure.of(value) if value is not None else Figure.failed("missing_target")


def _entered(session, period, as_of, totals, rep) -> dict[int, Fraction]:
    """What was typed or imported for each KPI: sums for flows, the latest value for levels."""
    entered: dict[int, Fraction] = {}
    for (node_id, _rep_id), value in totals.items():
        node = session.plan.nodes.get(node_id)
        if node is None:
            continue
        if kind_of(session.plan, node_id) is Kind.FLOW:
            entered[node_id] = entered.get(node_id, Fraction(0)) + value
        else:
            latest = session.actuals.latest(node_id, period.first_day, as_of)
            if latest is not None:
                entered[node_id] = latest[1]
    return entered


def _rep_actual(totals, node_id: int, rep_id: int) -> Figure:
    value = totals.get((node_id, rep_id))
    return Figure.of(value) if value is not None else Figure.of(Fraction(0))


def _progress(session, node_id, actual: Figure, target: Figure, schedule, thresholds):
    node = session.plan.nodes[node_id]
    tracking = Tracking(
        target=target.value,
        actual=actual.value,
        kind=kind_of(session.plan, node_id),
        lower_is_better=node.lower_is_better,
        name=node.name,
    )
    return NodeProgress(actual, progress_of(schedule, tracking, thresholds))
