"""The worked example of the design brief as a ready plan: ¥10,000,000 from 10 reps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from fractions import Fraction

from kpidesk.domain.model import Node, Plan, Relation, Rep, Split, Unit

DEMO_LABELS = ("plan", "revenue", "deals", "unit_price", "prospects", "close_rate", "rep")


def demo_plan(label: Callable[[str], str], month: date | None = None) -> Plan:
    """Revenue = deals × unit price; deals = prospects × close rate; prospects split over 10 reps.

    `label` turns each key of DEMO_LABELS into the user's language.
    """
    nodes = [
        Node(
            1,
            None,
            0,
            label("revenue"),
            Unit.CURRENCY,
            relation=Relation.PRODUCT,
            target=Fraction(10_000_000),
        ),
        Node(2, 1, 0, label("deals"), Unit.COUNT, relation=Relation.PRODUCT, solve_for=True),
        Node(
            3,
            1,
            1,
            label("unit_price"),
            Unit.CURRENCY,
            target=Fraction(100_000),
            plan=Fraction(100_000),
        ),
        Node(
            4,
            2,
            0,
            label("prospects"),
            Unit.COUNT,
            solve_for=True,
            split=Split.EVEN,
            plan=Fraction(500),
        ),
        Node(
            5, 2, 1, label("close_rate"), Unit.PERCENT, target=Fraction(1, 5), plan=Fraction(1, 5)
        ),
    ]
    reps = [Rep(i, f"{label('rep')} {i}", i - 1) for i in range(1, 11)]
    plan = Plan(label("plan"), {node.id: node for node in nodes}, reps)
    plan.period_start = month.replace(day=1) if month else None
    return plan


def blank_plan(name: str, kgi_name: str, first_rep: str, month: date | None = None) -> Plan:
    """A new plan: a revenue KGI with no target yet, and a team of one."""
    kgi = Node(1, None, 0, kgi_name, Unit.CURRENCY)
    plan = Plan(name, {kgi.id: kgi}, [Rep(1, first_rep, 0)])
    plan.period_start = month.replace(day=1) if month else None
    return plan
