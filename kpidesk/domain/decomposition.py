"""Top-down requirements and bottom-up projections for every node of a plan."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

from kpidesk.domain.accumulation import accumulates
from kpidesk.domain.allocation import Share, allocate
from kpidesk.domain.model import Node, Plan, Rounding, RoundingPolicy, Split
from kpidesk.domain.numbers import round_value
from kpidesk.domain.problems import Figure, Problem, ValidationError
from kpidesk.domain.relations import evaluate, solve

MISSING_TARGET = "missing_target"
MISSING_PLAN = "missing_plan"  # a leaf's plan value is missing while the rest is planned
NO_PLAN_YET = "no_plan_yet"  # no plan value anywhere yet: nothing is wrong, shown as "—"
AWAITING_PLAN = "awaiting_plan"  # waits for the plan value Problem.node names: shown as "—"
NOT_PLANNED_YET = frozenset({NO_PLAN_YET, AWAITING_PLAN})
"""Projection problems that are no problem: the plan is not filled in yet, so no warning."""
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


@dataclass
class NodeFigures:
    """What the tree shows for one node (treat as read-only). Splits are computed on demand.

    Not frozen: a frozen dataclass is noticeably slower to make, and a plan of thousands of
    KPIs makes one per node on a KGI edit.
    """

    required: Figure
    projected: Figure
    plan: Fraction | None = None
    lower_is_better: bool = False
    exact_required: Figure | None = field(default=None, compare=False, repr=False)
    exact_projected: Figure | None = field(default=None, compare=False, repr=False)
    plan_started: bool = field(default=True, compare=False, repr=False)

    @cached_property
    def gap(self) -> Figure:
        """Projected minus required (worked out when first shown: most rows never are)."""
        if self.required.ok and self.projected.ok:
            return Figure.of(self.projected.value - self.required.value)
        return Figure(problem=(self.required.problem or self.projected.problem))

    @property
    def on_target(self) -> bool | None:
        """Whether the projection meets the requirement, read the right way round."""
        if not self.gap.ok:
            return None
        return self.gap.value <= 0 if self.lower_is_better else self.gap.value >= 0


def compute(plan: Plan) -> dict[int, NodeFigures]:
    """Figures for every node: required from the KGI down, projected from the plan values up."""
    root = plan.root
    if root is None:
        return {}
    exact: dict[int, Figure] = {}
    _require(plan, root, _given(root), exact)
    projected: dict[int, Figure] = {}
    started = plan_started(plan)
    _project(plan, root, projected, started)
    return {
        node_id: _figures(plan, plan.nodes[node_id], exact[node_id], projected[node_id], started)
        for node_id in exact
    }


def plan_started(plan: Plan) -> bool:
    """Whether any KPI has a plan value yet (before that, no projection is a warning)."""
    index = plan._child_index()
    return any(n.plan is not None and not index.get(n.id) for n in plan.nodes.values())


def recompute(
    plan: Plan, previous: dict[int, NodeFigures], touched: Iterable[int]
) -> dict[int, NodeFigures]:
    """The figures after an edit that changed only the fields of the `touched` nodes.

    Requirements are redone below each touched node's parent, projections on the path up to
    the root; everything else is reused. The tree's shape, the team and the plan's settings
    must be as they were for `previous` (else use compute).
    """
    return recompute_changed(plan, previous, touched)[0]


def recompute_changed(
    plan: Plan, previous: dict[int, NodeFigures], touched: Iterable[int]
) -> tuple[dict[int, NodeFigures], set[int] | None]:
    """`recompute`, with the ids whose figures were worked out again (every other node keeps
    its NodeFigures object); None when every node's were (the first plan value, say)."""
    touched = set(touched)
    root = plan.root
    before = previous.get(root.id) if root is not None else None
    if before is None:
        return compute(plan), None
    started = _still_started(plan, before.plan_started, touched)
    if before.plan_started != started:  # the first plan value, or the last gone: all change
        return compute(plan), None
    exact: dict[int, Figure] = {}
    for top in _topmost({plan.nodes[n].parent_id or n for n in touched}, plan):
        start = previous[top].exact_required if top != root.id else _given(root)
        _require(plan, plan.nodes[top], start, exact)
    path = _with_ancestors(plan, touched)
    projected = _Projections(previous)
    for node_id in _deepest_first(path, plan):
        projected[node_id] = _projection(plan, plan.nodes[node_id], projected, started)
    figures = dict(previous)
    redone = set(exact) | path
    for node_id in redone:
        required = exact.get(node_id) or previous[node_id].exact_required
        figures[node_id] = _figures(
            plan, plan.nodes[node_id], required, projected[node_id], started
        )
    return figures, redone


class _Projections(dict):
    """The projections worked out again, over the previous ones (read only where needed)."""

    def __init__(self, previous: dict[int, NodeFigures]) -> None:
        super().__init__()
        self.previous = previous

    def __missing__(self, node_id: int) -> Figure:
        figures = self.previous[node_id]
        return figures.exact_projected or figures.projected


def _still_started(plan: Plan, started_before: bool, touched: set[int]) -> bool:
    """plan_started after an edit of the `touched` nodes' fields (only they can change it)."""
    index = plan._child_index()
    if any(plan.nodes[n].plan is not None and not index.get(n) for n in touched):
        return True
    return plan_started(plan) if started_before else False


def _topmost(ids: set[int], plan: Plan) -> list[int]:
    """The ids none of whose ancestors is also in the set."""
    return [n for n in ids if not any(a.id in ids for a in plan.ancestors(n))]


