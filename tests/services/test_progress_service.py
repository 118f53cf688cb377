"""Progress of the demo plan in December 2026 (23 business days), as of Friday 11 December."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.model import TEAM
from kpidesk.domain.progress import Status
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import as_of_day, period_progress
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
AS_OF = date(2026, 12, 11)


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db))
    session.set_period(date(2026, 12, 1))
    # Each rep finds 2 prospects on each of the first 9 business days: 180 in all.
    days = [date(2026, 12, d) for d in (1, 2, 3, 4, 7, 8, 9, 10, 11)]
    values = {(PROSPECTS, rep, day): Fraction(2) for rep in range(1, 11) for day in days}
    values[(CLOSE_RATE, TEAM, date(2026, 12, 10))] = Fraction(1, 5)
    values[(UNIT_PRICE, TEAM, date(2026, 12, 10))] = Fraction(100_000)
    session.record_actuals(values)
    yield session
    db.close()


def test_progress_pace_and_forecast_of_a_lagging_kpi(session):
    progress = period_progress(session, AS_OF)
    prospects = progress.nodes[PROSPECTS]
    assert len(progress.business_days) == 23
    assert prospects.actual.value == 180
    assert prospects.progress.expected_to_date.value == Fraction(500 * 9, 23)
    assert prospects.progress.progress.value == Fraction(23, 25)
    assert prospects.progress.forecast.value == 460
    assert prospects.progress.required_pace.value == Fraction(320, 14)
    assert prospects.progress.achievement.value == Fraction(9, 25)
    assert prospects.progress.status is Status.LAGGING


def test_parents_roll_up_and_a_rate_is_a_level(session):
    progress = period_progress(session, AS_OF)
    assert progress.nodes[CLOSE_RATE].actual.value == Fraction(1, 5)
    assert progress.nodes[DEALS].actual.value == 36  # 180 prospects × 20 %
    assert progress.nodes[REVENUE].actual.value == 3_600_000
    assert progress.nodes[REVENUE].progress.forecast.value == 9_200_000


def test_each_rep_is_measured_against_their_own_share(session):
    by_rep = period_progress(session, AS_OF).by_rep[PROSPECTS]
    assert set(by_rep) == set(range(1, 11))
    assert by_rep[1].actual.value == 18
    assert by_rep[1].progress.progress.value == Fraction(23, 25)  # 18 of 50 × 9/23


def test_thresholds_come_from_the_plan(session):
    session.set_thresholds(Fraction(1), Fraction(95, 100))
    assert period_progress(session, AS_OF).nodes[PROSPECTS].progress.status is Status.AT_RISK


def test_the_as_of_day_stays_inside_the_period(session):
    period = session.current_period()
    assert as_of_day(period, date(2027, 1, 5)) == date(2026, 12, 31)
    assert as_of_day(period, date(2026, 11, 5)) == date(2026, 12, 1)


def test_thresholds_out_of_order_are_refused(session):
    from kpidesk.domain.problems import ValidationError

    with pytest.raises(ValidationError) as refusal:
        session.set_thresholds(Fraction(8, 10), Fraction(9, 10))
    assert refusal.value.code == "thresholds_out_of_order"


def test_the_series_each_chart_is_given(session):
    from kpidesk.services.chart_data import (
        achievement_chart,
        cumulative_chart,
        funnel_chart,
        rep_chart,
        trend_chart,
    )

    progress = period_progress(session, AS_OF)
    cumulative = cumulative_chart(session, progress, PROSPECTS)
    assert len(cumulative.days) == 23
    assert cumulative.actual[:2] == (20, 40)
    assert cumulative.actual[8] == 180 and cumulative.actual[9] is None
    assert cumulative.pace[-1] == 500 and cumulative.target == 500
    assert cumulative.forecast[-1] == (date(2026, 12, 31), 460)

    bars = achievement_chart(session, progress)
    by_name = {bar.name: bar for bar in bars.items}
    assert by_name["Prospects"].achievement == Fraction(9, 25)
    assert by_name["Prospects"].status == "lagging"
    assert bars.items[0].name == "Revenue"

    reps = rep_chart(session, progress, PROSPECTS)
    assert len(reps.items) == 10
    assert (reps.items[0].rep, reps.items[0].actual, reps.items[0].target) == ("Rep 1", 18, 50)

    funnel = funnel_chart(session, progress, DEALS)
    assert [(s.name, s.value) for s in funnel.items] == [("Prospects", 180), ("Deals", 36)]
    assert funnel.items[1].rate_from_previous == Fraction(1, 5)

    session.start_next_period("same")
    trend = trend_chart(session, period_progress(session, date(2027, 1, 8)), PROSPECTS)
    assert [(p.label, p.target, p.actual) for p in trend.items] == [
        ("2026-12", 500, 180),
        ("2027-01", 500, None),
    ]


def test_a_price_is_a_level_not_an_amount_that_accumulates(session):
    session.record_actuals({(UNIT_PRICE, TEAM, date(2026, 12, 11)): Fraction(95_000)})
    unit_price = period_progress(session, AS_OF).nodes[UNIT_PRICE]
    assert unit_price.actual.value == 95_000  # the latest price, not 100,000 + 95,000
    assert unit_price.progress.achievement.value == Fraction(19, 20)
    assert unit_price.progress.status is Status.LAGGING  # 95 % of the price, whatever the day


def test_without_a_day_progress_is_as_of_the_session_s_today(session):
    session.today = lambda: AS_OF
    progress = period_progress(session)
    assert progress.as_of == AS_OF
    assert progress.nodes[PROSPECTS].actual.value == 180


def test_progress_is_worked_out_only_for_the_kpis_and_reps_asked_for(session, monkeypatch):
    """The Progress tab shows one KPI at a time: opening it must not judge every KPI and every
    rep's share first (776 judgements on a 25-KPI, 30-rep plan); what is asked for is exact."""
    from kpidesk.services import progress_service

    judged = []
    real = progress_service.progress_of
    monkeypatch.setattr(
        progress_service, "progress_of", lambda *a: (judged.append(a[1].name), real(*a))[1]
    )
    progress = period_progress(session, AS_OF)
    assert judged == []
    assert progress.nodes[PROSPECTS].progress.forecast.value == 460
    assert progress.by_rep[PROSPECTS][3].actual.value == 18
    assert progress.nodes[PROSPECTS].progress.status is Status.LAGGING  # kept, not judged again
    assert judged == ["Prospects", "Prospects"]
    assert sorted(progress.nodes) == [REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE]
    assert list(progress.by_rep[PROSPECTS]) == list(range(1, 11))
