"""What the gap between the ヨミ forecast and the target asks of the tree, stage by stage."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from kpidesk.domain.accumulation import accumulates
from kpidesk.domain.decomposition import split_across_reps
from kpidesk.domain.model import Node, Plan, Rounding, RoundingPolicy
from kpidesk.domain.numbers import round_value
from kpidesk.domain.problems import Figure, Problem
from kpidesk.domain.relations import solve


@dataclass(frozen=True)
class GapStep:
    """One stage of the tree: how much more of a KPI the gap needs, at the given siblings.

    `more` is what is shown (a count rounded up); `given` names the siblings held at their
    targets ("at ¥100,000", "at 20 %"); `per_rep` splits it by the KPI's split and `per_day`
    spreads it over the business days left (both None for a level, or with no split/days).
    """

    node_id: int
    name: str
    more: Fraction
    given: tuple[tuple[int, str, Fraction], ...] = ()
    per_rep: dict[int, Fraction] | None = None
    per_day: Fraction | None = None


@dataclass(frozen=True)
class GapAsk:
    """The stages the gap goes down, top first, and why it stopped early (if it did)."""

    steps: tuple[GapStep, ...]
    problem: Problem | None = None


def gap_asks(
    plan: Plan,
    start_id: int,
    shortfall: Fraction,
    remaining_days: int,
    required: Fraction | None = None,
) -> GapAsk:
    """The activity that would close `shortfall` at node `start_id` (the KGI, usually).

    Goes down the tree through each node's child solved from the parent (the one the tree
    computes), holding the other children at their targets: ¥1,200,000 short at ¥100,000 a
    deal is 12 more deals, which at a 20 % close rate is 60 more prospects. Counts round up
    (every stage, or only as shown when the plan rounds at the end). Nothing is asked when the
    forecast reaches the target (`shortfall` ≤ 0). `required` is the node's requirement when it
    is not its own target (a KPI solved from its parent).
    """
    if shortfall <= 0:
        return GapAsk(())
    node = plan.nodes[start_id]
    required = node.target if required is None else required
    if required is None:
        return GapAsk((), Problem("missing_target", node.name))
    every_stage = plan.rounding_policy is RoundingPolicy.EVERY_STAGE
    shown = _shown(node, shortfall)
    steps = [_step(plan, node, shown, remaining_days)]
    base, extra = required, shown if every_stage else shortfall
    while True:
        children = plan.children_of(node.id)
        unknown = next((i for i, c in enumerate(children) if c.solve_for), None)
        if unknown is None:
            return GapAsk(tuple(steps))
        missing = next(
            (c for i, c in enumerate(children) if i != unknown and c.target is None), None
        )
        if missing is not None:
            return GapAsk(tuple(steps), Problem("missing_target", missing.name))
        values = [None if i == unknown else c.target for i, c in enumerate(children)]
        before = solve(node, base, unknown, children, values)
        after = solve(node, base + extra, unknown, children, values)
        if not before.ok or not after.ok:
            return GapAsk(tuple(steps), (before if not before.ok else after).problem)
        child = children[unknown]
        more = after.value - before.value
        shown = _shown(child, more)
        given = tuple((c.id, c.name, c.target) for i, c in enumerate(children) if i != unknown)
        steps.append(_step(plan, child, shown, remaining_days, given))
        node, base, extra = child, before.value, shown if every_stage else more


def _shown(node: Node, value: Fraction) -> Fraction:
    rounding = node.effective_rounding
    return value if rounding is Rounding.NONE else round_value(value, Rounding.UP)


def _step(
    plan: Plan,
    node: Node,
    more: Fraction,
    remaining_days: int,
    given: tuple[tuple[int, str, Fraction], ...] = (),
) -> GapStep:
    if not accumulates(plan, node.id):
        return GapStep(node.id, node.name, more, given)
    per_rep = None
    if node.split_by_rep:
        split = split_across_reps(plan, node, Figure.of(more), whole=True)
        per_rep = split.parts
    per_day = more / remaining_days if remaining_days > 0 else None
    return GapStep(node.id, node.name, more, given, per_rep, per_day)
