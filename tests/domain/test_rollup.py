"""Roll-ups: sums across reps, rates from their own numerator and denominator."""

from fractions import Fraction

from kpidesk.domain.model import Node, Plan, Relation, Unit
from kpidesk.domain.rollup import roll_up

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def test_a_parent_without_its_own_figures_follows_its_relation(demo):
    actual = roll_up(
        demo, {PROSPECTS: Fraction(200), CLOSE_RATE: Fraction(1, 5), UNIT_PRICE: Fraction(110_000)}
    )
    assert actual[DEALS].value == 40
    assert actual[REVENUE].value == 4_400_000


def test_entered_figures_win_over_the_relation(demo):
    actual = roll_up(
        demo, {DEALS: Fraction(45), UNIT_PRICE: Fraction(100_000), PROSPECTS: Fraction(200)}
    )
    assert actual[DEALS].value == 45
    assert actual[REVENUE].value == 4_500_000
    assert actual[CLOSE_RATE].problem.code == "no_actuals"


def test_a_rate_is_its_numerator_over_its_denominator_never_an_average():
    # Rep A: 1 deal of 2 prospects (50 %); rep B: 9 of 90 (10 %). The average of the rates
    # would be 30 %; the team's rate is 10 of 92.
    nodes = [
        Node(1, None, 0, "Close rate", Unit.PERCENT, relation=Relation.QUOTIENT),
        Node(2, 1, 0, "Deals", solve_for=True),
        Node(3, 1, 1, "Prospects"),
    ]
    plan = Plan("p", {n.id: n for n in nodes})
    actual = roll_up(plan, {2: Fraction(1 + 9), 3: Fraction(2 + 90)})
    assert actual[1].value == Fraction(10, 92)


def test_a_missing_branch_says_which(demo):
    actual = roll_up(demo, {PROSPECTS: Fraction(200)})
    assert actual[DEALS].problem.code == "depends_on"
    assert actual[DEALS].problem.node == "Close rate"
    assert actual[PROSPECTS].value == 200
