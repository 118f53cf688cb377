"""An open plan: every edit validated, applied in one transaction, and reported as an Outcome."""

from __future__ import annotations

from fractions import Fraction

from kpidesk.domain.decomposition import NodeFigures, compute
from kpidesk.domain.model import Node, Plan, Relation, Rep, Rounding, Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.validation import (
    check_deletable,
    check_name,
    check_relation,
    check_unit_change,
    check_value,
)
from kpidesk.services.changes import Change, Edit, NameEdit, NodeEdit, Outcome, RepEdit
from kpidesk.storage.plan_store import PlanStore


class PlanSession:
    """The plan of one open file, kept in step with the file after every change."""

    def __init__(self, store: PlanStore) -> None:
        self.store = store
        self.plan: Plan = store.load()
        self.figures: dict[int, NodeFigures] = compute(self.plan)

    # -- node edits -------------------------------------------------------------

    def rename_node(self, node_id: int, name: str) -> Outcome:
        return self._update(node_id, name=check_name(name))

    def set_target(self, node_id: int, value: Fraction | None) -> Outcome:
        node = self._node(node_id)
        check_value(node.unit, value)
        return self._update(node_id, target=value)

    def set_plan_value(self, node_id: int, value: Fraction | None) -> Outcome:
        node = self._node(node_id)
        if self.plan.children_of(node_id):
            raise ValidationError("plan_on_computed_node")
        check_value(node.unit, value)
        return self._update(node_id, plan=value)

    def set_plan_per_rep(self, node_id: int, value: Fraction | None) -> Outcome:
        reps = self.plan.active_rep_count
        if reps == 0:
            raise ValidationError("no_active_reps")
        return self.set_plan_value(node_id, None if value is None else value * reps)

    def set_unit(self, node_id: int, unit: Unit, label: str = "") -> Outcome:
        node = self._node(node_id)
        check_unit_change(node, unit)
        label = label.strip() if unit is Unit.OTHER else ""
        return self._update(node_id, unit=unit, unit_label=label)

    def set_relation(self, node_id: int, relation: Relation) -> Outcome:
        node = self._node(node_id)
        check_relation(self.plan, node, relation)
        return self._update(node_id, relation=relation)

    def set_rounding(self, node_id: int, rounding: Rounding) -> Outcome:
        return self._update(node_id, rounding=rounding)

    def set_split_by_rep(self, node_id: int, split: bool) -> Outcome:
        return self._update(node_id, split_by_rep=split)

    def set_solve_for(self, node_id: int) -> Outcome:
        """Make this node the one its parent solves for; its siblings become given."""
        node = self._node(node_id)
        if node.is_root:
            raise ValidationError("root_is_given")
        edits = [
            NodeEdit(sibling, sibling.with_changes(solve_for=sibling.id == node_id))
            for sibling in self.plan.children_of(node.parent_id)
            if sibling.solve_for != (sibling.id == node_id)
        ]
        return self._commit(edits)

    def add_child(self, parent_id: int, name: str, unit: Unit = Unit.COUNT) -> Outcome:
        parent = self._node(parent_id)
        siblings = self.plan.children_of(parent_id)
        if parent.relation is Relation.QUOTIENT and len(siblings) >= 2:
            raise ValidationError("quotient_needs_two_children")
        edits: list[Edit] = []
        if parent.relation is Relation.INPUT:
            edits.append(NodeEdit(parent, parent.with_changes(relation=Relation.PRODUCT)))
        child = Node(
            id=max(self.plan.nodes, default=0) + 1,
            parent_id=parent_id,
            position=len(siblings),
            name=check_name(name),
            unit=unit,
            solve_for=not any(s.solve_for for s in siblings),
        )
        edits.append(NodeEdit(None, child))
        outcome = self._commit(edits)
        return Outcome(**{**outcome.__dict__, "new_node_id": child.id})

    def delete_subtree(self, node_id: int) -> Outcome:
        node = self._node(node_id)
        check_deletable(node)
        parent = self._node(node.parent_id)
        edits: list[Edit] = [
            NodeEdit(self.plan.nodes[i], None) for i in reversed(self.plan.subtree_ids(node_id))
        ]
        remaining = [s for s in self.plan.children_of(parent.id) if s.id != node_id]
        for position, sibling in enumerate(remaining):
            hands_over = node.solve_for and position == 0
            if sibling.position != position or hands_over:
                solve_for = sibling.solve_for or hands_over
                edits.append(
                    NodeEdit(sibling, sibling.with_changes(position=position, solve_for=solve_for))
                )
        if not remaining:
            edits.append(NodeEdit(parent, parent.with_changes(relation=Relation.INPUT)))
        elif parent.relation is Relation.QUOTIENT:
            edits.append(NodeEdit(parent, parent.with_changes(relation=Relation.PRODUCT)))
        return self._commit(edits)

    # -- plan and team ------------------------------------------------------------

    def rename_plan(self, name: str) -> Outcome:
        return self._commit([NameEdit(self.plan.name, check_name(name))])

    def add_rep(self, name: str) -> Outcome:
        rep = Rep(
            max((r.id for r in self.plan.reps), default=0) + 1,
            check_name(name),
            len(self.plan.reps),
        )
        return self._commit([RepEdit(None, rep)])

    def remove_rep(self, rep_id: int) -> Outcome:
        rep = next(r for r in self.plan.reps if r.id == rep_id)
        edits: list[Edit] = [RepEdit(rep, None)]
        for position, other in enumerate(r for r in self.plan.reps if r.id != rep_id):
            if other.position != position:
                edits.append(RepEdit(other, Rep(other.id, other.name, position, other.active)))
        return self._commit(edits)

    # -- undo and redo ------------------------------------------------------------

    def undo(self, change: Change) -> Outcome:
        return self._commit(list(change.inverse().edits))

    def redo(self, change: Change) -> Outcome:
        return self._commit(list(change.edits))

    # -- the one way in -----------------------------------------------------------

    def _node(self, node_id: int | None) -> Node:
        if node_id is None or node_id not in self.plan.nodes:
            raise ValidationError("no_such_node", node=node_id)
        return self.plan.nodes[node_id]

    def _update(self, node_id: int, **changes: object) -> Outcome:
        node = self._node(node_id)
        changed = node.with_changes(**changes)
        return self._commit([] if changed == node else [NodeEdit(node, changed)])

    def _commit(self, edits: list[Edit]) -> Outcome:
        """Apply the edits in one transaction, then refresh the plan and its figures."""
        change = Change(tuple(edits))
        if not edits:
            return Outcome(change)
        with self.store.transaction():
            for edit in edits:
                self._write(edit)
        old_plan, old_figures = self.plan, self.figures
        self.plan = self.store.load()
        self.figures = compute(self.plan)
        return _describe(change, old_plan, old_figures, self.plan, self.figures)

    def _write(self, edit: Edit) -> None:
        if isinstance(edit, NodeEdit):
            if edit.after is None:
                self.store.delete_node(edit.before.id)
            else:
                self.store.put_node(edit.after)
        elif isinstance(edit, RepEdit):
            if edit.after is None:
                self.store.delete_rep(edit.before.id)
            else:
                self.store.put_rep(edit.after)
        else:
            self.store.set_plan_name(edit.after)


def _describe(
    change: Change,
    old_plan: Plan,
    old_figures: dict[int, NodeFigures],
    plan: Plan,
    figures: dict[int, NodeFigures],
) -> Outcome:
    structure_changed = any(
        isinstance(e, NodeEdit)
        and (
            e.before is None
            or e.after is None
            or (e.before.parent_id, e.before.position) != (e.after.parent_id, e.after.position)
        )
        for e in change.edits
    )
    changed = frozenset(
        node_id
        for node_id, node in plan.nodes.items()
        if old_plan.nodes.get(node_id) != node or old_figures.get(node_id) != figures.get(node_id)
    )
    return Outcome(
        change,
        changed_node_ids=changed,
        structure_changed=structure_changed,
        reps_changed=any(isinstance(e, RepEdit) for e in change.edits),
        name_changed=any(isinstance(e, NameEdit) for e in change.edits),
    )
