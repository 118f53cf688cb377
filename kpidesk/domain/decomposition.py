"""Top-down requirements and bottom-up projections for every node of a plan."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from kpidesk.domain.allocation import Share, allocate
from kpidesk.domain.model import Node, Plan, RoundingPolicy, Split
from kpidesk.domain.numbers import round_value
from kpidesk.domain.problems import Figure, Problem, ValidationError
from kpidesk.domain.relations import evaluate, solve

MISSING_TARGET = "missing_target"
MISSING_PLAN = "missing_plan"
DEPENDS_ON = "depends_on"
NO_REPS = "no_active_reps"
NEGATIVE_TO_SPLIT = "negative_to_split"


@dataclass(frozen=True)
class RepFigures:
    """A team figure split across the active reps (rep id → part), or why it could not be."""

    parts: dict[int, Fraction] | None = None
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.parts is not None

    @property
    def uniform(self) -> Fraction | None:
        """The part every rep gets, when they all get the same."""
        values = set((self.parts or {}).values())
        return values.pop() if len(values) == 1 else None


@dataclass(frozen=True)
class NodeFigures:
    """What the tree shows for one node."""

    required: Figure
    projected: Figure
    gap: Figure
    plan: Fraction | None = None
    required_by_rep: RepFigures | None = None
    plan_by_rep: RepFigures | None = None
    lower_is_better: bool = False

    @property
    def on_target(self) -> bool | None:
        """Whether the projection meets the requirement, read the right way round."""
        if not self.gap.ok:
            return None
        return self.gap.value <= 0 if self.lower_is_better else self.gap.value >= 0

    @property
    def required_per_rep(self) -> Figure | None:
        """The per-rep requirement when it is the same for every rep."""
        return _per_rep(self.required_by_rep)

    @property
    def plan_per_rep(self) -> Fraction | None:
        per_rep = _per_rep(self.plan_by_rep)
        return per_rep.value if per_rep is not None else None


def _per_rep(split: RepFigures | None) -> Figure | None:
    if split is None:
        return None
    if not split.ok:
        return Figure(problem=split.problem)
    uniform = split.uniform
    return Figure.of(uniform) if uniform is not None else None


def compute(plan: Plan) -> dict[int, NodeFigures]:
    """Figures for every node: required from the KGI down, projected from the plan values up."""
    root = plan.root
    if root is None:
        return {}
    exact: dict[int, Figure] = {}
    _require(plan, root, _given(root), exact)
    projected: dict[int, Figure] = {}
    _project(plan, root, projected)
    return {
        node.id: _figures(plan, node, _shown(plan, node, exact[node.id]), projected[node.id])
        for node in plan.nodes.values()
        if node.id in exact
    }


def _every_stage(plan: Plan) -> bool:
    return plan.rounding_policy is RoundingPolicy.EVERY_STAGE


def _shown(plan: Plan, node: Node, figure: Figure) -> Figure:
    """With rounding at the end, the exact requirement is rounded only for display."""
    if _every_stage(plan) or not figure.ok or not node.solve_for:
        return figure
    return Figure.of(round_value(figure.value, node.effective_rounding))


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
    solved = _solve_unknown(node, figure, children, unknown, given)
    if solved.ok and _every_stage(plan):
        solved = Figure.of(round_value(solved.value, children[unknown].effective_rounding))
    _require(plan, children[unknown], solved, out)


def _solve_unknown(
    node: Node, figure: Figure, children: list[Node], unknown: int, given: dict[int, Figure]
) -> Figure:
    if not figure.ok:
        return Figure.failed(DEPENDS_ON, node.name)
    for i, child_figure in given.items():
        if not child_figure.ok:
            return Figure.failed(MISSING_TARGET, children[i].name)
    values = [given[i].value if i in given else None for i in range(len(children))]
    return solve(node, figure.value, unknown, children, values)


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
        blocked = next((c for c, f in zip(children, figures, strict=True) if not f.ok), None)
        if blocked is not None:
            figure = Figure.failed(DEPENDS_ON, blocked.name)
        else:
            figure = evaluate(node, children, [f.value for f in figures])
    out[node.id] = figure
    return figure


def _figures(plan: Plan, node: Node, required: Figure, projected: Figure) -> NodeFigures:
    if required.ok and projected.ok:
        gap = Figure.of(projected.value - required.value)
    else:
        gap = Figure(problem=(required.problem or projected.problem))
    is_leaf = not plan.children_of(node.id)
    leaf_plan = node.plan if is_leaf else None
    required_by_rep = plan_by_rep = None
    if node.split is not Split.NONE:
        required_by_rep = split_across_reps(plan, node, required, whole=True)
        if leaf_plan is not None:
            plan_by_rep = split_across_reps(plan, node, Figure.of(leaf_plan), whole=False)
    return NodeFigures(
        required=required,
        projected=projected,
        gap=gap,
        plan=leaf_plan,
        required_by_rep=required_by_rep,
        plan_by_rep=plan_by_rep,
        lower_is_better=node.lower_is_better,
    )


def split_across_reps(plan: Plan, node: Node, figure: Figure, whole: bool) -> RepFigures:
    """A node's figure shared across the active reps as the node's split says.

    Requirements of counted things are split into whole parts that add up to the team figure.
    """
    if not figure.ok:
        return RepFigures(problem=figure.problem)
    if figure.value < 0:
        return RepFigures(problem=Problem(NEGATIVE_TO_SPLIT, node.name))
    shares = [
        Share(
            rep.id,
            rep.capacity if node.split is Split.CAPACITY else Fraction(1),
            plan.fixed.get((node.id, rep.id)),
        )
        for rep in plan.active_reps
    ]
    whole = whole and node.effective_rounding.value in ("up", "down", "nearest")
    try:
        allocation = allocate(figure.value, shares, whole)
    except ValidationError as error:
        return RepFigures(problem=Problem(error.code, node.name))
    if not allocation.ok:
        return RepFigures(problem=Problem(allocation.problem.code, node.name))
    return RepFigures(parts=allocation.parts)
