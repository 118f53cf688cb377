"""After each edit the SMART cache looks again only at what may have moved, and names what did:
its assessments equal a fresh cache's, and `moved_since` names exactly those that changed."""

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpidesk.services.plan_files import create_plan, open_plan
from kpidesk.services.smart_service import SmartCache
from tests.services.test_smart_cache_cost import wide_plan

KPIS = 40
VAGUE = "売上アップ"  # no number: not Specific

edits = st.lists(
    st.tuples(
        st.sampled_from(["plan", "target", "name", "undo"]),
        st.integers(2, KPIS),
        st.integers(0, 30),
    ),
    min_size=1,
    max_size=6,
)


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("smart") / "wide.kpidesk"
    create_plan(path, wide_plan(KPIS))
    return path


def _apply(session, kind: str, node_id: int, amount: int, done: list) -> None:
    if kind == "undo":
        if done:
            session.undo(done.pop().change)
        return
    if kind == "plan" and session.plan.children_of(node_id):
        kind = "target"
    outcome = {
        "plan": lambda: session.set_plan_value(node_id, Fraction(amount)),
        "target": lambda: session.set_target(node_id, Fraction(amount) or None),
        "name": lambda: session.rename_node(node_id, VAGUE if amount % 2 else f"Calls {amount}"),
    }[kind]()
    done.append(outcome)


@pytest.fixture
def opened(plan_file):
    """The plan open for all of a test's examples, as a window keeps it open between edits."""
    plan = open_plan(plan_file)
    yield plan
    plan.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits)
def test_the_moved_kpis_are_exactly_those_whose_assessment_changed(opened, steps):
    session = opened.session
    cache = SmartCache(session)
    done: list = []
    before = cache.assessments()
    for kind, node_id, amount in steps:
        _apply(session, kind, node_id, amount, done)
        after = cache.assessments()
        assert after == SmartCache(session).assessments()
        assert list(after) == list(before)  # the tree's order holds
        assert cache.moved_since(before) == {n for n in after if after[n] is not before[n]}
        before = after
    while done:  # leave the plan as it was for the next example
        session.undo(done.pop().change)


def test_a_changed_shape_makes_every_assessment_afresh(plan_file):
    opened = open_plan(plan_file)
    try:
        session = opened.session
        cache = SmartCache(session)
        before = cache.assessments()
        assert cache.moved_since(before) == set()
        added = session.add_child(2, "Visits")
        assert len(cache.assessments()) == KPIS  # the KGI left out
        assert cache.moved_since(before) is None
        session.undo(added.change)
    finally:
        opened.close()
