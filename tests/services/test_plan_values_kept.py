"""A leaf that gets a child keeps its plan value, and the tree names the one value missing."""

from fractions import Fraction

import pytest

from kpidesk.domain.model import Unit
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    yield PlanSession(PlanStore(db))
    db.close()


def _problem(session, node_id):
    return session.figures[node_id].projected.problem


def test_a_child_under_a_leaf_keeps_the_leafs_plan_and_names_the_new_value(session):
    session.add_child(PROSPECTS, "Inbound leads", Unit.COUNT)
    leads = max(session.plan.nodes)
    assert session.plan.nodes[PROSPECTS].plan == 500  # stored, ignored while it has a child
    assert session.figures[PROSPECTS].plan is None
    assert _problem(session, leads) == ("missing_plan", "Inbound leads")
    for above in (PROSPECTS, DEALS, REVENUE):
        assert _problem(session, above) == ("awaiting_plan", "Inbound leads")
    assert session.figures[UNIT_PRICE].projected.value == 100_000
    session.set_plan_value(leads, Fraction(600))
    assert session.figures[REVENUE].projected.value == 12_000_000


def test_the_plan_value_returns_when_the_last_child_goes(session):
    session.add_child(PROSPECTS, "Inbound leads", Unit.COUNT)
    leads = max(session.plan.nodes)
    session.delete_subtree(leads)
    assert session.figures[PROSPECTS].plan == 500
    assert session.figures[PROSPECTS].projected.value == 500
    assert session.figures[REVENUE].projected.value == 10_000_000


def test_undoing_the_new_child_brings_the_projection_back(session):
    outcome = session.add_child(PROSPECTS, "Inbound leads", Unit.COUNT)
    session.undo(outcome.change)
    assert session.figures[REVENUE].projected.value == 10_000_000


def test_a_plan_with_no_plan_values_yet_waits_quietly(session):
    for leaf in (UNIT_PRICE, PROSPECTS, CLOSE_RATE):
        session.set_plan_value(leaf, None)
    assert _problem(session, PROSPECTS) == ("no_plan_yet", "Prospects")
    assert _problem(session, REVENUE).code == "awaiting_plan"
    session.set_plan_value(UNIT_PRICE, Fraction(100_000))  # the first value: the rest is missing
    assert _problem(session, PROSPECTS) == ("missing_plan", "Prospects")
