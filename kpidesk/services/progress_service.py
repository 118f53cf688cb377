"""Progress of every KPI in the current period: actuals rolled up, then pace and forecast."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import partial

from kpidesk.domain.derived_actuals import Derivation, TreeActuals, follow_tree
from kpidesk.domain.exact_sums import sum_by_key
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
from kpidesk.services import clock
from kpidesk.services.business_calendar import period_business_days
from kpidesk.services.frozen_totals import node_totals
from kpidesk.services.lazy_figures import LazyMap
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.period_store import PeriodRecord


@dataclass(frozen=True)
class NodeProgress:
    """A KPI's actual in the period and every progress figure worked out from it."""

    actual: Figure
    progress: Progress
    derived: Derivation | None = None  # how the actual was worked out, when it is not its own


@dataclass(frozen=True)
class PeriodProgress:
    """The progress of the whole tree, as of one day of one period."""

    period: Period
    as_of: date
    business_days: tuple[date, ...]
    nodes: Mapping[int, NodeProgress]  # worked out per KPI when first asked for
    by_rep: Mapping[int, Mapping[int, NodeProgress]]  # node → rep → progress, for split KPIs


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
    tree = follow_tree(plan, entered)
    nodes = LazyMap(
        tree.figures,
        lambda node_id: _progress(
            session,
            node_id,
            tree.figures[node_id],
            session.figures[node_id].required,
            schedule,
            thresholds,
            tree.derived.get(node_id),
        ),
    )
    rep_trees: dict[int, TreeActuals] = {}

    def split_parts(node_id: int) -> dict[int, Fraction]:
        """Each rep's share of the KPI; none when it is not split (or cannot be)."""
        split = session.splits(node_id).required
        return (split.parts or {}) if split is not None and split.ok else {}

    def rep_progress(node_id: int, rep_id: int) -> NodeProgress:
        part = split_parts(node_id)[rep_id]
        actual, how = _rep_actual(session, (period, as_of, totals), node_id, rep_id, rep_trees)
        return _progress(session, node_id, actual, Figure.of(part), schedule, thresholds, how)

    by_rep = LazyMap(
        lambda: [node_id for node_id in plan.nodes if _is_split(session, node_id)],
        lambda node_id: LazyMap(split_parts(node_id), partial(rep_progress, node_id)),
    )
    return PeriodProgress(period, as_of, days, nodes, by_rep)


def _is_split(session: PlanSession, node_id: int) -> bool:
    split = session.splits(node_id).required
    return split is not None and split.ok


def _closed_period_progress(session: PlanSession, record: PeriodRecord) -> PeriodProgress:
    _period_id, kind, first, last = record
    period = Period(PeriodKind(kind), first, last)
    days = tuple(period_business_days(first, last, session.closed_days))
    schedule = Schedule(days, last)
    plan = session.plan
    thresholds = Thresholds(plan.on_track_at, plan.at_risk_below)
    required = period_requirements(session, record)
    tree = closed_period_actuals(session, record)
    nodes = {
        node_id: _progress(
            session,
            node_id,
            actual,
            required.get(node_id, _figure(None)),
            schedule,
            thresholds,
            tree.derived.get(node_id),
        )
        for node_id, actual in tree.figures.items()
    }
    return PeriodProgress(period, last, days, nodes, {})


def closed_period_actuals(session: PlanSession, record: PeriodRecord) -> TreeActuals:
    """Each KPI's actual in a closed period as of its last day (recorded, or derived through
    the tree), without judging its progress (the trend across periods needs only this)."""
    _period_id, kind, first, last = record
    period = Period(PeriodKind(kind), first, last)
    totals = {(node_id, 0): total for node_id, total in node_totals(session, first, last).items()}
    return follow_tree(session.plan, _entered(session, period, last, totals, rep=None))


def period_requirements(session: PlanSession, record: PeriodRecord) -> dict[int, Figure]:
    """Each KPI's requirement in a closed period, as it was when the period closed."""
    return {v[0]: _figure(v[4]) for v in session.periods.values(record[0])}


def _figure(value: Fraction | None) -> Figure:
    return Figure.of(value) if value is not None else Figure.failed("missing_target")


def _entered(session, period, as_of, totals, rep) -> dict[int, Fraction]:
    """What was typed or imported for each KPI: sums for flows, the latest value for levels."""
    entered: dict[int, Fraction] = {}
    for node_id, summed in sum_by_key((n, value) for (n, _rep), value in totals.items()).items():
        if node_id not in session.plan.nodes:
            continue
        if kind_of(session.plan, node_id) is Kind.FLOW:
            entered[node_id] = summed
        else:
            latest = session.actuals.latest(node_id, period.first_day, as_of)
            if latest is not None:
                entered[node_id] = latest[1]
    return entered


def _rep_actual(session, recorded, node_id, rep_id, rep_trees: dict[int, TreeActuals]):
    """A rep's actual of a split KPI and how it was derived: their own figures, else worked
    out from their other KPIs through the tree (their close rate from their deals and
    prospects), else 0."""
    value = recorded[2].get((node_id, rep_id))
    if value is not None:
        return Figure.of(value), None
    if rep_id not in rep_trees:
        rep_trees[rep_id] = follow_tree(session.plan, _rep_entered(session, recorded, rep_id))
    tree = rep_trees[rep_id]
    if tree.figures[node_id].ok and node_id in tree.derived:
        return tree.figures[node_id], tree.derived[node_id]
    return Figure.of(Fraction(0)), None


def _rep_entered(session, recorded, rep_id: int) -> dict[int, Fraction]:
    """What was recorded for one rep: sums for flows, the latest value for levels."""
    period, as_of, totals = recorded
    entered = {}
    for (node_id, rep), value in totals.items():
        if rep != rep_id or node_id not in session.plan.nodes:
            continue
        if kind_of(session.plan, node_id) is Kind.FLOW:
            entered[node_id] = value
        else:
            daily = session.actuals.daily(node_id, period.first_day, as_of, rep_id)
            entered[node_id] = daily[max(daily)]
    return entered


def _progress(session, node_id, actual: Figure, target: Figure, schedule, thresholds, how=None):
    node = session.plan.nodes[node_id]
    tracking = Tracking(
        target=target.value,
        actual=actual.value,
        kind=kind_of(session.plan, node_id),
        lower_is_better=node.lower_is_better,
        name=node.name,
    )
    return NodeProgress(actual, progress_of(schedule, tracking, thresholds), how)
