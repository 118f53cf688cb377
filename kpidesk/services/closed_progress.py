"""Actuals of the closed periods, worked out once per plan state instead of on every selection.

A frozen period's requirements and actuals cannot change, so its figures move only when the
plan (its tree, units, thresholds), the closed days or the set of frozen periods does: each of
those replaces its object in the session, which is what the cache compares. A reopened period
takes actuals again, so it is always worked out afresh.
"""

from __future__ import annotations

from fractions import Fraction
from weakref import WeakKeyDictionary

from kpidesk.domain.derived_actuals import TreeActuals
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import closed_period_actuals
from kpidesk.storage.period_store import PeriodRecord

_caches: WeakKeyDictionary[PlanSession, _ClosedProgress] = WeakKeyDictionary()


class _ClosedProgress:
    def __init__(self) -> None:
        self.seen: tuple[object, ...] = (None, None, None)
        self.actuals: dict[int, TreeActuals] = {}
        self.required: dict[int, dict[int, Fraction | None]] = {}


def closed_period_actuals_kept(session: PlanSession, record: PeriodRecord) -> TreeActuals:
    """Each KPI's actual in a closed period (`progress_service.closed_period_actuals`)."""
    cache = _fresh_cache(session)
    period_id = record[0]
    if not any(frozen[0] == period_id for frozen in session.frozen):
        return closed_period_actuals(session, record)  # reopened: its actuals may move
    found = cache.actuals.get(period_id)
    if found is None:
        found = cache.actuals[period_id] = closed_period_actuals(session, record)
    return found


def closed_period_requirements(
    session: PlanSession, record: PeriodRecord
) -> dict[int, Fraction | None]:
    """Each KPI's requirement in a closed period, as it was when the period closed."""
    cache = _fresh_cache(session)
    found = cache.required.get(record[0])
    if found is None:
        found = {v[0]: v[4] for v in session.periods.values(record[0])}
        cache.required[record[0]] = found
    return found


def _fresh_cache(session: PlanSession) -> _ClosedProgress:
    cache = _caches.get(session)
    state = (session.plan, session.frozen, session.closed_days)
    if cache is None or any(a is not b for a, b in zip(state, cache.seen, strict=True)):
        cache = _caches[session] = _ClosedProgress()
        cache.seen = state
    return cache
