"""Each KPI's actual total in a period: a frozen period's as the file kept it when it froze.

A frozen period refuses new actuals, so its totals cannot move while it stays frozen; they are
summed into the file in the transaction that freezes the period (storage.frozen_total_store)
and read here in one query, kept until the frozen periods change (closing or reopening a period
replaces `session.frozen`, which is what the cache compares). The SMART record and the trend
across periods both read every frozen period: that was a scan of each closed month's rows.
`load` reads them when the plan opens (services.plan_files), where damage is a refusal.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from weakref import WeakKeyDictionary

from kpidesk.domain.exact_sums import sum_by_key
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.actual_store import SCALE

NodeTotals = dict[int, Fraction]
_caches: WeakKeyDictionary[
    PlanSession, tuple[object, dict[int, dict[int, int]], dict[int, NodeTotals]]
] = WeakKeyDictionary()


def load(session: PlanSession) -> dict[int, dict[int, int]]:
    """Every frozen period's totals per KPI in ten-thousandths (period id -> node id -> total),
    read once until the frozen periods change. Raises StorageError "damaged" for a damaged
    kept total."""
    seen, kept, _fractions = _caches.get(session, (None, {}, {}))
    if seen is not session.frozen:
        kept = session.periods.frozen_totals_e4()
        _caches[session] = (session.frozen, kept, {})
    return kept


def node_totals(session: PlanSession, first: date, last: date) -> NodeTotals:
    """Each KPI's actuals from `first` to `last` summed over the team and every rep."""
    period_id = next((i for i, _kind, f, t in session.frozen if f == first and t == last), None)
    if period_id is None:  # open or reopened: it can still move
        totals = session.actuals.totals(first, last)
        return sum_by_key((node_id, value) for (node_id, _rep), value in totals.items())
    kept = load(session)
    fractions = _caches[session][2]
    if period_id not in fractions:
        found = kept.get(period_id, {})
        fractions[period_id] = {node: Fraction(total, SCALE) for node, total in found.items()}
    return fractions[period_id]
