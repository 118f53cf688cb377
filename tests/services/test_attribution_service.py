"""Why the demo plan is behind, as of Friday 11 December 2026 (9 of 23 business days)."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.model import TEAM, Unit
from kpidesk.services.attribution_service import gap_attribution
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import period_progress
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
AS_OF = date(2026, 12, 11)
F = Fraction
TO_DATE = F(9, 23)  # of the month's pace expected by the 11th
DAYS = [date(2026, 12, d) for d in (1, 2, 3, 4, 7, 8, 9, 10, 11)]


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db))
    session.set_period(date(2026, 12, 1))
    # 2 prospects per rep per business day: 180; a 25 % close rate; ¥90,000 a deal.
    values = {(PROSPECTS, rep, day): F(2) for rep in range(1, 11) for day in DAYS}
    values[(CLOSE_RATE, TEAM, date(2026, 12, 10))] = F(1, 4)
    values[(UNIT_PRICE, TEAM, date(2026, 12, 10))] = F(90_000)
    session.record_actuals(values)
    yield session
    db.close()


def test_revenue_against_its_pace_split_into_deals_and_unit_price(session):
    result = gap_attribution(session, REVENUE, period_progress(session, AS_OF))
    assert result.ok
    assert (result.name, result.unit, result.as_of, result.pro_rated) == (
        "Revenue",
        Unit.CURRENCY,
        AS_OF,
        True,
    )
    planned_deals = 100 * TO_DATE  # a flow at its pace; the unit price, a level, is not pro-rated
    actual_deals = 180 * F(1, 4)
    assert result.planned == 10_000_000 * TO_DATE
    assert result.actual == actual_deals * 90_000
    assert [(p.node_id, p.name) for p in result.parts] == [
        (DEALS, "Deals"),
        (UNIT_PRICE, "Unit price"),
    ]
    assert [p.amount for p in result.parts] == [
        (actual_deals - planned_deals) * (100_000 + 90_000) / 2,
        (90_000 - 100_000) * (planned_deals + actual_deals) / 2,
    ]
    assert result.other == 0
    assert sum(p.amount for p in result.parts) == result.gap


def test_drilling_into_deals_gives_prospects_against_close_rate(session):
    result = gap_attribution(session, DEALS, period_progress(session, AS_OF))
    planned_prospects = 500 * TO_DATE
    assert result.planned == 100 * TO_DATE
    assert [p.amount for p in result.parts] == [
        (180 - planned_prospects) * (F(1, 5) + F(1, 4)) / 2,
        (F(1, 4) - F(1, 5)) * (planned_prospects + 180) / 2,
    ]
    assert result.unit is Unit.COUNT


def test_revenue_typed_from_the_crm_leaves_an_other_part(session):
    session.record_actuals({(REVENUE, TEAM, date(2026, 12, 11)): F(4_100_000)})
    result = gap_attribution(session, REVENUE, period_progress(session, AS_OF))
    assert result.actual == 4_100_000
    assert result.other == 4_100_000 - 45 * 90_000
    assert sum(p.amount for p in result.parts) + result.other == result.gap


def test_a_driver_with_no_actual_is_named(session):
    session.record_actuals({(UNIT_PRICE, TEAM, date(2026, 12, 10)): None})
    result = gap_attribution(session, REVENUE, period_progress(session, AS_OF))
    assert not result.ok
    assert result.problem == ("no_actuals", "Unit price")
    assert result.parts == ()
    assert result.planned == 10_000_000 * TO_DATE


def test_a_closed_month_is_read_against_its_whole_target(session):
    session.start_next_period("same")
    (record,) = session.frozen
    result = gap_attribution(session, REVENUE, period_progress(session, frozen=record))
    assert result.pro_rated is False
    assert result.as_of == date(2026, 12, 31)
    assert result.planned == 10_000_000
    assert result.actual == 45 * 90_000
    assert [p.amount for p in result.parts] == [
        (45 - 100) * (100_000 + 90_000) / 2,
        (90_000 - 100_000) * (100 + 45) / 2,
    ]


def test_a_level_kpi_is_never_pro_rated(session):
    result = gap_attribution(session, UNIT_PRICE, period_progress(session, AS_OF))
    assert result.pro_rated is False
    assert result.problem == ("no_drivers", "Unit price")
    assert result.gap == -10_000
