"""The SMART assessment of every KPI, with its record of past periods for Achievable."""

from __future__ import annotations

from fractions import Fraction

from kpidesk.domain.progress import Kind, kind_of
from kpidesk.domain.smart import Assessment, SmartRecord, assess
from kpidesk.services.plan_session import PlanSession


def past_actuals(session: PlanSession, node_id: int) -> tuple[Fraction, ...]:
    """The KPI's total actual in each closed period (its latest value for a level)."""
    flow = kind_of(session.plan, node_id) is Kind.FLOW
    values = []
    for _id, _kind, first, last in session.frozen:
        if flow:
            totals = session.actuals.totals(first, last)
            total = sum((v for (n, _r), v in totals.items() if n == node_id), Fraction(0))
            if any(n == node_id for n, _r in totals):
                values.append(total)
        else:
            latest = session.actuals.latest(node_id, first, last)
            if latest is not None:
                values.append(latest[1])
    return tuple(values)


def smart_of(session: PlanSession, node_id: int) -> Assessment:
    record = session.plan.smart.get(node_id, SmartRecord())
    required = session.figures[node_id].required.value
    return assess(session.plan, node_id, record.facts(past_actuals(session, node_id)), required)


def smart_summary(session: PlanSession) -> tuple[int, int]:
    """(KPIs that are SMART, KPIs in all), the KGI not counted."""
    kpis = [n for n in session.plan.nodes.values() if not n.is_root]
    return sum(1 for n in kpis if smart_of(session, n.id).smart), len(kpis)
