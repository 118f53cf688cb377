"""Rules an edit must satisfy before it reaches the plan file."""

from __future__ import annotations

from fractions import Fraction

from kpidesk.domain.model import Node, Plan, Relation, Unit
from kpidesk.domain.problems import ValidationError

NAME_MAX_LENGTH = 120


def check_value(unit: Unit, value: Fraction | None) -> None:
    """Refuse a target or plan value that makes no sense for the unit."""
    if value is None:
        return
    if unit in (Unit.COUNT, Unit.CURRENCY, Unit.DAYS, Unit.PERCENT) and value < 0:
        raise ValidationError("negative_value", unit=unit.value)
    if unit is Unit.PERCENT and value > 1:
        raise ValidationError("rate_above_100")


def check_weight(weight: Fraction) -> None:
    """A capacity or weight: zero or more."""
    if weight < 0:
        raise ValidationError("negative_value", unit="weight")


def check_name(name: str) -> str:
    """A node's name, trimmed; refuse an empty or overly long one."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("empty_name")
    if len(cleaned) > NAME_MAX_LENGTH:
        raise ValidationError("name_too_long", limit=NAME_MAX_LENGTH)
    return cleaned


def check_relation(plan: Plan, node: Node, relation: Relation) -> None:
    """Refuse a relation the node's children cannot satisfy."""
    count = len(plan.children_of(node.id))
    if relation is Relation.INPUT and count:
        raise ValidationError("input_with_children")
    if relation is Relation.QUOTIENT and count not in (0, 2):
        raise ValidationError("quotient_needs_two_children")


def check_unit_change(node: Node, unit: Unit) -> None:
    """Refuse a unit under which the node's stored numbers become invalid."""
    check_value(unit, node.target)
    check_value(unit, node.plan)


def check_deletable(node: Node) -> None:
    """The KGI root holds the plan together: it cannot be deleted."""
    if node.is_root:
        raise ValidationError("cannot_delete_root")
