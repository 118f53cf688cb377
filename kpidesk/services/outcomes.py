"""What a committed change means for the views: the Outcome of an edit."""

from __future__ import annotations

from kpidesk.domain.decomposition import NodeFigures
from kpidesk.domain.model import Plan
from kpidesk.services.changes import (
    ActualsEdit,
    Area,
    BatchValuesEdit,
    Change,
    Edit,
    NodeEdit,
    Outcome,
    area_of,
    areas_of,
)


def actuals_outcome(change: Change, plan: Plan) -> Outcome:
    """Actuals changed: their KPIs and everything above them show new progress."""
    nodes = {
        key[0]
        for edit in change.edits
        if isinstance(edit, ActualsEdit)
        for key in (*edit.before, *edit.after)
        if key[0] in plan.nodes
    } | {
        node_id
        for edit in change.edits
        if isinstance(edit, BatchValuesEdit)
        for node_id in edit.after.node_ids
        if node_id in plan.nodes
    }
    with_ancestors = nodes | {a.id for n in nodes for a in plan.ancestors(n)}
    return Outcome(
        change,
        changed_node_ids=frozenset(with_ancestors),
        actuals_changed=True,
        header_changed=Area.CALENDAR in areas_of(change.edits),
    )


def _differs(old: object, new: object) -> bool:
    return old is not new and old != new


def fields_only(edits: list[Edit]) -> set[int] | None:
    """The nodes edited, when the edits changed nothing but those nodes' own fields."""
    touched = set()
    for edit in edits:
        area = area_of(edit)
        if area is Area.HISTORY:  # beside the node, not part of the tree
            continue
        if area is not Area.TREE or edit.before is None or edit.after is None:
            return None
        before, after = edit.before, edit.after
        if (before.parent_id, before.position) != (after.parent_id, after.position):
            return None
        touched.add(after.id)
    return touched


def describe(
    change: Change,
    old_plan: Plan,
    old_figures: dict[int, NodeFigures],
    plan: Plan,
    figures: dict[int, NodeFigures],
    new_node_id: int | None,
    candidates: set[int] | None = None,
) -> Outcome:
    """Which rows changed (node or figures), and whether the shape, team or header did.
    Only the `candidates` are compared when given (every other node and figure is as it was)."""
    areas = areas_of(change.edits)
    structure_changed = any(
        isinstance(e, NodeEdit)
        and (
            e.before is None
            or e.after is None
            or (e.before.parent_id, e.before.position) != (e.after.parent_id, e.after.position)
        )
        for e in change.edits
    )
    nodes = plan.nodes
    changed = frozenset(
        node_id
        for node_id in (nodes if candidates is None else candidates)
        if _differs(old_plan.nodes.get(node_id), nodes[node_id])
        or _differs(old_figures.get(node_id), figures.get(node_id))
    )
    return Outcome(
        change,
        changed_node_ids=changed,
        structure_changed=structure_changed,
        reps_changed=Area.TEAM in areas,
        header_changed=Area.HEADER in areas,
        new_node_id=new_node_id,
    )
