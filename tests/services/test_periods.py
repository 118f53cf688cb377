"""Periods: start the next one with proposed targets, freeze the last with its actuals."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.periods import PeriodKind
from kpidesk.domain.problems import ValidationError
from kpidesk.services.business_calendar import period_business_days
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db))
    session.set_period(date(2026, 11, 1))
    yield session
    db.close()


def test_the_next_month_keeps_the_targets_and_freezes_the_last_one(session):
    session.record_actuals({(PROSPECTS, 1, date(2026, 11, 30)): Fraction(7)})
    session.start_next_period("same")
    assert session.plan.period_start == date(2026, 12, 1)
    assert session.plan.nodes[REVENUE].target == 10_000_000
    (record,) = session.frozen
    assert record[1:] == ("month", date(2026, 11, 1), date(2026, 11, 30))
    values = {v[0]: v for v in session.periods.values(record[0])}
    assert values[REVENUE][1:] == ("Revenue", 10_000_000, None, 10_000_000)
    assert values[CLOSE_RATE][2:] == (Fraction(1, 5), Fraction(1, 5), Fraction(1, 5))
    assert values[PROSPECTS][4] == 500  # the requirement as it stood
    # The frozen month keeps its actuals, and they can no longer change.
    assert session.actuals.totals(date(2026, 11, 1), date(2026, 11, 30)) == {(PROSPECTS, 1): 7}
    with pytest.raises(ValidationError) as refusal:
        session.record_actuals({(PROSPECTS, 1, date(2026, 11, 30)): Fraction(9)})
    assert refusal.value.code == "period_frozen"


def test_growing_the_kgi_recomputes_the_tree(session):
    session.start_next_period("grow", Fraction(1, 10))
    assert session.plan.nodes[REVENUE].target == 11_000_000
    assert session.figures[DEALS].required.value == 110
    assert session.figures[PROSPECTS].required.value == 550


def test_a_new_kgi_and_undo_of_the_whole_roll_over(session, demo_file):
    outcome = session.start_next_period("kgi", Fraction(12_000_000))
    assert session.figures[PROSPECTS].required.value == 600
    session.undo(outcome.change)
    assert session.plan.period_start == date(2026, 11, 1)
    assert session.plan.nodes[REVENUE].target == 10_000_000
    assert session.frozen == []
    session.redo(outcome.change)
    assert session.plan.period_start == date(2026, 12, 1)
    assert len(session.frozen) == 1


def test_a_quarter_by_the_fiscal_year_starting_in_april(session):
    session.set_current_period(date(2026, 11, 1), PeriodKind.QUARTER)
    period = session.current_period()
    assert (period.first_day, period.last_day) == (date(2026, 10, 1), date(2026, 12, 31))
    session.start_next_period("same")
    assert session.current_period().first_day == date(2027, 1, 1)


def test_company_closing_days_are_not_business_days(session):
    first, last = date(2026, 12, 1), date(2026, 12, 31)
    assert len(period_business_days(first, last)) == 23
    session.set_closed_day(date(2026, 12, 29), "年末休業")
    session.set_closed_day(date(2026, 12, 30), "年末休業")
    assert len(period_business_days(first, last, session.closed_days)) == 21
    outcome = session.set_closed_day(date(2026, 12, 30), None)
    assert len(period_business_days(first, last, session.closed_days)) == 22
    session.undo(outcome.change)
    assert session.closed_days == {date(2026, 12, 29): "年末休業", date(2026, 12, 30): "年末休業"}
