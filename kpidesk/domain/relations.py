"""The arithmetic of each relation: evaluate a parent, or solve for one unknown child."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from kpidesk.domain.model import Relation
from kpidesk.domain.problems import Figure

DIVISION_BY_ZERO = "division_by_zero"
QUOTIENT_ARITY = "quotient_needs_two_children"
INPUT_WITH_CHILDREN = "input_with_children"


def evaluate(relation: Relation, names: Sequence[str], values: Sequence[Fraction]) -> Figure:
    """The parent's value from all its children's values (bottom-up)."""
    if relation is Relation.SUM:
        return Figure.of(sum(values, Fraction(0)))
    if relation is Relation.PRODUCT:
        result = Fraction(1)
        for value in values:
            result *= value
        return Figure.of(result)
    if relation is Relation.QUOTIENT:
        if len(values) != 2:
            return Figure.failed(QUOTIENT_ARITY)
        numerator, denominator = values
        if denominator == 0:
            return Figure.failed(DIVISION_BY_ZERO, names[1])
        return Figure.of(numerator / denominator)
    return Figure.failed(INPUT_WITH_CHILDREN)


def solve(
    relation: Relation,
    parent: Fraction,
    unknown_index: int,
    names: Sequence[str],
    values: Sequence[Fraction | None],
    parent_name: str = "",
) -> Figure:
    """The unknown child's value so that the relation gives `parent` (top-down).

    `values` holds every child's value in order; the entry at `unknown_index` is ignored.
    """
    given = [(names[i], v) for i, v in enumerate(values) if i != unknown_index]
    if relation is Relation.SUM:
        return Figure.of(parent - sum((v for _, v in given), Fraction(0)))
    if relation is Relation.PRODUCT:
        divisor = Fraction(1)
        for name, value in given:
            if value == 0:
                return Figure.failed(DIVISION_BY_ZERO, name)
            divisor *= value
        return Figure.of(parent / divisor)
    if relation is Relation.QUOTIENT:
        if len(values) != 2:
            return Figure.failed(QUOTIENT_ARITY)
        other = given[0][1]
        if unknown_index == 0:
            return Figure.of(parent * other)
        if parent == 0:
            return Figure.failed(DIVISION_BY_ZERO, parent_name)
        return Figure.of(other / parent)
    return Figure.failed(INPUT_WITH_CHILDREN, parent_name)
