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
from kpidesk.domain.smart import Assessment, PastRecord, SmartRecord, assess
from kpidesk.services import frozen_totals
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.actual_store import SCALE

Totals = Callable[[date, date], dict[int, Fraction]]
Latest = Callable[[int, date, date], Fraction | None]


def past_actuals(session: PlanSession, node_id: int) -> tuple[Fraction, ...]:
    """The KPI's total actual in each closed period (its latest value for a level), read
    afresh; `SmartCache` reads each closed period once for every KPI instead."""

    def totals(first: date, last: date) -> dict[int, Fraction]:
        found = [v for (n, _r), v in session.actuals.totals(first, last).items() if n == node_id]
        return {node_id: sum(found, Fraction(0))} if found else {}

    return _past_actuals(
        session.plan,
        node_id,
        session.frozen,
        totals,
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
    After a change, a KPI is assessed again only when something it is judged on differs: the
    node, its requirement, its SMART record, its record of past periods, the nodes above it
    (Related) or whether the plan has a period.
    """

    def __init__(self, session: PlanSession) -> None:
        self.session = session
        self._seen: tuple[object, object] | None = None
        self._assessments: dict[int, Assessment] = {}
        self._all: dict[int, Assessment] | None = None
        self._previous_all: dict[int, Assessment] | None = None
        self._stale: set[int] | None = None  # looked at again since `_all` was made; None: all
        # The KPIs whose assessment object `_all` replaced in `_moved_from` (see moved_since).
        self._moved: set[int] | None = None
        self._moved_from: dict[int, Assessment] | None = None
        self._judged_on: dict[int, tuple[tuple, Assessment]] = {}
        self._frozen_seen: object = None
        self._flow_history: dict[int, list[int]] | None = None  # node -> kept totals, e4
        self._level_history: dict[int, list[Fraction | None]] = {}  # node -> latest values

    def assessment(self, node_id: int) -> Assessment:
        """One KPI's assessment (the KGI's too, though the summary leaves it out)."""
        self._check_fresh()
        found = self._assessments.get(node_id)
        if found is None:
            found = self._assessments[node_id] = self._assess(node_id)
        return found

    def assessments(self) -> dict[int, Assessment]:
        """Every KPI's assessment by node id, in tree order, the KGI left out (do not change
        the dict: it is shared until the plan changes)."""
        self._check_fresh()
        if self._all is None:
            previous, stale = self._previous_all, self._stale
            if previous is not None and stale is not None:
                self._all = self._reassessed(previous, stale)
            else:
                self._all = self._assessed_afresh()
                self._moved = self._moved_from = None
        return self._all

    def moved_since(self, seen: dict[int, Assessment]) -> set[int] | None:
        """The KPIs whose assessment object differs between `seen` (an earlier answer of
        `assessments()`) and the current one; None when that is not known (look at all)."""
        found = self.assessments()
        if found is seen:
            return set()
        return self._moved if seen is self._moved_from else None

    def _assessed_afresh(self) -> dict[int, Assessment]:
        plan = self.session.plan
        root = plan.root
        ids = plan.subtree_ids(root.id)[1:] if root is not None else []
        known, assess_again = self._assessments, self._assess
        for node_id in ids:
            if node_id not in known:
                known[node_id] = assess_again(node_id)
        return {node_id: known[node_id] for node_id in ids}

    def _reassessed(
        self, previous: dict[int, Assessment], stale: set[int]
    ) -> dict[int, Assessment]:
        """The previous assessments with only the stale KPIs looked at again (the tree's
        shape is as it was, so the order holds)."""
        found = dict(previous)
        moved = set()
        for node_id in stale:
            if node_id not in found:  # the KGI
                continue
            now = self.assessment(node_id)
            if now is not found[node_id]:
                found[node_id] = now
                moved.add(node_id)
        self._moved, self._moved_from = moved, previous
        return found

    def failing(self) -> list[int]:
        """The KPIs that are not SMART, in tree order."""
        return [i for i, found in self.assessments().items() if not found.smart]

    def summary(self) -> tuple[int, int]:
        """(KPIs that are SMART, KPIs in all), the KGI not counted."""
        found = self.assessments()
        return sum(1 for a in found.values() if a.smart), len(found)

    def _assess(self, node_id: int) -> Assessment:
        session, plan = self.session, self.session.plan
        record = plan.smart.get(node_id, SmartRecord())
        past = self._past_record(node_id)
        required = session.figures[node_id].required.value
        judged_on = (
            plan.nodes[node_id],
            required,
            record,
            past,
            _path_to_kgi(plan, node_id),
            plan.period_start is None,
        )
        before = self._judged_on.get(node_id)
        if before is not None and before[0] == judged_on:
            return before[1]
        found = assess(plan, node_id, record.facts(record=past), required)
        self._judged_on[node_id] = (judged_on, found)
        return found

    def _check_fresh(self) -> None:
        session = self.session
        if self._frozen_seen is not session.frozen:
            self._frozen_seen = session.frozen
            self._flow_history = None
            self._level_history.clear()
            self._assessments.clear()
            self._all = self._previous_all = None
        seen = (session.plan, session.figures)
        if self._seen is None or any(a is not b for a, b in zip(seen, self._seen, strict=True)):
            before, self._seen = self._seen, seen
            stale = None if before is None else self._stale_after(before, seen)
            if self._all is not None:
                self._previous_all, self._stale = self._all, stale
            elif self._stale is not None and stale is not None:  # two changes, no look between
                self._stale = self._stale | stale
            else:
                self._stale = None
            self._all = None
            if stale is None:
                self._assessments.clear()
            for node_id in stale or ():
                self._assessments.pop(node_id, None)

    def _stale_after(self, before: tuple, seen: tuple) -> set[int] | None:
        """What `_maybe_moved` finds, looking only at the KPIs the session's latest edit
        changed when it is the one edit between `before` and `seen`."""
        last = self.session.last_change
        if last is not None and last[0] is before[0] and last[1] is before[1]:
            return _maybe_moved(*before, *seen, near=last[2])
        return _maybe_moved(*before, *seen)

    def _past_record(self, node_id: int) -> PastRecord | None:
        """The KPI's closed periods summed up: a count's or an amount's from the totals the
        file kept when each period froze, added up as whole ten-thousandths (one Fraction per
        figure, not one per period); a level's from its latest value in each period."""
        session = self.session
        if kind_of(session.plan, node_id) is not Kind.FLOW:  # a level: its latest values
            if node_id not in self._level_history:
                # no closed period yet (a new plan's first month): nothing to ask the file
                latest = session.actuals.latest_in_frozen_periods(node_id) if session.frozen else {}
                self._level_history[node_id] = [latest.get(i) for i, *_days in session.frozen]
            return PastRecord.of(self._level_history[node_id])
        if self._flow_history is None:
            kept = frozen_totals.load(session)
            history: dict[int, list[int]] = {}
            for period_id, *_days in session.frozen:
                for kpi, total in kept.get(period_id, {}).items():
                    history.setdefault(kpi, []).append(total)
            self._flow_history = history
        totals = self._flow_history.get(node_id)
        if not totals:
            return None
        highest, lowest = Fraction(max(totals), SCALE), Fraction(min(totals), SCALE)
        return PastRecord(highest, lowest, Fraction(sum(totals), SCALE * len(totals)), len(totals))


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


