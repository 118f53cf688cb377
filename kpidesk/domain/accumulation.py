"""Whether a KPI accumulates over a period (calls, deals, revenue) or is a level (a rate, a price).

Only what accumulates has a pace: a share per rep, per week, per business day. A rate, a
duration or a price read at a moment is the same for every rep and every day.
"""

from __future__ import annotations

from kpidesk.domain.model import Plan, Relation, Unit

LEVEL_UNITS = (Unit.PERCENT, Unit.DAYS)


def accumulates(plan: Plan, node_id: int) -> bool:
    """Counts and money add up, except money that multiplies a count in a product: that is a
    price (unit price × deals), not an amount that accumulates."""
    node = plan.nodes[node_id]
    if node.unit in LEVEL_UNITS:
        return False
    parent = plan.nodes.get(node.parent_id)
    if node.unit is Unit.CURRENCY and parent is not None and parent.relation is Relation.PRODUCT:
        siblings = plan.children_of(parent.id)
        return not any(s.id != node_id and s.unit is Unit.COUNT for s in siblings)
    return True
