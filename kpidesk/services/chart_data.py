"""The series each progress chart is given, built from the plan, its actuals and progress."""

from __future__ import annotations

from fractions import Fraction

from kpidesk.domain.chart_series import (
    AchievementBars,
    Bar,
    CumulativeSeries,
    FunnelSeries,
    PeriodPoint,
    RepBar,
    RepComparison,
    Stage,
    TrendSeries,
)
from kpidesk.domain.model import Unit
from kpidesk.domain.progress import Kind, Schedule, cumulative, forecast_line, kind_of, pace_line
from kpidesk.services.closed_progress import (
    closed_period_actuals_kept,
    closed_period_requirements,
)
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import PeriodProgress
from kpidesk.services.yomi_service import yomi_bands


def cumulative_chart(
    session: PlanSession, progress: PeriodProgress, node_id: int, rep_id: int | None = None
):
    """One KPI's cumulative actual by business day, against its pace, forecast and target;
    with `rep_id`, that rep's actual against that rep's share."""
    node = session.plan.nodes[node_id]
    days = progress.business_days
    figures = progress.nodes[node_id]
    target = session.figures[node_id].required.value
    if rep_id is not None:
        split = session.splits(node_id).required
        target = split.parts.get(rep_id) if split is not None and split.ok else None
        figures = progress.by_rep.get(node_id, {}).get(rep_id)
    if kind_of(session.plan, node_id) is Kind.LEVEL or figures is None:  # no cumulative line
        return CumulativeSeries(
            node.name, node.unit, node.unit_label, (), (), (), (), target, progress.as_of
        )
    daily = session.actuals.daily(node_id, progress.period.first_day, progress.as_of, rep_id)
    to_date = dict(cumulative(daily, [d for d in days if d <= progress.as_of]))
    pace = dict(pace_line(target, days)) if target is not None else {}
    actual = figures.actual.value
    forecast = ()
    if actual is not None and to_date:
        forecast = tuple(forecast_line(actual, Schedule(days, progress.as_of)))
    revisions, original = _revisions(session, progress, node_id, target, rep_id)
    return CumulativeSeries(
        kpi=node.name,
        unit=node.unit,
        unit_label=node.unit_label,
        days=tuple(days),
        actual=tuple(to_date.get(day) for day in days),
        pace=tuple(pace.get(day, Fraction(0)) for day in days),
        forecast=forecast,
        target=target,
        as_of=progress.as_of,
        revisions=revisions,
        original=original,
        bands=yomi_bands(session, progress, node_id, rep_id),
    )


def has_actuals(session: PlanSession, progress: PeriodProgress, node_id: int) -> bool:
    """Whether the KPI has a value other than 0 entered in the period so far: without one its
    cumulative line would lie at 0 (one query, where the whole series takes dozens)."""
    daily = session.actuals.daily(node_id, progress.period.first_day, progress.as_of)
    return any(daily.values())


def _revisions(session: PlanSession, progress: PeriodProgress, node_id, target, rep_id):
    """The KPI's target revisions in this period, when its line is its own target (a KPI
    solved from its parent follows the parent instead, and a rep's share has no history)."""
    history = session.target_history(node_id)
    current = session.current_period()
    if (
        rep_id is not None
        or history is None
        or not history.revisions
        or current is None
        or current.first_day != progress.period.first_day
        or history.current != target
    ):
        return (), None
    return tuple((r.day, r.after) for r in history.revisions), history.original


def achievement_chart(session: PlanSession, progress: PeriodProgress) -> AchievementBars:
    """Achievement of every KPI, in tree order, with its status."""
    plan = session.plan
    order = plan.subtree_ids(plan.root.id) if plan.root else []
    return AchievementBars(
        tuple(
            Bar(
                plan.nodes[n].name,
                progress.nodes[n].progress.achievement.value,
                progress.nodes[n].progress.status.value,
                progress.nodes[n].derived,
            )
            for n in order
        )
    )


def rep_chart(session: PlanSession, progress: PeriodProgress, node_id: int) -> RepComparison:
    """Each rep's actual against their share, for a KPI split across the team."""
    node = session.plan.nodes[node_id]
    names = {rep.id: rep.name for rep in session.plan.reps}
    split = session.splits(node_id).required
    by_rep = progress.by_rep.get(node_id, {})
    items = tuple(
        RepBar(names[rep_id], by_rep[rep_id].actual.value, part)
        for rep_id, part in (split.parts.items() if split is not None and split.ok else ())
        if rep_id in by_rep
    )
    return RepComparison(node.name, node.unit, node.unit_label, items)


def funnel_chart(session: PlanSession, progress: PeriodProgress, node_id: int) -> FunnelSeries:
    """The counted stages the KPI belongs to, widest first, by actual (own or derived).

    The funnel is the chain of counts through the KPI: up through counted parents, down
    through each stage's first counted child. Selecting money above it (revenue) or a rate
    beside it (close rate) shows the same funnel; stages without an actual are left out.
    """
    plan = session.plan
    top = _funnel_top(plan, node_id)
    if top is None:
        return FunnelSeries()
    chain = [top]
    while counted := [c for c in plan.children_of(chain[-1]) if c.unit is Unit.COUNT]:
        chain.append(counted[0].id)
    stages, previous = [], None
    for stage_id in reversed(chain):
        value = progress.nodes[stage_id].actual.value
        if value is None:
            continue
        rate = value / previous if previous else None
        node = plan.nodes[stage_id]
        how = progress.nodes[stage_id].derived
        stages.append(Stage(node.name, value, rate, node.unit, node.unit_label, how))
        previous = value
    return FunnelSeries(tuple(stages) if len(stages) > 1 else ())


def _funnel_top(plan, node_id: int) -> int | None:
    """The widest counted stage of the funnel through the KPI, or None when it is in none."""
    node = plan.nodes[node_id]
    if node.unit is not Unit.COUNT:
        counted = [c for c in plan.children_of(node_id) if c.unit is Unit.COUNT]
        parent = plan.nodes.get(node.parent_id)
        if counted:
            node = counted[0]
        elif parent is not None and parent.unit is Unit.COUNT:
            node = parent
        else:
            return None
    while (parent := plan.nodes.get(node.parent_id)) is not None and parent.unit is Unit.COUNT:
        node = parent
    return node.id


def trend_chart(session: PlanSession, progress: PeriodProgress, node_id: int) -> TrendSeries:
    """The KPI's requirement and actual in each closed period (a reopened one too, with its
    actuals as they stand), then the current one."""
    node = session.plan.nodes[node_id]
    points = []
    for record in session.periods.closed_periods():
        figure = closed_period_actuals_kept(session, record).figures.get(node_id)
        required = closed_period_requirements(session, record).get(node_id)
        actual = figure.value if figure is not None else None
        points.append(PeriodPoint(record[2].strftime("%Y-%m"), required, actual))
    current = progress.nodes[node_id]
    points.append(
        PeriodPoint(
            progress.period.first_day.strftime("%Y-%m"),
            session.figures[node_id].required.value,
            current.actual.value,
        )
    )
    return TrendSeries(node.name, node.unit, node.unit_label, tuple(points))
