"""Edits that change the tree's shape: add, delete, move, paste, and build a funnel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from kpidesk.domain.model import Node, Plan, Relation, Split, Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.tree_depth import check_depth, depth_of, height_of, height_of_nodes
from kpidesk.domain.validation import check_deletable, check_name, check_value
from kpidesk.services.changes import Edit, FixedEdit, NodeEdit, SmartEdit


@dataclass(frozen=True)
class Clip:
    """A copied subtree: its nodes parent-first (the first is the top) and their fixed shares."""

    nodes: tuple[Node, ...]
    fixed: tuple[tuple[int, int, Fraction], ...] = ()


def next_id(plan: Plan, taken: int = 0) -> int:
    return max([*plan.nodes, taken], default=0) + 1


def add_child(plan: Plan, parent_id: int, name: str, unit: Unit) -> tuple[list[Edit], int]:
    parent = plan.nodes[parent_id]
    siblings = plan.children_of(parent_id)
    _check_room(parent, len(siblings))
    check_depth(depth_of(plan, parent_id) + 1)
    child = Node(
        id=next_id(plan),
        parent_id=parent_id,
        position=len(siblings),
        name=check_name(name),
        unit=unit,
        solve_for=not any(s.solve_for for s in siblings),
    )
    return [*_becomes_parent(parent), NodeEdit(None, child)], child.id


def delete_subtree(plan: Plan, node_id: int) -> list[Edit]:
    node = plan.nodes[node_id]
    check_deletable(node)
    doomed = plan.subtree_ids(node_id)
    edits: list[Edit] = [
        FixedEdit(n, r, amount, None) for (n, r), amount in plan.fixed.items() if n in doomed
    ]
    edits += [SmartEdit(n, plan.smart[n], None) for n in doomed if n in plan.smart]
    edits += [NodeEdit(plan.nodes[i], None) for i in reversed(doomed)]
    edits += _close_gap(plan, node)
    return edits


def move(plan: Plan, node_id: int, parent_id: int, position: int) -> list[Edit]:
    """Move a node (with its subtree) under `parent_id` at `position` among the new siblings."""
    node = plan.nodes[node_id]
    if node.is_root:
        raise ValidationError("cannot_move_root")
    if parent_id in plan.subtree_ids(node_id):
        raise ValidationError("cannot_move_into_itself")
    check_depth(depth_of(plan, parent_id) + height_of(plan, node_id))
    parent = plan.nodes[parent_id]
    siblings = [s for s in plan.children_of(parent_id) if s.id != node_id]
    if parent_id != node.parent_id:
        _check_room(parent, len(siblings))
    position = max(0, min(position, len(siblings)))
    staying_solved = parent_id == node.parent_id and node.solve_for
    solve_for = staying_solved or not any(s.solve_for for s in siblings)
    moved = node.with_changes(parent_id=parent_id, position=position, solve_for=solve_for)
    edits: list[Edit] = []
    if parent_id != node.parent_id:
        edits += _close_gap(plan, node)
        edits += _becomes_parent(parent)
    edits.append(NodeEdit(node, moved))
    order = [*siblings[:position], moved, *siblings[position:]]
    edits += _renumber(order, skip=node_id)
    return _merge(edits)


def paste(plan: Plan, clip: Clip, parent_id: int) -> tuple[list[Edit], int]:
    """Insert a copy of `clip` as the last child of `parent_id`, with fresh ids."""
    parent = plan.nodes[parent_id]
    siblings = plan.children_of(parent_id)
    _check_room(parent, len(siblings))
    check_depth(depth_of(plan, parent_id) + height_of_nodes(clip.nodes))
    first = next_id(plan)
    new_ids = {node.id: first + i for i, node in enumerate(clip.nodes)}
    top = clip.nodes[0]
    edits: list[Edit] = list(_becomes_parent(parent))
    for node in clip.nodes:
        is_top = node.id == top.id
        copy = node.with_changes(
            id=new_ids[node.id],
            parent_id=parent_id if is_top else new_ids[node.parent_id],
            position=len(siblings) if is_top else node.position,
            solve_for=(not any(s.solve_for for s in siblings)) if is_top else node.solve_for,
        )
        edits.append(NodeEdit(None, copy))
    rep_ids = {rep.id for rep in plan.reps}
    edits += [FixedEdit(new_ids[n], r, None, amount) for n, r, amount in clip.fixed if r in rep_ids]
    return edits, new_ids[top.id]


def copy(plan: Plan, node_id: int) -> Clip:
    ids = plan.subtree_ids(node_id)
    fixed = tuple((n, r, a) for (n, r), a in plan.fixed.items() if n in ids)
    return Clip(tuple(plan.nodes[i] for i in ids), fixed)


def build_funnel(
    plan: Plan,
    node_id: int,
    stages: Sequence[tuple[str, Fraction]],
    rate_name: Callable[[str, str], str],
) -> list[Edit]:
    """Turn a count leaf into the last stage of a funnel.

    `stages` runs from the top of the funnel down, each with its conversion rate into the next
    stage (the last one's rate leads into the node itself). Each stage becomes
    previous stage × rate, solved from the stage below it.
    """
    node = plan.nodes[node_id]
    if plan.children_of(node_id):
        raise ValidationError("funnel_needs_leaf")
    if not stages:
        raise ValidationError("funnel_needs_stages")
    check_depth(depth_of(plan, node_id) + len(stages))
    for name, rate in stages:
        check_name(name)
        check_value(Unit.PERCENT, rate)
    edits: list[Edit] = []
    ids = iter(range(next_id(plan), next_id(plan) + 2 * len(stages)))
    current = node
    names = [name for name, _ in stages]
    for index in reversed(range(len(stages))):
        stage_name, rate = stages[index]
        upper = current.name
        turned = current.with_changes(relation=Relation.PRODUCT)
        edits.append(NodeEdit(current if current.id == node_id else None, turned))
        is_top = index == 0
        stage = Node(
            id=next(ids),
            parent_id=current.id,
            position=0,
            name=check_name(stage_name),
            unit=Unit.COUNT,
            solve_for=True,
            split=node.split if is_top else Split.NONE,
        )
        conversion = Node(
            id=next(ids),
            parent_id=current.id,
            position=1,
            name=check_name(rate_name(names[index], upper)),
            unit=Unit.PERCENT,
            target=rate,
            plan=rate,
        )
        edits += [NodeEdit(None, conversion)]
        current = stage
    edits.append(NodeEdit(None, current))
    return _merge(edits)


# -- helpers ---------------------------------------------------------------------------------


def _check_room(parent: Node, child_count: int) -> None:
    if parent.relation is Relation.QUOTIENT and child_count >= 2:
        raise ValidationError("quotient_needs_two_children")


def _becomes_parent(parent: Node) -> list[Edit]:
    """A leaf that gets a child computes from it; its plan value is kept for when it is a leaf
    again (the projection ignores it meanwhile)."""
    if parent.relation is Relation.INPUT:
        return [NodeEdit(parent, parent.with_changes(relation=Relation.PRODUCT))]
    return []


def _close_gap(plan: Plan, leaving: Node) -> list[Edit]:
    """Renumber the siblings left behind, hand over solving, and demote an emptied parent."""
    parent = plan.nodes[leaving.parent_id]
    remaining = [s for s in plan.children_of(parent.id) if s.id != leaving.id]
    edits: list[Edit] = []
    for position, sibling in enumerate(remaining):
        hands_over = leaving.solve_for and position == 0
        if sibling.position != position or hands_over:
            solve_for = sibling.solve_for or hands_over
            changed = sibling.with_changes(position=position, solve_for=solve_for)
            edits.append(NodeEdit(sibling, changed))
    if not remaining:
        edits.append(NodeEdit(parent, parent.with_changes(relation=Relation.INPUT)))
    elif parent.relation is Relation.QUOTIENT:
        edits.append(NodeEdit(parent, parent.with_changes(relation=Relation.PRODUCT)))
    return edits


def _renumber(order: list[Node], skip: int) -> list[Edit]:
    return [
        NodeEdit(node, node.with_changes(position=position))
        for position, node in enumerate(order)
        if node.id != skip and node.position != position
    ]


def _merge(edits: list[Edit]) -> list[Edit]:
    """Fold several edits of one node into one, keeping the first before and the last after."""
    merged: dict[tuple, Edit] = {}
    order: list[tuple] = []
    for edit in edits:
        if not isinstance(edit, NodeEdit):
            key = ("other", len(order))
            merged[key] = edit
            order.append(key)
            continue
        key = ("node", (edit.before or edit.after).id)
        if key in merged:
            merged[key] = NodeEdit(merged[key].before, edit.after)
        else:
            merged[key] = edit
            order.append(key)
    return [merged[key] for key in order if not _is_noop(merged[key])]


def _is_noop(edit: Edit) -> bool:
    return isinstance(edit, NodeEdit) and edit.before == edit.after
