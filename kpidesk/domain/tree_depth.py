"""How deep a KPI tree may grow: one bound, checked wherever structure is made."""

from __future__ import annotations

from collections.abc import Iterable

from kpidesk.domain.model import Node, Plan
from kpidesk.domain.problems import ValidationError

# Levels from the KGI (level 1) down to the deepest KPI. Real plans use four to eight; a funnel
# adds one level per stage. The bound keeps every walk over the tree (computing, drawing,
# reports) far from Python's recursion limit, so a plan the app wrote always opens again.
MAX_TREE_DEPTH = 64


def depth_of(plan: Plan, node_id: int) -> int:
    """The level of a node: the KGI is 1, its children 2, and so on."""
    depth, parent_id = 1, plan.nodes[node_id].parent_id
    while parent_id is not None and depth <= len(plan.nodes):
        depth += 1
        parent_id = plan.nodes[parent_id].parent_id
    return depth


def height_of(plan: Plan, node_id: int) -> int:
    """The number of levels in the subtree of a node (a leaf has 1)."""
    height, level = 0, [node_id]
    while level:
        height += 1
        level = [child.id for parent in level for child in plan.children_of(parent)]
    return height


def height_of_nodes(nodes: Iterable[Node]) -> int:
    """The number of levels among nodes listed parents first (as a copied subtree is)."""
    levels: dict[int, int] = {}
    for node in nodes:
        levels[node.id] = levels.get(node.parent_id, 0) + 1
    return max(levels.values(), default=0)


def check_depth(levels: int) -> None:
    """Refuse an edit that would make the tree deeper than MAX_TREE_DEPTH levels."""
    if levels > MAX_TREE_DEPTH:
        raise ValidationError("tree_too_deep", limit=MAX_TREE_DEPTH)
