"""The ヨミ list can be tied to any money or count KPI that adds up (not only the KGI), as one
undo step; a KPI with no actual entered and none derivable has no "closed so far" (not 0)."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.problems import ValidationError
from kpidesk.domain.yomi import Deal
from kpidesk.services import yomi_service as yomi
from kpidesk.services.chart_data import cumulative_chart
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import period_progress
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
NOV10 = date(2026, 11, 10)


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db), today=lambda: date(2026, 11, 20))
    session.set_period(date(2026, 11, 1))
    session.change_yomi(
        yomi.put_deals,
        [
            Deal(1, "Tanaka Shoji", 1, Fraction(2_000_000), date(2026, 11, 25), "A"),
            Deal(2, "Sato Kogyo", 2, Fraction(1_000_000), date(2026, 11, 26), "B"),
        ],
    )
    yield session
    db.close()


def test_the_kgi_and_each_money_or_count_kpi_that_adds_up_can_be_chosen(session):
    assert yomi.tie_choices(session) == [REVENUE, DEALS, PROSPECTS]  # not a price, not a rate
    assert yomi.tied_kpi(session) == REVENUE
    with pytest.raises(ValidationError) as refused:
        session.change_yomi(yomi.tie_to, UNIT_PRICE)
    assert refused.value.code == "yomi_cannot_tie"


def test_tied_to_deals_the_forecast_and_band_count_deals_and_undo_ties_it_back(session):
    session.record_actuals({(DEALS, 1, NOV10): Fraction(3)})
    outcome = session.change_yomi(yomi.tie_to, DEALS)
    assert outcome.yomi_changed
    view = yomi.yomi_forecast(session)
    assert view.node_id == DEALS
    # 3 closed + 0.9 × 1 + 0.5 × 1 = 4.4 deals, against 100
    assert (view.forecast.team.closed, view.forecast.team.forecast) == (3, Fraction(22, 5))
    assert view.closed_known
    assert view.gap.value == Fraction(22, 5) - 100
    progress = period_progress(session)
    assert cumulative_chart(session, progress, DEALS).bands == (("A", 4), ("B", 5), ("C", 5))
    assert cumulative_chart(session, progress, REVENUE).bands == ()
    session.undo(outcome.change)
    assert yomi.tied_kpi(session) == REVENUE
    assert yomi.yomi_forecast(session).node_id == REVENUE


def test_deals_with_no_actual_and_none_derivable_have_no_closed_so_far(session):
    session.record_actuals({(REVENUE, 1, NOV10): Fraction(1_000_000)})
    view = yomi.yomi_forecast(session, node_id=DEALS)
    assert not view.closed_known  # not "0 closed": nothing says how many deals closed
    assert view.forecast.team.weighted == Fraction(7, 5)
    session.record_actuals(
        {(PROSPECTS, 0, NOV10): Fraction(10), (CLOSE_RATE, 0, NOV10): Fraction(1, 5)}
    )
    view = yomi.yomi_forecast(session, node_id=DEALS)
    assert view.closed_known  # derived: 10 prospects × 20 % = 2 deals
    assert view.forecast.team.closed == 2
