"""Weighted sums and formulas in a tree, lower-is-better KPIs, and splits by capacity."""

from fractions import Fraction

from kpidesk.domain.decomposition import compute, rep_splits
from kpidesk.domain.model import Node, Plan, Relation, Rep, Split, Unit

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def per_rep(plan, figures, node_id=PROSPECTS):
    return rep_splits(plan, plan.nodes[node_id], figures[node_id])


def test_a_formula_node_solves_for_its_unknown_child(demo):
    demo.nodes[DEALS] = demo.nodes[DEALS].with_changes(
        relation=Relation.FORMULA, formula="Prospects * [Close rate]"
    )
    figures = compute(demo)
    assert figures[PROSPECTS].required.value == 500
    assert figures[DEALS].projected.value == 100


def test_a_formula_naming_a_missing_child_is_reported_and_the_rest_computes(demo):
    demo.nodes[DEALS] = demo.nodes[DEALS].with_changes(
        relation=Relation.FORMULA, formula="Prospects * Visits"
    )
    figures = compute(demo)
    assert figures[DEALS].projected.problem.code == "unknown_name"
    assert figures[DEALS].projected.problem.node == "Visits"
    assert figures[UNIT_PRICE].projected.value == 100_000
    assert figures[DEALS].required.value == 100


def test_weighted_sum_in_a_tree():
    nodes = [
        Node(
            1, None, 0, "Points", Unit.OTHER, relation=Relation.WEIGHTED_SUM, target=Fraction(100)
        ),
        Node(2, 1, 0, "New deals", solve_for=True, weight=Fraction(2), plan=Fraction(30)),
        Node(3, 1, 1, "Renewals", target=Fraction(40), plan=Fraction(40), weight=Fraction(1, 2)),
    ]
    figures = compute(Plan("p", {n.id: n for n in nodes}))
    assert figures[2].required.value == 40  # (100 - 40 × ½) / 2
    assert figures[1].projected.value == 80  # 30 × 2 + 40 × ½
    assert figures[1].gap.value == -20


def test_lower_is_better_reads_the_gap_the_right_way_round():
    lead_time = Node(
        1,
        None,
        0,
        "Lead time",
        Unit.DAYS,
        target=Fraction(30),
        plan=Fraction(25),
        lower_is_better=True,
    )
    figures = compute(Plan("p", {1: lead_time}))
    assert figures[1].gap.value == -5
    assert figures[1].on_target is True
    later = compute(Plan("p", {1: lead_time.with_changes(plan=Fraction(35))}))
    assert later[1].on_target is False


def test_higher_is_better_by_default(demo):
    demo.nodes[PROSPECTS] = demo.nodes[PROSPECTS].with_changes(plan=Fraction(450))
    assert compute(demo)[REVENUE].on_target is False


def test_split_by_capacity_sizes_each_reps_share(demo):
    demo.reps[:] = [
        Rep(1, "Sato", 0, capacity=Fraction(3, 2)),
        Rep(2, "Suzuki", 1),
        Rep(3, "Tanaka", 2, capacity=Fraction(1, 2)),
        Rep(4, "Ito", 3, active=False),
    ]
    demo.nodes[PROSPECTS] = demo.nodes[PROSPECTS].with_changes(split=Split.CAPACITY)
    parts = per_rep(demo, compute(demo)).required.parts
    assert parts == {1: 250, 2: 167, 3: 83}  # 500 × 1.5/3, × 1/3, × 0.5/3, largest remainder


def test_a_fixed_share_is_taken_first_and_the_rest_shared(demo):
    demo.fixed[(PROSPECTS, 10)] = Fraction(5)
    parts = per_rep(demo, compute(demo)).required.parts
    assert parts[10] == 5
    assert sorted(v for k, v in parts.items() if k != 10) == [55] * 9
    assert sum(parts.values()) == 500


def test_fixed_shares_above_the_team_figure_are_reported(demo):
    demo.fixed[(PROSPECTS, 1)] = Fraction(600)
    split = per_rep(demo, compute(demo)).required
    assert split.problem.code == "fixed_exceeds_total"
    assert split.problem.node == "Prospects"
