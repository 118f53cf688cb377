"""Actual totals of the frozen periods, read once until the frozen periods change.

A frozen period refuses new actuals, so its totals cannot move while it stays frozen; closing
or reopening a period replaces `session.frozen`, which is what the cache compares. The SMART
record and the trend across periods both read every frozen period: they now share one read
each (it was two queries over a month of rows per closed period when a plan opened).
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from weakref import WeakKeyDictionary

from kpidesk.services.plan_session import PlanSession

Totals = dict[tuple[int, int], Fraction]
_caches: WeakKeyDictionary[PlanSession, tuple[object, dict[tuple[date, date], Totals]]] = (
    WeakKeyDictionary()
)


def period_totals(session: PlanSession, first: date, last: date) -> Totals:
    """`session.actuals.totals(first, last)`, kept while that period is frozen."""
    if not any(f == first and t == last for _id, _kind, f, t in session.frozen):
        return session.actuals.totals(first, last)  # open or reopened: it can still move
    seen, found = _caches.get(session, (None, {}))
    if seen is not session.frozen:
        found = {}
        _caches[session] = (session.frozen, found)
    if (first, last) not in found:
        found[(first, last)] = session.actuals.totals(first, last)
    return found[(first, last)]
