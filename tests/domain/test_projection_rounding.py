"""Projections follow the plan's rounding policy: whole counts at every stage, exact at the end."""

from dataclasses import replace
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.decomposition import compute
from kpidesk.domain.model import Node, Plan, Relation, Rounding, RoundingPolicy, Unit
from tests.domain.fraction_strategy import fractions

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def _planned(demo, policy):
    demo.nodes[PROSPECTS] = demo.nodes[PROSPECTS].with_changes(plan=Fraction(450))
    demo.nodes[CLOSE_RATE] = demo.nodes[CLOSE_RATE].with_changes(plan=Fraction(1, 4))
    demo.rounding_policy = policy
    return compute(demo)


def test_every_stage_closes_whole_deals_and_revenue_follows_them(demo):
    figures = _planned(demo, RoundingPolicy.EVERY_STAGE)
    assert figures[DEALS].projected.value == 112  # 450 × 25 % = 112.5: 112 deals close
    assert figures[REVENUE].projected.value == 11_200_000  # 112 × ¥100,000
    assert figures[REVENUE].gap.value == 1_200_000
    assert figures[DEALS].gap.value == 12


def test_at_the_end_the_exact_figure_is_kept_and_only_the_display_rounds(demo):
    figures = _planned(demo, RoundingPolicy.AT_END)
    assert figures[DEALS].exact_projected.value == Fraction(225, 2)
    assert figures[DEALS].projected.value == 112  # what the tree shows
    assert figures[REVENUE].projected.value == 11_250_000  # from the exact 112.5 deals


def test_a_count_told_not_to_round_keeps_its_fraction(demo):
    demo.nodes[DEALS] = demo.nodes[DEALS].with_changes(rounding=Rounding.NONE)
    figures = _planned(demo, RoundingPolicy.EVERY_STAGE)
    assert figures[DEALS].projected.value == Fraction(225, 2)
    assert figures[REVENUE].projected.value == 11_250_000


def test_a_plan_value_typed_into_a_leaf_is_never_rounded(demo):
    demo.nodes[PROSPECTS] = demo.nodes[PROSPECTS].with_changes(plan=Fraction(901, 2))
    figures = compute(demo)
    assert figures[PROSPECTS].projected.value == Fraction(901, 2)
    assert figures[DEALS].projected.value == 90  # 450.5 × 20 % = 90.1


counts = st.integers(0, 100_000).map(Fraction)
rates = fractions(min_value=0, max_value=1, max_denominator=1000)
prices = fractions(min_value=0, max_value=1_000_000, max_denominator=100)


@st.composite
def funnels(draw):
    """Revenue = (stage count × rate × rate …) × unit price, the shape of every template."""
    stages = draw(st.integers(1, 4))
    nodes = [Node(1, None, 0, "revenue", Unit.CURRENCY, relation=Relation.PRODUCT)]
    nodes.append(Node(2, 1, 1, "price", Unit.CURRENCY, plan=draw(prices)))
    parent = 1
    for stage in range(stages):
        count_id = len(nodes) + 1
        last = stage == stages - 1
        nodes.append(
            Node(
                count_id,
                parent,
                0,
                f"count{stage}",
                Unit.COUNT,
                relation=Relation.INPUT if last else Relation.PRODUCT,
                plan=draw(counts) if last else None,
            )
        )
        if not last:
            nodes.append(Node(count_id + 1, count_id, 1, f"rate{stage}", Unit.PERCENT))
            nodes[-1] = nodes[-1].with_changes(plan=draw(rates))
        parent = count_id
    return Plan("funnel", {node.id: node for node in nodes})


@settings(max_examples=200, deadline=None)
@given(funnels())
def test_every_stage_gives_whole_counts_never_above_the_exact_projection(plan):
    staged = compute(plan)
    exact = compute(replace(plan, rounding_policy=RoundingPolicy.AT_END))
    for node in plan.nodes.values():
        if node.unit is Unit.COUNT:
            assert staged[node.id].projected.value.denominator == 1
        assert staged[node.id].projected.value <= exact[node.id].exact_projected.value
