"""Actuals that follow the tree: a KPI with no actuals of its own is worked out from its relation.

Bottom-up first (`rollup.roll_up`): a KPI's own actuals always win, then its children's by its
relation. A KPI still without an actual is then derived from its parent and its siblings when
they are all known, by solving the parent's relation for it: a product's factor is the parent
÷ the other factors (close rate = deals ÷ prospects, unit price = revenue ÷ deals), a sum's term
is the parent − the other terms, a quotient's numerator the parent × the denominator and its
denominator the numerator ÷ the parent, and a formula is solved when it can be. Deriving goes on
until nothing more can be worked out, so a derived KPI can in turn explain its own children.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from kpidesk.domain.model import Node, Plan, Relation
from kpidesk.domain.problems import Figure
from kpidesk.domain.relations import evaluate, solve
from kpidesk.domain.rollup import roll_up


@dataclass(frozen=True)
class Derivation:
    """How a KPI's actual was worked out from its parent and siblings.

    `expression` is the arithmetic with the KPIs' names ("Revenue ÷ Deals"); it is empty for a
    formula, whose parent `parent_name` then says where the value came from.
    """

    parent_id: int
    parent_name: str
    relation: Relation
    expression: str


@dataclass(frozen=True)
class TreeActuals:
    """Every KPI's actual (own, rolled up or derived) and, for the derived ones, how."""

    figures: dict[int, Figure]
    derived: dict[int, Derivation]


def follow_tree(plan: Plan, entered: Mapping[int, Fraction]) -> TreeActuals:
    """Each KPI's actual: its own, else from its children, else from its parent and siblings."""
    figures = roll_up(plan, entered)
    derived: dict[int, Derivation] = {}
    order = plan.tree_order()
    progress = True
    while progress:
        progress = False
        for node_id in order:  # parents first: a derived parent can explain its children
            if not figures[node_id].ok and _derive(plan, node_id, figures, derived):
                progress = True
        for node_id in reversed(order):  # then a parent whose children are now all known
            if not figures[node_id].ok and _roll_up_again(plan, node_id, figures):
                progress = True
    return TreeActuals(figures, derived)


def _derive(
    plan: Plan, node_id: int, figures: dict[int, Figure], derived: dict[int, Derivation]
) -> bool:
    node = plan.nodes[node_id]
    if node.parent_id is None:
        return False
    parent = plan.nodes[node.parent_id]
    if not figures[parent.id].ok:
        return False
    # only a KPI whose siblings are all known can be worked out; stop at the first unknown one
    # (a KPI with 2,000 children and no actuals asked this 2,000 times over all of them)
    if any(i != node_id and not figures[i].ok for i in plan.child_ids(parent.id)):
        return False
    siblings = plan.children_of(parent.id)
    index = next(i for i, s in enumerate(siblings) if s.id == node_id)
    values = [None if s.id == node_id else figures[s.id].value for s in siblings]
    solved = solve(parent, figures[parent.id].value, index, siblings, values)
    if not solved.ok:
        return False
    figures[node_id] = solved
    derived[node_id] = Derivation(
        parent.id, parent.name, parent.relation, _expression(parent, index, siblings)
    )
    return True


def _roll_up_again(plan: Plan, node_id: int, figures: dict[int, Figure]) -> bool:
    children = plan.children_of(node_id)
    if not children or not all(figures[c.id].ok for c in children):
        return False
    figure = evaluate(plan.nodes[node_id], children, [figures[c.id].value for c in children])
    if not figure.ok:
        return False
    figures[node_id] = figure
    return True


def _expression(parent: Node, index: int, siblings: list[Node]) -> str:
    """The arithmetic that gives sibling `index` from its parent and the others, with names."""
    others = [s.name for i, s in enumerate(siblings) if i != index]
    relation = parent.relation
    if relation is Relation.PRODUCT:
        return " ÷ ".join([parent.name, *others])
    if relation is Relation.SUM:
        return " − ".join([parent.name, *others])
    if relation is Relation.WEIGHTED_SUM:
        weight = siblings[index].weight
        terms = [
            s.name if s.weight == 1 else f"{_number(s.weight)} × {s.name}"
            for i, s in enumerate(siblings)
            if i != index
        ]
        rest = " − ".join([parent.name, *terms])
        return rest if weight == 1 else f"({rest}) ÷ {_number(weight)}"
    if relation is Relation.QUOTIENT:
        if index == 0:
            return f"{parent.name} × {siblings[1].name}"
        return f"{siblings[0].name} ÷ {parent.name}"
    return ""


def _number(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else str(float(value))
