"""A what-if scenario changes nothing in the plan and says how much each driver moves the KGI."""

from fractions import Fraction

from kpidesk.domain.what_if import drivers, projected_kgi, sensitivity

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def test_the_drivers_are_the_planned_leaves(demo):
    assert drivers(demo) == [UNIT_PRICE, PROSPECTS, CLOSE_RATE]


def test_a_scenario_projects_the_kgi_without_touching_the_plan(demo):
    figure = projected_kgi(demo, {PROSPECTS: Fraction(600)})
    assert figure.value == 12_000_000
    assert demo.nodes[PROSPECTS].plan == 500


def test_sensitivity_of_a_product_is_one_percent_of_the_kgi_for_every_factor(demo):
    moves = sensitivity(demo, {})
    assert {node_id: figure.value for node_id, figure in moves.items()} == {
        UNIT_PRICE: 100_000,
        PROSPECTS: 100_000,
        CLOSE_RATE: 100_000,
    }


def test_sensitivity_follows_the_scenario(demo):
    moves = sensitivity(demo, {PROSPECTS: Fraction(450)})
    assert moves[PROSPECTS].value == 90_000
