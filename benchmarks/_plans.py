"""Benchmark plans with realistic figures: a ¥1,000,000,000 KGI and every projection near it."""

from __future__ import annotations

import random
from fractions import Fraction

from kpidesk.domain.model import Node, Plan, Relation, Rep, Split, Unit

KGI = 10**9
RATES = (Fraction(1, 2), Fraction(1))  # a product's other factors are rates of 50–100 %


def realistic_plan(size: int, reps: int = 30, seed: int = 7) -> Plan:
    """A KGI with products and sums three wide; every leaf planned near what its parent needs.

    A product's first child is solved from the parent and its other children are rates (typed
    in, never broken down); a sum's children share the parent's figure. Leaves are planned
    within ±20 % of their share, so the projected KGI lands near ¥1,000,000,000 (not a
    183-digit number) and every figure is the size a sales plan has. About a third of the
    KPIs are split across the reps.
    """
    rng = random.Random(seed)
    nodes = {1: Node(1, None, 0, "KGI", Unit.CURRENCY, target=Fraction(KGI))}
    scale = {1: Fraction(KGI)}
    frontier, next_id = [1], 2
    while next_id <= size:
        parent = frontier.pop(0)
        relation = rng.choice([Relation.PRODUCT, Relation.SUM])
        nodes[parent] = nodes[parent].with_changes(relation=relation, plan=None)
        count = min(3, size - next_id + 1)
        rates = [_rate(rng) for _ in range(count - 1)]
        for position in range(count):
            if relation is Relation.SUM:
                unit, share = nodes[parent].unit, scale[parent] / count
            elif position == 0:
                unit, share = nodes[parent].unit, scale[parent] / _product(rates)
            else:
                unit, share = Unit.PERCENT, rates[position - 1]
            planned = _near(rng, share, unit)
            nodes[next_id] = Node(
                next_id,
                parent,
                position,
                f"KPI {next_id}",
                unit,
                solve_for=position == 0,
                target=None if position == 0 else planned,
                plan=planned,
                split=Split.EVEN if unit is not Unit.PERCENT and rng.random() < 0.3 else Split.NONE,
            )
            scale[next_id] = share
            if unit is not Unit.PERCENT:  # a rate is typed in, not broken down
                frontier.append(next_id)
            next_id += 1
    team = [
        Rep(i, f"Rep {i}", i - 1, capacity=Fraction(rng.randint(5, 15), 10))
        for i in range(1, reps + 1)
    ]
    return Plan("benchmark", nodes, team)


def _rate(rng: random.Random) -> Fraction:
    low, high = RATES
    return low + (high - low) * Fraction(rng.randint(0, 100), 100)


def _product(values: list[Fraction]) -> Fraction:
    result = Fraction(1)
    for value in values:
        result *= value
    return result


def _near(rng: random.Random, share: Fraction, unit: Unit) -> Fraction:
    """Within ±20 % of `share`: whole yen and counts, rates to the per cent."""
    if unit is Unit.PERCENT:
        return share
    value = share * Fraction(rng.randint(80, 120), 100)
    return Fraction(max(1, round(value)))
