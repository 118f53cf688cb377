"""Every edit is one transaction, reports what changed, and can be undone and redone."""

from fractions import Fraction
from fractions import Fraction as F  # noqa: N817

import pytest

from kpidesk.domain.model import Relation, RoundingPolicy, Split, Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import connect, open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    yield PlanSession(PlanStore(db))
    db.close()


def stored(demo_file):
    """The plan as the file holds it, through a connection of its own (open_plan_file's check
    costs 7 ms: run at every read, it took 0.5 s here; each round trip runs it once)."""
    db = connect(demo_file)
    plan = PlanStore(db).load()
    db.close()
    return plan


def test_an_edit_is_in_the_file_at_once(session, demo_file):
    session.set_plan_per_rep(PROSPECTS, Fraction(45))
    plan = stored(demo_file)
    assert plan.nodes[PROSPECTS].plan == 450
    assert session.figures[REVENUE].projected.value == 9_000_000
    assert session.figures[REVENUE].gap.value == -1_000_000


def test_the_outcome_names_only_the_rows_whose_figures_changed(session):
    outcome = session.set_plan_value(UNIT_PRICE, Fraction(90_000))
    assert outcome.changed_node_ids == {UNIT_PRICE, REVENUE}
    assert not outcome.structure_changed


def test_refused_edits_leave_the_file_as_it_was(session, demo_file):
    before = stored(demo_file)
    refusals = [
        lambda: session.set_plan_value(PROSPECTS, Fraction(-5)),
        lambda: session.set_target(CLOSE_RATE, Fraction(3, 2)),
        lambda: session.delete_subtree(REVENUE),
        lambda: session.rename_node(DEALS, "   "),
        lambda: session.set_relation(DEALS, Relation.INPUT),
        lambda: session.set_plan_value(DEALS, Fraction(3)),
        lambda: session.set_unit(PROSPECTS, Unit.PERCENT),  # 500 is not a rate
    ]
    codes = []
    for refuse in refusals:
        with pytest.raises(ValidationError) as refusal:
            refuse()
        codes.append(refusal.value.code)
    assert codes == [
        "negative_value",
        "rate_above_100",
        "cannot_delete_root",
        "empty_name",
        "input_with_children",
        "plan_on_computed_node",
        "rate_above_100",
    ]
    after = stored(demo_file)
    assert after.nodes == before.nodes
    assert session.plan.nodes == before.nodes


def test_a_failure_halfway_through_an_action_rolls_all_of_it_back(session, demo_file, monkeypatch):
    before = stored(demo_file)
    calls = []
    real_delete = session.store.delete_node

    def failing_delete(node_id):
        calls.append(node_id)
        if len(calls) == 2:
            raise OSError("disk unplugged")
        real_delete(node_id)

    monkeypatch.setattr(session.store, "delete_node", failing_delete)
    with pytest.raises(OSError):
        session.delete_subtree(DEALS)
    assert stored(demo_file).nodes == before.nodes


def rate(lower, upper):
    return f"{lower} to {upper}"


def _undo_redo_round_trip(session, demo_file, act):
    before = stored(demo_file)
    outcome = act()
    after = stored(demo_file)
    assert after != before
    session.undo(outcome.change)
    assert stored(demo_file) == before
    session.redo(outcome.change)
    assert stored(demo_file) == after
    assert session.plan == after
    open_plan_file(demo_file).close()  # the edited file still passes the opening check


@pytest.mark.parametrize(
    "act",
    [
        lambda s: s.set_target(REVENUE, Fraction(12_000_000)),
        lambda s: s.set_plan_per_rep(PROSPECTS, Fraction(45)),
        lambda s: s.rename_node(DEALS, "成約件数"),
        lambda s: s.set_unit(UNIT_PRICE, Unit.OTHER, "USD"),
        lambda s: s.set_relation(DEALS, Relation.SUM),
        lambda s: s.set_split(PROSPECTS, Split.NONE),
        lambda s: s.set_solve_for(CLOSE_RATE),
        lambda s: s.add_child(PROSPECTS, "Visits"),
        lambda s: s.delete_subtree(DEALS),
        lambda s: s.rename_plan("2027 plan"),
        lambda s: s.move_node(UNIT_PRICE, DEALS, 0),
        lambda s: s.move_node(UNIT_PRICE, REVENUE, 0),
        lambda s: s.paste_subtree(s.copy_subtree(DEALS), UNIT_PRICE),
        lambda s: s.build_funnel(PROSPECTS, [("Visits", F(1, 2))], rate),
        lambda s: s.set_formula(DEALS, "Prospects * [Close rate]"),
        lambda s: s.set_weight(PROSPECTS, F(2)),
        lambda s: s.set_lower_is_better(UNIT_PRICE, True),
        lambda s: s.set_split(PROSPECTS, Split.CAPACITY),
        lambda s: s.set_rounding_policy(RoundingPolicy.AT_END),
        lambda s: s.add_rep("Kato"),
        lambda s: s.remove_rep(3),
        lambda s: s.set_rep_capacity(2, F(3, 2)),
        lambda s: s.set_rep_active(2, False),
        lambda s: s.set_fixed_share(PROSPECTS, 1, F(20)),
    ],
    ids=[
        "target",
        "plan-per-rep",
        "rename",
        "unit",
        "relation",
        "split",
        "solve-for",
        "add-child",
        "delete-subtree",
        "rename-plan",
        "move-under-sibling",
        "reorder",
        "copy-paste",
        "funnel",
        "formula",
        "weight",
        "lower-is-better",
        "split-capacity",
        "rounding-policy",
        "add-rep",
        "remove-rep",
        "capacity",
        "inactive",
        "fixed-share",
    ],
)
def test_every_edit_undoes_and_redoes(session, demo_file, act):
    _undo_redo_round_trip(session, demo_file, lambda: act(session))