def _with_ancestors(plan: Plan, ids: Iterable[int]) -> set[int]:
    result: set[int] = set()
    for node_id in ids:
        result.add(node_id)
        result.update(a.id for a in plan.ancestors(node_id))
    return result


def _deepest_first(ids: set[int], plan: Plan) -> list[int]:
    return sorted(ids, key=lambda n: len(plan.ancestors(n)), reverse=True)


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


def _require(plan: Plan, top: Node, figure: Figure, out: dict[int, Figure]) -> None:
    """Requirements of `top` (given as `figure`) and of everything below it.

    Written as one loop over a stack: on a KGI edit it runs once per node of the plan.
    """
    round_each_stage = _every_stage(plan)
    index, nodes = plan._child_index(), plan.nodes
    stack = [(top, figure)]
    while stack:
        node, figure = stack.pop()
        out[node.id] = figure
        child_ids = index.get(node.id)
        if not child_ids:
            continue
        children = [nodes[i] for i in child_ids]
        unknown, missing, values = None, None, []
        for position, child in enumerate(children):
            if child.solve_for and unknown is None:
                unknown = position
                values.append(None)
                continue
            values.append(child.target)
            if child.target is None:
                missing = missing or child
                stack.append((child, Figure(None, Problem(MISSING_TARGET, child.name))))
            else:
                stack.append((child, Figure(child.target)))
        if unknown is None:
            continue
        if figure.value is None:
            solved = Figure.failed(DEPENDS_ON, node.name)
        elif missing is not None:
            solved = Figure.failed(MISSING_TARGET, missing.name)
        else:
            solved = solve(node, figure.value, unknown, children, values)
            rounding = children[unknown].effective_rounding
            if round_each_stage and solved.value is not None and rounding is not Rounding.NONE:
                solved = Figure(round_value(solved.value, rounding))
        stack.append((children[unknown], solved))


def _project(plan: Plan, node: Node, out: dict[int, Figure], started: bool) -> Figure:
    for child in plan.children_of(node.id):
        _project(plan, child, out, started)
    out[node.id] = _projection(plan, node, out, started)
    return out[node.id]


def _projection(
    plan: Plan, node: Node, projected: dict[int, Figure], started: bool = True
) -> Figure:
    """A node's projection from its plan value (a leaf) or its children's projections.

    Rounding at every stage, a projected count is whole, rounded down (112.5 deals are 112
    closed deals), and the nodes above use it; rounding at the end it stays exact.
    """
    children = plan.children_of(node.id)
    if not children:
        if node.plan is None:
            return Figure.failed(MISSING_PLAN if started else NO_PLAN_YET, node.name)
        return Figure.of(node.plan)
    figures = [projected[child.id] for child in children]
    blocked = next((c for c, f in zip(children, figures, strict=True) if not f.ok), None)
    if blocked is not None:
        return _blocked_by(blocked, projected[blocked.id].problem)
    figure = evaluate(node, children, [f.value for f in figures])
    if _every_stage(plan) and figure.ok and _counted_whole(node):
        return Figure(Fraction(math.floor(figure.value)))
    return figure


def _blocked_by(child: Node, problem: Problem) -> Figure:
    """Why a parent has no projection: a plan value still to fill in is named, not repeated."""
    if problem.code in (MISSING_PLAN, NO_PLAN_YET):
        return Figure.failed(AWAITING_PLAN, problem.node)
    if problem.code == AWAITING_PLAN:
        return Figure(problem=problem)
    return Figure.failed(DEPENDS_ON, child.name)


def _counted_whole(node: Node) -> bool:
    """Whether the node counts whole things (its rounding rule rounds it to whole numbers)."""
    return node.effective_rounding is not Rounding.NONE


def _figures(
    plan: Plan, node: Node, exact: Figure, projected: Figure, started: bool = True
) -> NodeFigures:
    shown = projected
    if (
        not _every_stage(plan)
        and projected.ok
        and _counted_whole(node)
        and plan.has_children(node.id)
    ):
        shown = Figure(Fraction(math.floor(projected.value)))
    return NodeFigures(
        required=_shown(plan, node, exact),
        projected=shown,
        plan=None if plan.has_children(node.id) else node.plan,
        lower_is_better=node.lower_is_better,
        exact_required=exact,
        exact_projected=projected,
        plan_started=started,
    )


@dataclass(frozen=True)
class RepSplits:
    """A node's requirement and plan shared across the reps; None when the node is not split."""

    required: RepFigures | None = None
    plan: RepFigures | None = None

    @property
    def required_per_rep(self) -> Figure | None:
        """The per-rep requirement when every rep gets the same, or why there is none."""
        return _uniform(self.required)

    @property
    def plan_per_rep(self) -> Fraction | None:
        uniform = _uniform(self.plan)
        return uniform.value if uniform is not None else None


def _uniform(split: RepFigures | None) -> Figure | None:
    if split is None:
        return None
    if not split.ok:
        return Figure(problem=split.problem)
    value = split.uniform
    return Figure.of(value) if value is not None else None


def rep_splits(plan: Plan, node: Node, figures: NodeFigures) -> RepSplits:
    """The shown requirement and the plan of a split node, shared across the active reps.

    Only a KPI that accumulates is shared out: a rate or a price is the same for every rep.
    """
    if node.split is Split.NONE or not accumulates(plan, node.id):
        return RepSplits()
    planned = None
    if figures.plan is not None:
        planned = split_across_reps(plan, node, Figure.of(figures.plan), whole=False)
    return RepSplits(split_across_reps(plan, node, figures.required, whole=True), planned)


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
