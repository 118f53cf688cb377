"""The design brief's worked example, top-down and bottom-up, to the yen."""

from fractions import Fraction

from kpidesk.domain.decomposition import compute, rep_splits

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def per_rep(plan, figures, node_id=PROSPECTS):
    return rep_splits(plan, plan.nodes[node_id], figures[node_id])


def test_top_down_gives_100_deals_500_prospects_50_per_rep(demo):
    figures = compute(demo)
    assert figures[REVENUE].required.value == 10_000_000
    assert figures[DEALS].required.value == 100
    assert figures[PROSPECTS].required.value == 500
    assert per_rep(demo, figures).required_per_rep.value == 50
    assert figures[CLOSE_RATE].required.value == Fraction(1, 5)
    assert figures[UNIT_PRICE].required.value == 100_000


def test_bottom_up_with_50_prospects_per_rep_projects_the_kgi_with_no_gap(demo):
    demo.nodes[PROSPECTS] = demo.nodes[PROSPECTS].with_changes(plan=Fraction(10 * 50))
    figures = compute(demo)
    assert figures[REVENUE].projected.value == 10_000_000
    assert figures[REVENUE].gap.value == 0
    assert per_rep(demo, figures).plan_per_rep == 50


def test_bottom_up_with_45_prospects_per_rep_falls_one_million_short(demo):
    demo.nodes[PROSPECTS] = demo.nodes[PROSPECTS].with_changes(plan=Fraction(10 * 45))
    figures = compute(demo)
    assert figures[DEALS].projected.value == 90
    assert figures[REVENUE].projected.value == 9_000_000
    assert figures[REVENUE].gap.value == -1_000_000
    assert figures[DEALS].gap.value == -10
    assert figures[PROSPECTS].gap.value == -50


def test_the_required_value_of_a_given_node_is_its_own_target(demo):
    demo.nodes[UNIT_PRICE] = demo.nodes[UNIT_PRICE].with_changes(target=Fraction(125_000))
    figures = compute(demo)
    assert figures[DEALS].required.value == 80
    assert figures[PROSPECTS].required.value == 400
    assert per_rep(demo, figures).required_per_rep.value == 40
