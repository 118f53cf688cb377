"""Scratch scenarios: the KGI with some plan values changed, and its sensitivity to each driver."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from fractions import Fraction

from kpidesk.domain.decomposition import compute
from kpidesk.domain.model import Plan, RoundingPolicy
from kpidesk.domain.problems import Figure

ONE_PERCENT = Fraction(101, 100)


def drivers(plan: Plan) -> list[int]:
    """The leaves with a plan value, in tree order: what a scenario can change."""
    if plan.root is None:
        return []
    return [
        node_id
        for node_id in plan.subtree_ids(plan.root.id)
        if not plan.children_of(node_id) and plan.nodes[node_id].plan is not None
    ]


def with_plan_values(plan: Plan, overrides: Mapping[int, Fraction]) -> Plan:
    """A copy of the plan with some leaves' plan values replaced; the plan itself is untouched."""
    nodes = dict(plan.nodes)
    for node_id, value in overrides.items():
        nodes[node_id] = nodes[node_id].with_changes(plan=value)
    return replace(plan, nodes=nodes, reps=list(plan.reps), fixed=dict(plan.fixed))


def projected_kgi(plan: Plan, overrides: Mapping[int, Fraction]) -> Figure:
    scenario = with_plan_values(plan, overrides)
    return compute(scenario)[scenario.root.id].projected


def _exact_kgi(plan: Plan, overrides: Mapping[int, Fraction]) -> Figure:
    scenario = replace(with_plan_values(plan, overrides), rounding_policy=RoundingPolicy.AT_END)
    return compute(scenario)[scenario.root.id].exact_projected


def sensitivity(plan: Plan, overrides: Mapping[int, Fraction]) -> dict[int, Figure]:
    """For each driver, how much the projected KGI moves when that driver rises by 1 %.

    Measured exactly, as if rounding only at the end: with counts rounded down at every
    stage, 1 % more prospects would often close not one more deal and show a move of 0.
    """
    base = _exact_kgi(plan, overrides)
    result = {}
    for node_id in drivers(plan):
        value = overrides.get(node_id, plan.nodes[node_id].plan)
        moved = _exact_kgi(plan, {**overrides, node_id: value * ONE_PERCENT})
        if base.ok and moved.ok:
            result[node_id] = Figure.of(moved.value - base.value)
        else:
            result[node_id] = Figure(problem=(moved.problem or base.problem))
    return result
