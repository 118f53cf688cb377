"""Top-down requirements and bottom-up projections for every node of a plan."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from kpidesk.domain.model import Node, Plan
from kpidesk.domain.numbers import round_value
from kpidesk.domain.problems import Figure
from kpidesk.domain.relations import evaluate, solve

MISSING_TARGET = "missing_target"
MISSING_PLAN = "missing_plan"
DEPENDS_ON = "depends_on"
NO_REPS = "no_active_reps"


@dataclass(frozen=True)
class NodeFigures:
    """What the tree shows for one node."""

    required: Figure
    required_per_rep: Figure | None
    plan: Fraction | None
    plan_per_rep: Fraction | None
    projected: Figure
    gap: Figure


def compute(plan: Plan) -> dict[int, NodeFigures]:
    """Figures for every node: required from the KGI down, projected from the plan values up."""
    root = plan.root
    if root is None:
        return {}
    required: dict[int, Figure] = {}
    _require(plan, root, _given(root), required)
    projected: dict[int, Figure] = {}
    _project(plan, root, projected)
    reps = plan.active_rep_count
    return {
        node.id: _figures(
            node, not plan.children_of(node.id), required[node.id], projected[node.id], reps
        )
        for node in plan.nodes.values()
        if node.id in required
    }


def _given(node: Node) -> Figure:
    if node.target is None:
        return Figure.failed(MISSING_TARGET, node.name)
    return Figure.of(node.target)


def _require(plan: Plan, node: Node, figure: Figure, out: dict[int, Figure]) -> None:
    out[node.id] = figure
    children = plan.children_of(node.id)
    if not children:
        return
    unknown = next((i for i, child in enumerate(children) if child.solve_for), None)
    given = {i: _given(child) for i, child in enumerate(children) if i != unknown}
    for i, child_figure in given.items():
        _require(plan, children[i], child_figure, out)
    if unknown is None:
        return
    _require(plan, children[unknown], _solve_unknown(node, figure, children, unknown, given), out)


def _solve_unknown(
    node: Node, figure: Figure, children: list[Node], unknown: int, given: dict[int, Figure]
) -> Figure:
    if not figure.ok:
        return Figure.failed(DEPENDS_ON, node.name)
    for i, child_figure in given.items():
        if not child_figure.ok:
            return Figure.failed(MISSING_TARGET, children[i].name)
    values = [given[i].value if i in given else None for i in range(len(children))]
    names = [child.name for child in children]
    solved = solve(node.relation, figure.value, unknown, names, values, node.name)
    if not solved.ok:
        return solved
    return Figure.of(round_value(solved.value, children[unknown].effective_rounding))


def _project(plan: Plan, node: Node, out: dict[int, Figure]) -> Figure:
    children = plan.children_of(node.id)
    if not children:
        figure = (
            Figure.of(node.plan)
            if node.plan is not None
            else Figure.failed(MISSING_PLAN, node.name)
        )
    else:
        figures = [_project(plan, child, out) for child in children]
        blocked = next((c for c, f in zip(children, figures, strict=False) if not f.ok), None)
        if blocked is not None:
            figure = Figure.failed(DEPENDS_ON, blocked.name)
        else:
            figure = evaluate(node.relation, [c.name for c in children], [f.value for f in figures])
    out[node.id] = figure
    return figure


def _figures(
    node: Node, is_leaf: bool, required: Figure, projected: Figure, reps: int
) -> NodeFigures:
    if required.ok and projected.ok:
        gap = Figure.of(projected.value - required.value)
    else:
        gap = Figure(problem=(required.problem or projected.problem))
    required_per_rep = plan_per_rep = None
    if node.split_by_rep:
        if reps == 0:
            required_per_rep = Figure.failed(NO_REPS)
        elif required.ok:
            per_rep = round_value(required.value / reps, node.effective_rounding)
            required_per_rep = Figure.of(per_rep)
        else:
            required_per_rep = Figure(problem=required.problem)
        if is_leaf and node.plan is not None and reps:
            plan_per_rep = node.plan / reps
    leaf_plan = node.plan if is_leaf else None
    return NodeFigures(required, required_per_rep, leaf_plan, plan_per_rep, projected, gap)
