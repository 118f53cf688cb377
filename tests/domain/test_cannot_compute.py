"""Legal data that cannot be computed says why, and the rest of the tree still computes."""

from fractions import Fraction

from kpidesk.domain.decomposition import compute, rep_splits
from kpidesk.domain.model import Node, Plan, Relation, Unit

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def per_rep(plan, figures, node_id=PROSPECTS):
    return rep_splits(plan, plan.nodes[node_id], figures[node_id])


def test_zero_close_rate_blocks_only_the_prospects(demo):
    demo.nodes[CLOSE_RATE] = demo.nodes[CLOSE_RATE].with_changes(
        target=Fraction(0), plan=Fraction(0)
    )
    figures = compute(demo)
    assert figures[PROSPECTS].required.value is None
    assert figures[PROSPECTS].required.problem.code == "division_by_zero"
    assert figures[PROSPECTS].required.problem.node == "Close rate"
    assert per_rep(demo, figures).required_per_rep.problem.code == "division_by_zero"
    assert figures[PROSPECTS].gap.value is None
    # Everything else still computes: the required deals, and the projection (0 deals).
    assert figures[DEALS].required.value == 100
    assert figures[REVENUE].required.value == 10_000_000
    assert figures[DEALS].projected.value == 0
    assert figures[REVENUE].projected.value == 0
    assert figures[REVENUE].gap.value == -10_000_000


def test_a_given_node_without_target_blocks_the_solved_sibling(demo):
    demo.nodes[UNIT_PRICE] = demo.nodes[UNIT_PRICE].with_changes(target=None)
    figures = compute(demo)
    assert figures[UNIT_PRICE].required.problem.code == "missing_target"
    assert figures[DEALS].required.problem.code == "missing_target"
    assert figures[DEALS].required.problem.node == "Unit price"
    assert figures[PROSPECTS].required.problem.code == "depends_on"
    assert figures[PROSPECTS].required.problem.node == "Deals"
    assert figures[REVENUE].projected.value == 10_000_000


def test_a_leaf_without_plan_blocks_only_the_projection_above_it(demo):
    demo.nodes[PROSPECTS] = demo.nodes[PROSPECTS].with_changes(plan=None)
    figures = compute(demo)
    assert figures[PROSPECTS].projected.problem.code == "missing_plan"
    # The nodes above wait for that one value and name it, rather than each being a warning.
    assert figures[DEALS].projected.problem == ("awaiting_plan", "Prospects")
    assert figures[REVENUE].projected.problem == ("awaiting_plan", "Prospects")
    assert figures[UNIT_PRICE].projected.value == 100_000
    assert figures[PROSPECTS].required.value == 500


def test_a_split_node_in_a_team_without_reps_says_so(demo):
    demo.reps.clear()
    figures = compute(demo)
    assert per_rep(demo, figures).required_per_rep.problem.code == "no_active_reps"
    assert figures[PROSPECTS].required.value == 500


def test_an_empty_plan_has_no_figures():
    assert compute(Plan("empty")) == {}


def test_a_quotient_with_three_children_reports_it():
    nodes = [
        Node(1, None, 0, "rate", Unit.PERCENT, relation=Relation.QUOTIENT, target=Fraction(1, 2)),
        Node(2, 1, 0, "a", plan=Fraction(1), solve_for=True),
        Node(3, 1, 1, "b", target=Fraction(2), plan=Fraction(2)),
        Node(4, 1, 2, "c", target=Fraction(3), plan=Fraction(3)),
    ]
    figures = compute(Plan("p", {n.id: n for n in nodes}))
    assert figures[1].projected.problem.code == "quotient_needs_two_children"
    assert figures[2].required.problem.code == "quotient_needs_two_children"
    assert figures[3].required.value == 2
