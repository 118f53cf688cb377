"""Actual totals of the frozen periods, as the file kept them when each period froze.

A frozen period refuses new actuals, so its totals cannot move while it stays frozen; they are
summed into the file in the transaction that freezes the period (storage.frozen_total_store)
and read here in one query, kept until the frozen periods change (closing or reopening a period
replaces `session.frozen`, which is what the cache compares). The SMART record and the trend
across periods both read every frozen period: that was a scan of each closed month's rows.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from weakref import WeakKeyDictionary

from kpidesk.services.plan_session import PlanSession

Totals = dict[tuple[int, int], Fraction]
_caches: WeakKeyDictionary[PlanSession, tuple[object, dict[int, Totals]]] = WeakKeyDictionary()


def period_totals(session: PlanSession, first: date, last: date) -> Totals:
    """`session.actuals.totals(first, last)`; a frozen period's as kept in the file."""
    period_id = next((i for i, _kind, f, t in session.frozen if f == first and t == last), None)
    if period_id is None:
        return session.actuals.totals(first, last)  # open or reopened: it can still move
    seen, kept = _caches.get(session, (None, {}))
    if seen is not session.frozen:
        kept = session.periods.frozen_totals()
        _caches[session] = (session.frozen, kept)
    return kept.get(period_id, {})
