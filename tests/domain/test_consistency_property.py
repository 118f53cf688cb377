"""Top-down then bottom-up gives back at least the KGI, and exactly it when nothing rounds."""

from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kpidesk.domain.decomposition import compute, recompute
from kpidesk.domain.model import Node, Plan, Relation, Rounding, Unit
from tests.domain.fraction_strategy import fractions

positive = fractions(min_value=Fraction(1, 100), max_value=Fraction(10_000), max_denominator=100)
# strategies are built once, not for each node drawn: building them cost more than the examples
units = st.sampled_from([Unit.COUNT, Unit.CURRENCY, Unit.OTHER])
relations = st.sampled_from([Relation.PRODUCT, Relation.SUM])
child_counts = st.integers(1, 3)
positions = [st.integers(0, count - 1) for count in range(4)]
node_indexes = {count: st.integers(0, count - 1) for count in range(1, 41)}  # trees of 1-40
fields = st.sampled_from(["target", "plan", "rounding", "relation"])
new_values = {
    "target": positive,
    "plan": positive,
    "rounding": st.sampled_from(list(Rounding)),
    "relation": st.sampled_from([Relation.PRODUCT, Relation.SUM]),
}


@st.composite
def plans(draw, rounding_choices):
    """Random product/sum trees: each inner node solves for one child, the rest are given."""
    nodes: dict[int, Node] = {}
    roundings = st.sampled_from(rounding_choices)

    def add(parent_id, position, depth, solve_for):
        node_id = len(nodes) + 1
        has_children = depth < 3 and draw(st.booleans())
        node = Node(
            id=node_id,
            parent_id=parent_id,
            position=position,
            name=f"n{node_id}",
            unit=draw(units),
            relation=draw(relations) if has_children else Relation.INPUT,
            target=None if solve_for else draw(positive),
            solve_for=solve_for,
            rounding=draw(roundings),
        )
        nodes[node_id] = node
        if has_children:
            count = draw(child_counts)
            unknown = draw(positions[count])
            for i in range(count):
                add(node_id, i, depth + 1, solve_for=i == unknown)

    add(None, 0, 0, solve_for=False)
    root = nodes[1]
    nodes[1] = root.with_changes(target=draw(positive) * 1000)
    return Plan("random", nodes)


def _plan_from_requirements(plan: Plan) -> Plan:
    figures = compute(plan)
    nodes = {
        node_id: node.with_changes(
            plan=None if plan.children_of(node_id) else figures[node_id].required.value
        )
        for node_id, node in plan.nodes.items()
    }
    return Plan(plan.name, nodes)


# 150 trees of up to 40 KPIs (a third of the draws are assumed away): products and sums three
# levels deep, each rounding at each level, many times over
@settings(max_examples=150, deadline=None)
@given(plans([Rounding.AUTO, Rounding.UP, Rounding.NONE]))
def test_planning_the_requirements_reaches_at_least_the_kgi(plan):
    # Rounding up only helps when every requirement is non-negative: a negative one (the
    # given parts of a sum already exceed it) turns a larger factor into a smaller product.
    assume(all(f.required.value >= 0 for f in compute(plan).values()))
    # A projected count is rounded down at every stage, so a counted KPI with KPIs below it
    # must be given a whole target (0.01 deals cannot be reached by closing whole deals).
    assume(
        all(
            node.target.denominator == 1
            for node in plan.nodes.values()
            if node.target is not None
            and node.effective_rounding is not Rounding.NONE
            and plan.children_of(node.id)
        )
    )
    projected = compute(_plan_from_requirements(plan))[1].projected.value
    assert projected >= plan.nodes[1].target


# 150 trees of up to 40 KPIs: products and sums three levels deep, solved for any child
@settings(max_examples=150, deadline=None)
@given(plans([Rounding.NONE]))
def test_without_rounding_the_requirements_give_back_exactly_the_kgi(plan):
    figures = compute(_plan_from_requirements(plan))
    assert figures[1].projected.value == plan.nodes[1].target
    assert figures[1].gap.value == 0


# 100 edits, each of the four kinds about 25 times, on trees of up to 40 KPIs; the chains of
# edits in test_recompute_changed.py add 100 more
@settings(max_examples=100, deadline=None)
@given(plans([Rounding.AUTO, Rounding.UP, Rounding.NONE]), st.data())
def test_recomputing_after_one_edit_equals_computing_from_scratch(plan, data):
    before = compute(plan)
    node_id = sorted(plan.nodes)[data.draw(node_indexes[len(plan.nodes)])]
    node = plan.nodes[node_id]
    change = data.draw(fields)
    if change == "relation" and not plan.children_of(node_id):
        change = "plan"
    value = data.draw(new_values[change])  # only the changed field's value is drawn
    edited = plan.with_nodes({node_id: node.with_changes(**{change: value})})
    incremental = recompute(edited, before, [node_id])
    full = compute(edited)
    assert incremental == full
    assert {k: f.exact_required for k, f in incremental.items()} == {
        k: f.exact_required for k, f in full.items()
    }
