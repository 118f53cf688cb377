"""Each relation evaluated bottom-up and solved top-down, with exact values."""

from fractions import Fraction as F  # noqa: N817 (short for readable tables)

import pytest

from kpidesk.domain.model import Relation
from kpidesk.domain.relations import evaluate, solve

NAMES = ["a", "b", "c"]


@pytest.mark.parametrize(
    ("relation", "values", "expected"),
    [
        (Relation.PRODUCT, [F(500), F(1, 5), F(100_000)], F(10_000_000)),
        (Relation.SUM, [F(3), F(4), F(5, 2)], F(19, 2)),
        (Relation.QUOTIENT, [F(100), F(500)], F(1, 5)),
    ],
)
def test_evaluate(relation, values, expected):
    assert evaluate(relation, NAMES[: len(values)], values).value == expected


@pytest.mark.parametrize(
    ("relation", "parent", "unknown", "values", "expected"),
    [
        (Relation.PRODUCT, F(10_000_000), 0, [None, F(100_000)], F(100)),
        (Relation.PRODUCT, F(100), 1, [F(500), None], F(1, 5)),
        (Relation.SUM, F(10), 2, [F(3), F(4), None], F(3)),
        (Relation.SUM, F(10), 0, [None, F(12)], F(-2)),
        (Relation.QUOTIENT, F(1, 5), 0, [None, F(500)], F(100)),
        (Relation.QUOTIENT, F(1, 5), 1, [F(100), None], F(500)),
    ],
)
def test_solve(relation, parent, unknown, values, expected):
    names = NAMES[: len(values)]
    assert solve(relation, parent, unknown, names, values).value == expected


def test_product_with_a_zero_factor_cannot_be_solved_and_names_it():
    figure = solve(Relation.PRODUCT, F(100), 0, ["prospects", "rate"], [None, F(0)])
    assert figure.value is None
    assert figure.problem.code == "division_by_zero"
    assert figure.problem.node == "rate"


def test_quotient_with_zero_denominator_cannot_be_evaluated():
    figure = evaluate(Relation.QUOTIENT, ["deals", "prospects"], [F(3), F(0)])
    assert figure.problem.code == "division_by_zero"
    assert figure.problem.node == "prospects"


def test_quotient_solving_the_denominator_from_a_zero_parent_is_refused():
    figure = solve(Relation.QUOTIENT, F(0), 1, ["deals", "prospects"], [F(3), None], "rate")
    assert figure.problem.code == "division_by_zero"
    assert figure.problem.node == "rate"


def test_quotient_needs_exactly_two_children():
    assert evaluate(Relation.QUOTIENT, NAMES, [F(1)] * 3).problem.code == (
        "quotient_needs_two_children"
    )
