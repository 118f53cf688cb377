"""The SMART assessment of every KPI, with its record of past periods for Achievable.

`smart_cache(session)` keeps each KPI's assessment until the plan changes, so the tree's badges,
the plan summary, reports and lists can ask for every KPI as often as they like.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from fractions import Fraction
from weakref import WeakKeyDictionary

from kpidesk.domain.model import Plan
from kpidesk.domain.progress import Kind, kind_of
from kpidesk.domain.smart import Assessment, SmartRecord, assess
from kpidesk.services.plan_session import PlanSession

Totals = Callable[[date, date], dict[int, Fraction]]
Latest = Callable[[int, date, date], Fraction | None]


def past_actuals(session: PlanSession, node_id: int) -> tuple[Fraction, ...]:
    """The KPI's total actual in each closed period (its latest value for a level)."""
    return _past_actuals(
        session.plan,
        node_id,
        session.frozen,
        lambda first, last: _by_node(session.actuals.totals(first, last)),
        lambda node, first, last: _latest_value(session, node, first, last),
    )


def smart_of(session: PlanSession, node_id: int) -> Assessment:
    return smart_cache(session).assessment(node_id)


def smart_summary(session: PlanSession) -> tuple[int, int]:
    """(KPIs that are SMART, KPIs in all), the KGI not counted."""
    return smart_cache(session).summary()


_caches: WeakKeyDictionary[PlanSession, SmartCache] = WeakKeyDictionary()


def smart_cache(session: PlanSession) -> SmartCache:
    """The one cache of this session's SMART assessments (made when first asked for)."""
    cache = _caches.get(session)
    if cache is None:
        cache = _caches[session] = SmartCache(session)
    return cache


class SmartCache:
    """Every KPI's SMART assessment for one session, computed once until the plan changes.

    It needs no telling when to forget: every committed edit that can move an assessment
    replaces `session.plan` or `session.figures` (fields, requirements, SMART records, the
    period), and closing or reopening a period replaces `session.frozen`. Actuals of the open
    period do not count for SMART, and a closed period refuses new actuals, so the closed
    periods' sums (one query per period, not one per KPI) stay valid until `frozen` changes.
    """

    def __init__(self, session: PlanSession) -> None:
        self.session = session
        self._seen: tuple[object, object] | None = None
        self._assessments: dict[int, Assessment] = {}
        self._frozen_seen: object = None
        self._totals: dict[tuple[date, date], dict[int, Fraction]] = {}
        self._latest: dict[tuple[int, date, date], Fraction | None] = {}

    def assessment(self, node_id: int) -> Assessment:
        """One KPI's assessment (the KGI's too, though the summary leaves it out)."""
        self._check_fresh()
        found = self._assessments.get(node_id)
        if found is None:
            found = self._assessments[node_id] = self._assess(node_id)
        return found

    def assessments(self) -> dict[int, Assessment]:
        """Every KPI's assessment by node id, in tree order, the KGI left out."""
        plan = self.session.plan
        root = plan.root
        if root is None:
            return {}
        return {i: self.assessment(i) for i in plan.subtree_ids(root.id) if i != root.id}

    def failing(self) -> list[int]:
        """The KPIs that are not SMART, in tree order."""
        return [i for i, found in self.assessments().items() if not found.smart]

    def summary(self) -> tuple[int, int]:
        """(KPIs that are SMART, KPIs in all), the KGI not counted."""
        found = self.assessments()
        return sum(1 for a in found.values() if a.smart), len(found)

    def _assess(self, node_id: int) -> Assessment:
        session = self.session
        record = session.plan.smart.get(node_id, SmartRecord())
        past = _past_actuals(
            session.plan, node_id, session.frozen, self._period_totals, self._latest_value
        )
        required = session.figures[node_id].required.value
        return assess(session.plan, node_id, record.facts(past), required)

    def _check_fresh(self) -> None:
        session = self.session
        if self._frozen_seen is not session.frozen:
            self._frozen_seen = session.frozen
            self._totals.clear()
            self._latest.clear()
            self._assessments.clear()
        seen = (session.plan, session.figures)
        if self._seen is None or any(a is not b for a, b in zip(seen, self._seen, strict=True)):
            self._seen = seen
            self._assessments.clear()

    def _period_totals(self, first: date, last: date) -> dict[int, Fraction]:
        key = (first, last)
        if key not in self._totals:
            self._totals[key] = _by_node(self.session.actuals.totals(first, last))
        return self._totals[key]

    def _latest_value(self, node_id: int, first: date, last: date) -> Fraction | None:
        key = (node_id, first, last)
        if key not in self._latest:
            self._latest[key] = _latest_value(self.session, node_id, first, last)
        return self._latest[key]


def _past_actuals(
    plan: Plan, node_id: int, frozen, totals: Totals, latest: Latest
) -> tuple[Fraction, ...]:
    flow = kind_of(plan, node_id) is Kind.FLOW
    values = []
    for _id, _kind, first, last in frozen:
        value = totals(first, last).get(node_id) if flow else latest(node_id, first, last)
        if value is not None:
            values.append(value)
    return tuple(values)


def _by_node(totals: dict[tuple[int, int], Fraction]) -> dict[int, Fraction]:
    """Per-(node, rep) sums added up per node; a node with no row is absent."""
    summed: dict[int, Fraction] = {}
    for (node_id, _rep), value in totals.items():
        summed[node_id] = summed.get(node_id, Fraction(0)) + value
    return summed


def _latest_value(session: PlanSession, node_id: int, first: date, last: date):
    found = session.actuals.latest(node_id, first, last)
    return None if found is None else found[1]