def test_adding_a_child_to_an_input_makes_it_a_product_solving_for_the_child(session):
    outcome = session.add_child(PROSPECTS, "Visits", Unit.COUNT)
    visits = session.plan.nodes[outcome.new_node_id]
    assert session.plan.nodes[PROSPECTS].relation is Relation.PRODUCT
    assert visits.solve_for and visits.parent_id == PROSPECTS
    assert session.figures[visits.id].required.value == 500
    assert outcome.structure_changed


def test_deleting_the_solved_child_hands_solving_to_the_first_sibling(session):
    session.delete_subtree(DEALS)
    unit_price = session.plan.nodes[UNIT_PRICE]
    assert unit_price.solve_for and unit_price.position == 0
    assert session.figures[UNIT_PRICE].required.value == 10_000_000


def test_solving_for_another_child_makes_the_old_one_given(session):
    session.set_target(PROSPECTS, Fraction(400))
    session.set_solve_for(CLOSE_RATE)
    assert not session.plan.nodes[PROSPECTS].solve_for
    assert session.figures[CLOSE_RATE].required.value == Fraction(1, 4)


def test_moving_under_a_sibling_makes_the_old_parent_keep_solving(session):
    session.move_node(UNIT_PRICE, DEALS, 2)
    plan = session.plan
    assert [c.name for c in plan.children_of(DEALS)] == ["Prospects", "Close rate", "Unit price"]
    assert not plan.nodes[UNIT_PRICE].solve_for
    assert plan.nodes[DEALS].solve_for  # now the only child of the KGI, still solved for


def test_a_node_cannot_move_into_its_own_subtree_or_the_root_anywhere(session):
    with pytest.raises(ValidationError) as refusal:
        session.move_node(DEALS, PROSPECTS, 0)
    assert refusal.value.code == "cannot_move_into_itself"
    with pytest.raises(ValidationError) as refusal:
        session.move_node(REVENUE, DEALS, 0)
    assert refusal.value.code == "cannot_move_root"


def test_a_pasted_subtree_is_a_copy_with_new_ids(session):
    outcome = session.paste_subtree(session.copy_subtree(DEALS), UNIT_PRICE)
    top = session.plan.nodes[outcome.new_node_id]
    assert top.name == "Deals" and top.parent_id == UNIT_PRICE
    assert [c.name for c in session.plan.children_of(top.id)] == ["Prospects", "Close rate"]
    assert len(session.plan.nodes) == 8
    assert session.plan.nodes[UNIT_PRICE].relation is Relation.PRODUCT


def test_a_funnel_is_one_gesture_and_computes_every_stage(session):
    stages = [("Calls", F(1, 5)), ("Connections", F(3, 10)), ("Visits", F(1, 2))]
    outcome = session.build_funnel(PROSPECTS, stages, rate)
    by_name = {n.name: n for n in session.plan.nodes.values()}
    figures = session.figures
    assert figures[by_name["Visits"].id].required.value == 1000  # 500 prospects / 50 %
    assert figures[by_name["Connections"].id].required.value == 3334  # 1000 / 30 %, rounded up
    assert figures[by_name["Calls"].id].required.value == 16670  # 3334 / 20 %
    assert by_name["Visits to Prospects"].target == F(1, 2)
    assert by_name["Calls"].split is Split.EVEN
    assert outcome.structure_changed


def test_renaming_a_child_rewrites_the_parents_formula(session):
    session.set_formula(DEALS, "Prospects * [Close rate]")
    session.rename_node(CLOSE_RATE, "成約率")
    assert "成約率" in session.plan.nodes[DEALS].formula
    assert session.figures[PROSPECTS].required.value == 500


def test_a_formula_over_unknown_names_is_refused(session):
    with pytest.raises(ValidationError) as refusal:
        session.set_formula(DEALS, "Prospects * Visits")
    assert refusal.value.code == "formula_unknown_name"
    assert refusal.value.params["name"] == "Visits"


def test_removing_a_rep_keeps_their_fixed_shares_for_undo(session, demo_file):
    session.set_fixed_share(PROSPECTS, 3, F(20))
    outcome = session.remove_rep(3)
    assert (PROSPECTS, 3) not in stored(demo_file).fixed
    session.undo(outcome.change)
    assert stored(demo_file).fixed[(PROSPECTS, 3)] == 20


def test_a_fixed_share_of_a_count_must_be_whole(session, demo_file):
    with pytest.raises(ValidationError) as refusal:
        session.set_fixed_share(PROSPECTS, 1, F(41, 2))
    assert refusal.value.code == "fixed_not_whole"
    assert (PROSPECTS, 1) not in stored(demo_file).fixed
    session.set_fixed_share(UNIT_PRICE, 1, F(41, 2))  # money may have any value
