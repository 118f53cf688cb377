"""The arithmetic of each relation: evaluate a parent, or solve for one unknown child."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from kpidesk.domain import formula as formulas
from kpidesk.domain.model import Node, Relation
from kpidesk.domain.problems import DIVISION_BY_ZERO, Figure, ValidationError

QUOTIENT_ARITY = "quotient_needs_two_children"
INPUT_WITH_CHILDREN = "input_with_children"
FORMULA_EMPTY = "formula_empty"
FORMULA_INVALID = "formula_invalid"


def evaluate(node: Node, children: Sequence[Node], values: Sequence[Fraction]) -> Figure:
    """The parent's value from all its children's values (bottom-up)."""
    relation = node.relation
    if relation is Relation.SUM:
        return Figure.of(sum(values, Fraction(0)))
    if relation is Relation.WEIGHTED_SUM:
        return Figure.of(
            sum((c.weight * v for c, v in zip(children, values, strict=True)), Fraction(0))
        )
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
            return Figure.failed(DIVISION_BY_ZERO, children[1].name)
        return Figure.of(numerator / denominator)
    if relation is Relation.FORMULA:
        parsed = _parsed(node)
        if not isinstance(parsed, formulas.Formula):
            return parsed
        return parsed.evaluate({c.name: v for c, v in zip(children, values, strict=True)})
    return Figure.failed(INPUT_WITH_CHILDREN, node.name)


def solve(
    node: Node,
    parent: Fraction,
    unknown_index: int,
    children: Sequence[Node],
    values: Sequence[Fraction | None],
) -> Figure:
    """The unknown child's value so that the node's relation gives `parent` (top-down).

    `values` holds every child's value in order; the entry at `unknown_index` is ignored.
    """
    relation = node.relation
    given = [(children[i], v) for i, v in enumerate(values) if i != unknown_index]
    if relation is Relation.SUM:
        return Figure.of(parent - sum((v for _, v in given), Fraction(0)))
    if relation is Relation.WEIGHTED_SUM:
        weight = children[unknown_index].weight
        if weight == 0:
            return Figure.failed(DIVISION_BY_ZERO, children[unknown_index].name)
        rest = sum((c.weight * v for c, v in given), Fraction(0))
        return Figure.of((parent - rest) / weight)
    if relation is Relation.PRODUCT:
        divisor = Fraction(1)
        for child, value in given:
            if value == 0:
                return Figure.failed(DIVISION_BY_ZERO, child.name)
            divisor *= value
        return Figure.of(parent / divisor)
    if relation is Relation.QUOTIENT:
        if len(values) != 2:
            return Figure.failed(QUOTIENT_ARITY)
        other = given[0][1]
        if unknown_index == 0:
            return Figure.of(parent * other)
        if parent == 0:
            return Figure.failed(DIVISION_BY_ZERO, node.name)
        return Figure.of(other / parent)
    if relation is Relation.FORMULA:
        parsed = _parsed(node)
        if not isinstance(parsed, formulas.Formula):
            return parsed
        known = {c.name: v for c, v in given}
        return parsed.solve(children[unknown_index].name, parent, known)
    return Figure.failed(INPUT_WITH_CHILDREN, node.name)


def _parsed(node: Node) -> formulas.Formula | Figure:
    if not node.formula.strip():
        return Figure.failed(FORMULA_EMPTY, node.name)
    try:
        return formulas.parse(node.formula)
    except ValidationError:
        return Figure.failed(FORMULA_INVALID, node.name)