def _maybe_moved(
    old_plan: Plan, old_figures, plan: Plan, figures, near: frozenset[int] | None = None
) -> set[int] | None:
    """The KPIs whose assessment an edit may have moved, or None for all of them.

    Unchanged nodes, figures and SMART records keep their objects across an edit, so a KPI is
    looked at again when one of its own differs. What it is judged on beyond itself lies above
    it (Related follows the parents' relations) and beside it (a price is a level when its
    sibling is a count), so a changed node's subtree and siblings are looked at again too; the
    cache's `judged_on` check then keeps every assessment whose inputs did not move.
    `near`: the only KPIs whose node, figures or SMART record can differ in value, the tree's
    shape being the same (a figure worked out again to an equal value judges the same).
    """
    if near is None and old_plan.nodes.keys() != plan.nodes.keys():
        return None
    if (old_plan.period_start is None) != (plan.period_start is None):
        return None
    ids = plan.nodes if near is None else near
    stale = {
        node_id
        for node_id in ids
        if figures.get(node_id) is not old_figures.get(node_id)
        or plan.smart.get(node_id) is not old_plan.smart.get(node_id)
    }
    for node_id in ids:
        node = plan.nodes[node_id]
        if node is old_plan.nodes[node_id]:
            continue
        stale.update(plan.subtree_ids(node_id))
        for parent_id in {node.parent_id, old_plan.nodes[node_id].parent_id}:
            if parent_id is not None:  # its siblings now, and before a move
                stale.update(child.id for child in plan.children_of(parent_id))
    return stale


def _path_to_kgi(plan: Plan, node_id: int) -> tuple:
    """What Related reads on the way up: each parent's relation and formula, each child's name
    and whether its weight is 0 (cheaper to compare than the nodes themselves)."""
    steps = []
    child = plan.nodes[node_id]
    while child.parent_id is not None:
        parent = plan.nodes[child.parent_id]
        steps.append((parent.relation, parent.formula, child.name, not child.weight))
        child = parent
    return tuple(steps)


def _latest_value(session: PlanSession, node_id: int, first: date, last: date):
    found = session.actuals.latest(node_id, first, last)
    return None if found is None else found[1]
