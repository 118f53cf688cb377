"""After a value edit the session keeps the reps' shares of the KPIs it did not change, and
each kept share equals one worked out afresh; any other kind of edit drops them all."""

from fractions import Fraction

from kpidesk.domain.decomposition import rep_splits
from kpidesk.domain.model import Split, Unit
from tests.services import test_plan_session as demo
from tests.services.test_plan_session import CLOSE_RATE, DEALS, PROSPECTS, REVENUE, UNIT_PRICE

session = demo.session  # the demo plan's session (a fixture)


def shares_asked(session) -> dict:
    return {node_id: session.splits(node_id) for node_id in session.plan.nodes}


def fresh(session, node_id):
    plan = session.plan
    return rep_splits(plan, plan.nodes[node_id], session.figures[node_id])


def test_a_plan_value_keeps_the_shares_of_the_kpis_it_did_not_change(session):
    session.set_split(UNIT_PRICE, Split.EVEN)
    before = shares_asked(session)
    outcome = session.set_plan_value(CLOSE_RATE, Fraction(1, 4))
    assert outcome.changed_node_ids == {REVENUE, DEALS, CLOSE_RATE}
    assert session.splits(PROSPECTS) is before[PROSPECTS]  # its requirement did not move
    assert session.splits(PROSPECTS).required.parts[1] == 50
    for node_id in session.plan.nodes:
        assert session.splits(node_id) == fresh(session, node_id)


def test_a_new_requirement_shares_out_again(session):
    before = shares_asked(session)
    session.set_target(REVENUE, Fraction(12_000_000))
    assert session.splits(PROSPECTS) is not before[PROSPECTS]
    assert session.splits(PROSPECTS).required.parts[1] == 60  # 600 prospects over 10 reps


def test_a_unit_or_a_fixed_share_drops_every_kept_share(session):
    session.set_split(UNIT_PRICE, Split.EVEN)
    shares_asked(session)
    assert session.splits(UNIT_PRICE).required is None  # ¥ beside a count: a price
    session.set_unit(DEALS, Unit.OTHER, "lots")
    assert session.splits(UNIT_PRICE).required.parts[1] == 10_000  # now an amount
    before = shares_asked(session)
    session.set_fixed_share(PROSPECTS, 1, Fraction(95))
    assert session.splits(PROSPECTS) is not before[PROSPECTS]
    for node_id in session.plan.nodes:
        assert session.splits(node_id) == fresh(session, node_id)
