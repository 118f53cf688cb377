"""Counts round up by default; money and rates are never rounded unless asked."""

from fractions import Fraction

import pytest

from kpidesk.domain.decomposition import compute, rep_splits
from kpidesk.domain.model import Rounding, RoundingPolicy, Unit
from kpidesk.domain.numbers import round_value

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def per_rep(plan, figures, node_id=PROSPECTS):
    return rep_splits(plan, plan.nodes[node_id], figures[node_id])


def test_counts_round_up_at_every_stage(demo):
    demo.nodes[REVENUE] = demo.nodes[REVENUE].with_changes(target=Fraction(10_050_000))
    figures = compute(demo)
    assert figures[DEALS].required.value == 101  # 100.5 deals cannot be closed
    assert figures[PROSPECTS].required.value == 505  # 101 / 20 %
    # 50.5 per rep: whole prospects that add up to the team's 505 (largest remainder).
    parts = per_rep(demo, figures).required.parts
    assert sorted(parts.values()) == [50] * 5 + [51] * 5
    assert sum(parts.values()) == 505
    assert per_rep(demo, figures).required_per_rep is None  # not the same for every rep


def test_money_is_not_rounded(demo):
    # Solve for the unit price instead: 10,000,000 / 99 deals is not a whole number of yen.
    demo.nodes[DEALS] = demo.nodes[DEALS].with_changes(solve_for=False, target=Fraction(99))
    demo.nodes[UNIT_PRICE] = demo.nodes[UNIT_PRICE].with_changes(solve_for=True)
    figures = compute(demo)
    assert figures[UNIT_PRICE].required.value == Fraction(10_000_000, 99)


def test_a_rate_solved_for_is_not_rounded(demo):
    demo.nodes[PROSPECTS] = demo.nodes[PROSPECTS].with_changes(
        solve_for=False, target=Fraction(300)
    )
    demo.nodes[CLOSE_RATE] = demo.nodes[CLOSE_RATE].with_changes(solve_for=True)
    figures = compute(demo)
    assert figures[CLOSE_RATE].required.value == Fraction(1, 3)


def test_a_count_can_be_told_not_to_round(demo):
    demo.nodes[REVENUE] = demo.nodes[REVENUE].with_changes(target=Fraction(10_050_000))
    demo.nodes[DEALS] = demo.nodes[DEALS].with_changes(rounding=Rounding.NONE)
    demo.nodes[PROSPECTS] = demo.nodes[PROSPECTS].with_changes(rounding=Rounding.NONE)
    figures = compute(demo)
    assert figures[DEALS].required.value == Fraction(201, 2)
    assert figures[PROSPECTS].required.value == Fraction(1005, 2)
    assert set(per_rep(demo, figures).required.parts.values()) == {Fraction(201, 4)}


def test_rounding_at_the_end_rounds_only_what_is_shown(demo):
    demo.nodes[REVENUE] = demo.nodes[REVENUE].with_changes(target=Fraction(10_050_000))
    demo.rounding_policy = RoundingPolicy.AT_END
    figures = compute(demo)
    assert figures[DEALS].required.value == 101  # 100.5, shown rounded up
    assert figures[PROSPECTS].required.value == 503  # 100.5 / 20 % = 502.5, rounded once
    every_stage = compute(demo.__class__(demo.name, demo.nodes, demo.reps))
    assert every_stage[PROSPECTS].required.value == 505  # 101 / 20 %: rounding compounds


@pytest.mark.parametrize(
    ("rounding", "value", "expected"),
    [
        (Rounding.UP, Fraction(1001, 10), 101),
        (Rounding.UP, Fraction(100), 100),
        (Rounding.DOWN, Fraction(1009, 10), 100),
        (Rounding.NEAREST, Fraction(201, 2), 101),
        (Rounding.NEAREST, Fraction(2009, 20), 100),
        (Rounding.NONE, Fraction(1001, 10), Fraction(1001, 10)),
    ],
)
def test_round_value(rounding, value, expected):
    assert round_value(value, rounding) == expected


def test_automatic_rounding_depends_on_the_unit(demo):
    assert demo.nodes[DEALS].effective_rounding is Rounding.UP
    assert demo.nodes[REVENUE].effective_rounding is Rounding.NONE
    assert demo.nodes[CLOSE_RATE].effective_rounding is Rounding.NONE
    assert demo.nodes[DEALS].with_changes(unit=Unit.DAYS).effective_rounding is Rounding.NONE
