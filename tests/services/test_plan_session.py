"""Every edit is one transaction, reports what changed, and can be undone and redone."""

from fractions import Fraction

import pytest

from kpidesk.domain.model import Relation, Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    yield PlanSession(PlanStore(db))
    db.close()


def stored(demo_file):
    db = open_plan_file(demo_file)
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


def _undo_redo_round_trip(session, demo_file, act):
    before = stored(demo_file)
    outcome = act()
    after = stored(demo_file)
    assert after.nodes != before.nodes or after.name != before.name
    session.undo(outcome.change)
    assert stored(demo_file).nodes == before.nodes
    assert stored(demo_file).name == before.name
    session.redo(outcome.change)
    assert stored(demo_file).nodes == after.nodes
    assert stored(demo_file).name == after.name
    assert session.plan.nodes == after.nodes


@pytest.mark.parametrize(
    "act",
    [
        lambda s: s.set_target(REVENUE, Fraction(12_000_000)),
        lambda s: s.set_plan_per_rep(PROSPECTS, Fraction(45)),
        lambda s: s.rename_node(DEALS, "成約件数"),
        lambda s: s.set_unit(UNIT_PRICE, Unit.OTHER, "USD"),
        lambda s: s.set_relation(DEALS, Relation.SUM),
        lambda s: s.set_split_by_rep(PROSPECTS, False),
        lambda s: s.set_solve_for(CLOSE_RATE),
        lambda s: s.add_child(PROSPECTS, "Visits"),
        lambda s: s.delete_subtree(DEALS),
        lambda s: s.rename_plan("2027 plan"),
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
