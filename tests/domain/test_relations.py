"""Each relation evaluated bottom-up and solved top-down, with exact values."""

from fractions import Fraction as F  # noqa: N817 (short for readable tables)

import pytest

from kpidesk.domain.model import Node, Relation
from kpidesk.domain.relations import evaluate, solve

NAMES = ["a", "b", "c"]


def parent(relation, formula="", name="parent"):
    return Node(1, None, 0, name, relation=relation, formula=formula)


def kids(*names, weights=None):
    weights = weights or [F(1)] * len(names)
    pairs = zip(names, weights, strict=True)
    return [Node(i + 2, 1, i, n, weight=w) for i, (n, w) in enumerate(pairs)]


@pytest.mark.parametrize(
    ("relation", "values", "expected"),
    [
        (Relation.PRODUCT, [F(500), F(1, 5), F(100_000)], F(10_000_000)),
        (Relation.SUM, [F(3), F(4), F(5, 2)], F(19, 2)),
        (Relation.QUOTIENT, [F(100), F(500)], F(1, 5)),
    ],
)
def test_evaluate(relation, values, expected):
    assert evaluate(parent(relation), kids(*NAMES[: len(values)]), values).value == expected


@pytest.mark.parametrize(
    ("relation", "target", "unknown", "values", "expected"),
    [
        (Relation.PRODUCT, F(10_000_000), 0, [None, F(100_000)], F(100)),
        (Relation.PRODUCT, F(100), 1, [F(500), None], F(1, 5)),
        (Relation.SUM, F(10), 2, [F(3), F(4), None], F(3)),
        (Relation.SUM, F(10), 0, [None, F(12)], F(-2)),
        (Relation.QUOTIENT, F(1, 5), 0, [None, F(500)], F(100)),
        (Relation.QUOTIENT, F(1, 5), 1, [F(100), None], F(500)),
    ],
)
def test_solve(relation, target, unknown, values, expected):
    children = kids(*NAMES[: len(values)])
    assert solve(parent(relation), target, unknown, children, values).value == expected


def test_product_with_a_zero_factor_cannot_be_solved_and_names_it():
    figure = solve(parent(Relation.PRODUCT), F(100), 0, kids("prospects", "rate"), [None, F(0)])
    assert figure.value is None
    assert figure.problem.code == "division_by_zero"
    assert figure.problem.node == "rate"


def test_quotient_with_zero_denominator_cannot_be_evaluated():
    figure = evaluate(parent(Relation.QUOTIENT), kids("deals", "prospects"), [F(3), F(0)])
    assert figure.problem.code == "division_by_zero"
    assert figure.problem.node == "prospects"


def test_quotient_solving_the_denominator_from_a_zero_parent_is_refused():
    figure = solve(
        parent(Relation.QUOTIENT, name="rate"), F(0), 1, kids("deals", "prospects"), [F(3), None]
    )
    assert figure.problem.code == "division_by_zero"
    assert figure.problem.node == "rate"


def test_quotient_needs_exactly_two_children():
    figure = evaluate(parent(Relation.QUOTIENT), kids(*NAMES), [F(1)] * 3)
    assert figure.problem.code == "quotient_needs_two_children"


def test_weighted_sum_weights_each_child():
    children = kids("new", "repeat", weights=[F(1), F(1, 2)])
    assert evaluate(parent(Relation.WEIGHTED_SUM), children, [F(10), F(8)]).value == 14
    assert solve(parent(Relation.WEIGHTED_SUM), F(14), 1, children, [F(10), None]).value == 8
    assert solve(parent(Relation.WEIGHTED_SUM), F(14), 0, children, [None, F(8)]).value == 10


def test_weighted_sum_cannot_solve_for_a_child_of_weight_zero():
    children = kids("new", "repeat", weights=[F(1), F(0)])
    figure = solve(parent(Relation.WEIGHTED_SUM), F(14), 1, children, [F(10), None])
    assert figure.problem.code == "division_by_zero"
    assert figure.problem.node == "repeat"


def test_formula_evaluates_and_solves_by_child_names():
    node = parent(Relation.FORMULA, "見込み客数 * 成約率 * 単価")
    children = kids("見込み客数", "成約率", "単価")
    values = [F(500), F(1, 5), F(100_000)]
    assert evaluate(node, children, values).value == 10_000_000
    assert solve(node, F(10_000_000), 0, children, [None, F(1, 5), F(100_000)]).value == 500


def test_an_empty_or_broken_formula_is_reported_at_the_node():
    children = kids("a", "b")
    empty = evaluate(parent(Relation.FORMULA, "", name="Revenue"), children, [F(1), F(2)])
    assert (empty.problem.code, empty.problem.node) == ("formula_empty", "Revenue")
    broken = evaluate(parent(Relation.FORMULA, "a * * b", name="Revenue"), children, [F(1), F(2)])
    assert broken.problem.code == "formula_invalid"
