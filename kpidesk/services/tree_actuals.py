"""Each KPI's actual so far this period, for the team or one rep, as the KPI tree shows it."""

from __future__ import annotations

from kpidesk.domain.derived_actuals import TreeActuals, follow_tree
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import _entered, _rep_entered, as_of_day


def actuals_so_far(session: PlanSession, rep_id: int | None = None) -> TreeActuals | None:
    """Every KPI's actual from the period's first day to today (own, rolled up or derived
    through the tree); for `rep_id`, that rep's own figures followed through the tree.
    None when the plan has no period."""
    period = session.current_period()
    if period is None:
        return None
    as_of = as_of_day(period, session.today())
    totals = session.actuals.totals(period.first_day, as_of)
    if rep_id is None:
        entered = _entered(session, period, as_of, totals, rep=None)
    else:
        entered = _rep_entered(session, (period, as_of, totals), rep_id)
    return follow_tree(session.plan, entered)
