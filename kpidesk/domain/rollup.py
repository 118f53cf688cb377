"""Actuals up the tree: a KPI with its own figures keeps them, the others follow their relation.

A rate is never averaged: where no one typed it, it comes from its own numerator and
denominator (for example close rate = deals ÷ prospects, a quotient of actual totals).
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from kpidesk.domain.model import Plan
from kpidesk.domain.problems import Figure
from kpidesk.domain.relations import evaluate

NO_ACTUALS = "no_actuals"
DEPENDS_ON = "depends_on"


def roll_up(plan: Plan, entered: Mapping[int, Fraction]) -> dict[int, Figure]:
    """Each KPI's actual: as entered, else from its children's actuals by its relation."""
    actuals: dict[int, Figure] = {}
    root = plan.root
    if root is None:
        return actuals
    for node_id in reversed(plan.subtree_ids(root.id)):  # children before parents
        actuals[node_id] = _actual(plan, node_id, entered, actuals)
    return actuals


def _actual(
    plan: Plan, node_id: int, entered: Mapping[int, Fraction], done: dict[int, Figure]
) -> Figure:
    node = plan.nodes[node_id]
    if node_id in entered:
        return Figure.of(entered[node_id])
    children = plan.children_of(node_id)
    if not children:
        return Figure.failed(NO_ACTUALS, node.name)
    figures = [done[child.id] for child in children]
    missing = next((c for c, f in zip(children, figures, strict=True) if not f.ok), None)
    if missing is not None:
        return Figure.failed(DEPENDS_ON, missing.name)
    return evaluate(node, children, [f.value for f in figures])
