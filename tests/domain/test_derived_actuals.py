"""A KPI with no actuals of its own gets them from its parent and siblings, and says how."""

from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kpidesk.domain.derived_actuals import follow_tree
from kpidesk.domain.model import Node, Plan, Relation, Unit
from kpidesk.domain.rollup import roll_up
from tests.domain.fraction_strategy import fractions

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def test_crm_counts_and_money_give_the_close_rate_and_the_unit_price(demo):
    actuals = follow_tree(
        demo, {REVENUE: Fraction(9_450_000), DEALS: Fraction(90), PROSPECTS: Fraction(450)}
    )
    assert actuals.figures[CLOSE_RATE].value == Fraction(1, 5)  # 90 ÷ 450
    assert actuals.figures[UNIT_PRICE].value == 105_000  # 9,450,000 ÷ 90
    assert actuals.derived[CLOSE_RATE].expression == "Deals ÷ Prospects"
    assert actuals.derived[UNIT_PRICE].expression == "Revenue ÷ Deals"
    assert actuals.derived[UNIT_PRICE].parent_id == REVENUE
    assert set(actuals.derived) == {CLOSE_RATE, UNIT_PRICE}


def test_own_actuals_always_win(demo):
    actuals = follow_tree(
        demo,
        {
            REVENUE: Fraction(9_450_000),
            DEALS: Fraction(90),
            PROSPECTS: Fraction(450),
            CLOSE_RATE: Fraction(1, 4),
        },
    )
    assert actuals.figures[CLOSE_RATE].value == Fraction(1, 4)
    assert CLOSE_RATE not in actuals.derived
    assert actuals.figures[UNIT_PRICE].value == 105_000


def test_a_derived_kpi_explains_its_own_children(demo):
    # No deals from the CRM: deals follow from revenue ÷ unit price, then close rate from them.
    actuals = follow_tree(
        demo,
        {REVENUE: Fraction(9_000_000), UNIT_PRICE: Fraction(100_000), PROSPECTS: Fraction(600)},
    )
    assert actuals.figures[DEALS].value == 90
    assert actuals.figures[CLOSE_RATE].value == Fraction(3, 20)
    assert actuals.derived[CLOSE_RATE].expression == "Deals ÷ Prospects"


def test_a_zero_divisor_leaves_the_kpi_without_an_actual(demo):
    actuals = follow_tree(demo, {REVENUE: Fraction(0), DEALS: Fraction(0), PROSPECTS: Fraction(0)})
    assert not actuals.figures[UNIT_PRICE].ok
    assert actuals.figures[UNIT_PRICE].problem.code == "no_actuals"
    assert not actuals.figures[CLOSE_RATE].ok


def test_nothing_is_derived_while_two_siblings_are_unknown(demo):
    actuals = follow_tree(demo, {REVENUE: Fraction(9_000_000), PROSPECTS: Fraction(600)})
    assert not actuals.figures[DEALS].ok
    assert not actuals.figures[UNIT_PRICE].ok
    assert actuals.derived == {}


def _plan(relation, *children, formula=""):
    nodes = [Node(1, None, 0, "Top", Unit.COUNT, relation=relation, formula=formula)]
    for position, (name, weight) in enumerate(children):
        nodes.append(Node(position + 2, 1, position, name, Unit.COUNT, weight=Fraction(weight)))
    return Plan("p", {n.id: n for n in nodes})


def test_a_sum_term_is_the_parent_less_the_other_terms():
    plan = _plan(Relation.SUM, ("Weekday", 1), ("Weekend", 1), ("Holiday", 1))
    actuals = follow_tree(plan, {1: Fraction(1000), 2: Fraction(600), 4: Fraction(150)})
    assert actuals.figures[3].value == 250
    assert actuals.derived[3].expression == "Top − Weekday − Holiday"


def test_a_weighted_sum_term():
    plan = _plan(Relation.WEIGHTED_SUM, ("A", 2), ("B", 4))
    actuals = follow_tree(plan, {1: Fraction(100), 2: Fraction(10)})
    assert actuals.figures[3].value == 20  # (100 − 2 × 10) ÷ 4
    assert actuals.derived[3].expression == "(Top − 2 × A) ÷ 4"


def test_the_parts_of_a_quotient():
    plan = _plan(Relation.QUOTIENT, ("Visits", 1), ("Reps", 1))
    numerator = follow_tree(plan, {1: Fraction(12), 3: Fraction(5)})
    assert numerator.figures[2].value == 60
    assert numerator.derived[2].expression == "Top × Reps"
    denominator = follow_tree(plan, {1: Fraction(12), 2: Fraction(60)})
    assert denominator.figures[3].value == 5
    assert denominator.derived[3].expression == "Visits ÷ Top"


def test_a_formula_is_solved_for_the_unknown():
    plan = _plan(Relation.FORMULA, ("a", 1), ("b", 1), formula="a * b + 10")
    actuals = follow_tree(plan, {1: Fraction(70), 2: Fraction(12)})
    assert actuals.figures[3].value == 5
    assert actuals.derived[3].expression == ""
    assert actuals.derived[3].parent_name == "Top"


positive = fractions(min_value=Fraction(1, 100), max_value=Fraction(10_000), max_denominator=100)


@st.composite
def trees_with_actuals(draw):
    """A random product/sum/quotient tree, every KPI's actual consistent with its children."""
    nodes: dict[int, Node] = {}

    def add(parent_id, position, depth):
        node_id = len(nodes) + 1
        relation = Relation.INPUT
        if depth < 3 and draw(st.booleans()):
            relation = draw(st.sampled_from([Relation.PRODUCT, Relation.SUM, Relation.QUOTIENT]))
        nodes[node_id] = Node(node_id, parent_id, position, f"n{node_id}", relation=relation)
        if relation is not Relation.INPUT:
            count = 2 if relation is Relation.QUOTIENT else draw(st.integers(1, 3))
            for i in range(count):
                add(node_id, i, depth + 1)

    add(None, 0, 0)
    plan = Plan("random", nodes)
    leaves = {n: draw(positive) for n in nodes if not plan.children_of(n)}
    return plan, {n: f.value for n, f in roll_up(plan, leaves).items()}


# 100 trees, a missing actual at any level: each relation is worked back many times
@settings(max_examples=100, deadline=None)
@given(trees_with_actuals(), st.data())
def test_any_one_missing_actual_is_derived_back_exactly(tree, data):
    plan, actuals = tree
    explained = [n for n in sorted(actuals) if n != 1 or plan.children_of(n)]
    assume(explained)  # a lone KGI has nothing to be worked out from
    missing = data.draw(st.sampled_from(explained))
    entered = {n: v for n, v in actuals.items() if n != missing}
    result = follow_tree(plan, entered)
    assert result.figures[missing].value == actuals[missing]
    assert set(result.derived) <= {missing}
