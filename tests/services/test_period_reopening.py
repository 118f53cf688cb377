"""Reopening a closed period: its record kept, its actuals editable, the reason kept, undoable."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.problems import ValidationError
from kpidesk.domain.reopening import Reopening
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
OCTOBER = date(2026, 10, 1)
LATE_OCTOBER = date(2026, 10, 30)


@pytest.fixture
def session(demo_file):
    """October closed with 7 prospects on the 30th; November (KGI +10 %) is current."""
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db))
    session.set_period(OCTOBER)
    session.record_actuals({(PROSPECTS, 1, LATE_OCTOBER): Fraction(7)})
    session.start_next_period("grow", Fraction(1, 10))
    yield session
    db.close()


def stored(session) -> tuple[list, list]:
    """The period and period_value rows exactly as the file holds them."""
    db = session.store.db
    periods = db.execute("SELECT * FROM period ORDER BY id").fetchall()
    values = db.execute("SELECT * FROM period_value ORDER BY period_id, node_id").fetchall()
    return periods, values


def test_the_closed_record_is_as_frozen(session):
    (record,) = session.frozen
    values = {v[0]: v[1:] for v in session.periods.values(record[0])}
    assert values[REVENUE] == ("Revenue", 10_000_000, None, 10_000_000)
    assert values[CLOSE_RATE] == ("Close rate", Fraction(1, 5), Fraction(1, 5), Fraction(1, 5))
    assert values[PROSPECTS][3] == 500
    assert session.plan.nodes[REVENUE].target == 11_000_000


def test_reopening_keeps_the_record_and_lets_actuals_change(session):
    _, values_before = stored(session)
    session.reopen_period(OCTOBER, "  CRM export missed 30 October  ")
    assert session.frozen == []
    assert session.reopenings == [
        Reopening(
            1, 1, OCTOBER, date(2026, 10, 31), date(2026, 11, 20), "CRM export missed 30 October"
        )
    ]
    periods_after, values_after = stored(session)
    assert values_after == values_before  # targets, plan and requirements kept byte for byte
    assert periods_after == [(1, "month", "2026-10-01", "2026-10-31", 0)]
    session.record_actuals({(PROSPECTS, 1, LATE_OCTOBER): Fraction(9)})
    assert session.actuals.totals(OCTOBER, date(2026, 10, 31)) == {(PROSPECTS, 1): 9}
    assert session.plan.period_start == date(2026, 11, 1)  # the current period is untouched
    assert session.plan.nodes[REVENUE].target == 11_000_000


def test_undoing_the_reopening_freezes_it_exactly_as_before(session):
    before = stored(session)
    outcome = session.reopen_period(OCTOBER, "CRM export missed 30 October")
    session.undo(outcome.change)
    assert stored(session) == before
    assert session.reopenings == []
    assert [r[2] for r in session.frozen] == [OCTOBER]
    with pytest.raises(ValidationError) as refusal:
        session.record_actuals({(PROSPECTS, 1, LATE_OCTOBER): Fraction(9)})
    assert refusal.value.code == "period_frozen"
    session.redo(outcome.change)
    assert session.frozen == []
    assert session.reopenings[0].reason == "CRM export missed 30 October"


def test_a_reopening_needs_a_reason_and_the_refusal_writes_nothing(session):
    before = stored(session)
    with pytest.raises(ValidationError) as refusal:
        session.reopen_period(OCTOBER, "   ")
    assert refusal.value.code == "reopen_needs_reason"
    assert stored(session) == before
    assert session.periods.reopenings() == []


def test_only_the_most_recent_closed_period_reopens(session):
    session.start_next_period("same")  # November closes too; December is current
    with pytest.raises(ValidationError) as refusal:
        session.reopen_period(OCTOBER, "late figures")
    assert refusal.value.code == "reopen_only_latest"
    assert refusal.value.params == {"day": date(2026, 11, 1)}
    session.reopen_period(date(2026, 11, 1), "late figures")
    with pytest.raises(ValidationError) as again:
        session.reopen_period(date(2026, 11, 1), "twice")
    assert again.value.code == "period_already_reopened"


def test_a_plan_with_no_closed_period_has_nothing_to_reopen(demo_file):
    db = open_plan_file(demo_file)
    try:
        with pytest.raises(ValidationError) as refusal:
            PlanSession(PlanStore(db)).reopen_period(OCTOBER, "why")
        assert refusal.value.code == "no_closed_period"
    finally:
        db.close()


def test_closing_again_keeps_the_record_and_dates_it(session):
    _, values_before = stored(session)
    session.reopen_period(OCTOBER, "CRM export missed 30 October")
    session.record_actuals({(PROSPECTS, 1, LATE_OCTOBER): Fraction(9)})
    with pytest.raises(ValidationError) as refusal:
        session.start_next_period("same")
    assert refusal.value.code == "close_reopened_first"
    outcome = session.close_reopened_period()
    periods, values = stored(session)
    assert values == values_before
    assert periods == [(1, "month", "2026-10-01", "2026-10-31", 1)]
    assert session.reopenings[0].closed_on == date(2026, 11, 20)
    assert session.actuals.totals(OCTOBER, date(2026, 10, 31)) == {(PROSPECTS, 1): 9}
    with pytest.raises(ValidationError):
        session.record_actuals({(PROSPECTS, 1, LATE_OCTOBER): Fraction(11)})
    session.undo(outcome.change)  # open again, as it was
    assert session.reopenings[0].closed_on is None
    assert session.frozen == []
    session.record_actuals({(PROSPECTS, 1, LATE_OCTOBER): Fraction(11)})


def test_closing_with_nothing_reopened_is_refused(session):
    with pytest.raises(ValidationError) as refusal:
        session.close_reopened_period()
    assert refusal.value.code == "no_reopened_period"


def test_the_reopening_is_kept_in_the_file(session, demo_file):
    session.reopen_period(OCTOBER, "late figures")
    session.close_reopened_period()
    db = open_plan_file(demo_file)
    try:
        (reopening,) = PlanSession(PlanStore(db)).reopenings
        assert (reopening.reopened_on, reopening.reason, reopening.closed_on) == (
            date(2026, 11, 20),
            "late figures",
            date(2026, 11, 20),
        )
    finally:
        db.close()


def test_the_trend_keeps_a_reopened_period_with_its_new_actuals(session):
    from kpidesk.services.chart_data import trend_chart
    from kpidesk.services.progress_service import period_progress

    session.reopen_period(OCTOBER, "late figures")
    session.record_actuals({(PROSPECTS, 1, LATE_OCTOBER): Fraction(9)})
    trend = trend_chart(session, period_progress(session), PROSPECTS)
    assert [(p.label, p.target, p.actual) for p in trend.items] == [
        ("2026-10", 500, 9),
        ("2026-11", 550, None),
    ]


def test_a_period_already_closed_is_not_closed_twice(session):
    session.set_period(OCTOBER)  # Set Period can point the plan back at October
    before = stored(session)
    with pytest.raises(ValidationError) as refusal:
        session.start_next_period("same")
    assert refusal.value.code == "period_already_closed"
    assert refusal.value.params == {"day": OCTOBER}
    assert stored(session) == before
