"""A chain of edits recomputed one at a time gives exactly the figures of a full compute, and
every node the recompute did not name keeps its figures object."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.decomposition import compute, recompute_changed
from kpidesk.domain.model import Node, Plan, Relation, Rounding, Split, Unit
from tests.domain.test_consistency_property import node_indexes, plans, positive

FIELDS = st.sampled_from(["target", "plan", "no plan", "rounding", "relation", "name"])
# each field's change is drawn only when that field changes; strategies are built once
CHANGES = {
    "target": positive.map(lambda value: {"target": value}),
    "plan": positive.map(lambda value: {"plan": value}),
    "no plan": st.just({"plan": None}),
    "rounding": st.sampled_from(list(Rounding)).map(lambda rounding: {"rounding": rounding}),
    "relation": st.sampled_from([Relation.PRODUCT, Relation.SUM]).map(
        lambda relation: {"relation": relation}
    ),
}


def _edited(plan: Plan, data) -> tuple[Plan, int]:
    node_id = sorted(plan.nodes)[data.draw(node_indexes[len(plan.nodes)])]
    node = plan.nodes[node_id]
    change = data.draw(FIELDS)
    if change == "relation" and not plan.children_of(node_id):
        change = "plan"
    changes = {"name": f"{node.name}'"} if change == "name" else data.draw(CHANGES[change])
    return plan.with_nodes({node_id: node.with_changes(**changes)}), node_id


def _exact(figures):
    return {k: (f.exact_required, f.exact_projected) for k, f in figures.items()}


# 100 chains of 1-6 edits (about 350 edits, each of the six kinds about 60 times)
@settings(max_examples=100, deadline=None)
@given(plans([Rounding.AUTO, Rounding.UP, Rounding.NONE]), st.data())
def test_a_chain_of_recomputed_edits_equals_computing_from_scratch(plan, data):
    figures = compute(plan)
    for _ in range(data.draw(st.integers(1, 6))):
        edited, node_id = _edited(plan, data)
        incremental, redone = recompute_changed(edited, figures, [node_id])
        full = compute(edited)
        assert incremental == full
        assert _exact(incremental) == _exact(full)
        if redone is not None:
            assert node_id in redone
            kept = set(incremental) - redone
            assert all(incremental[n] is figures[n] for n in kept)
        plan, figures = edited, incremental


def test_only_the_edited_leaf_its_ancestors_and_the_solved_siblings_are_redone():
    """Revenue = deals × price; deals = prospects × close rate (solved for prospects)."""
    nodes = {
        1: Node(
            1,
            None,
            0,
            "Revenue",
            Unit.CURRENCY,
            relation=Relation.PRODUCT,
            target=Fraction(10_000_000),
        ),
        2: Node(2, 1, 0, "Deals", Unit.COUNT, relation=Relation.PRODUCT, solve_for=True),
        3: Node(3, 1, 1, "Price", Unit.CURRENCY, target=Fraction(100_000), plan=Fraction(100_000)),
        4: Node(
            4, 2, 0, "Prospects", Unit.COUNT, solve_for=True, plan=Fraction(500), split=Split.EVEN
        ),
        5: Node(5, 2, 1, "Close rate", Unit.PERCENT, target=Fraction(1, 5), plan=Fraction(1, 5)),
    }
    plan = Plan("demo", nodes)
    figures = compute(plan)
    edited = plan.with_nodes({4: nodes[4].with_changes(plan=Fraction(450))})
    after, redone = recompute_changed(edited, figures, [4])
    assert redone == {1, 2, 4, 5}  # the parent's requirements below it, and the path up
    assert after[3] is figures[3]
    assert after[1].projected.value == 9_000_000
    assert after[1].gap.value == -1_000_000
    emptied = edited.with_nodes({n: edited.nodes[n].with_changes(plan=None) for n in (3, 4, 5)})
    assert recompute_changed(emptied, after, [3, 4, 5])[1] is None  # no plan left: all redone
