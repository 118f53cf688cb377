"""A rep's package carries a share and a pace only for the KPIs that accumulate."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.model import Split
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.team_packages import package_contents
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db))
    session.set_period(date(2026, 12, 1))  # 23 business days
    yield session
    db.close()


def test_a_split_unit_price_or_close_rate_gives_the_rep_no_share_or_pace(session):
    session.set_split(UNIT_PRICE, Split.EVEN)
    session.set_split(CLOSE_RATE, Split.EVEN)
    rep = session.plan.active_reps[0]
    shares = {s.node_id: s for s in package_contents(session, rep, "now", {}).shares}
    assert (shares[PROSPECTS].required, shares[PROSPECTS].per_day) == (50, Fraction(50, 23))
    assert shares[PROSPECTS].per_week == Fraction(250, 23)
    for level in (UNIT_PRICE, CLOSE_RATE):
        assert (shares[level].required, shares[level].per_week, shares[level].per_day) == (
            None,
            None,
            None,
        )
