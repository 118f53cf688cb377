"""Reading a KPI's dated actuals for a view, so that no widget reaches into the store."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from kpidesk.services.plan_session import PlanSession


def daily_by_rep(
    session: PlanSession, node_id: int, first: date, last: date
) -> dict[tuple[date, int], Fraction]:
    """The KPI's actuals from `first` to `last`, by (day, rep id or TEAM)."""
    return dict(session.actuals.daily_by_rep(node_id, first, last))
