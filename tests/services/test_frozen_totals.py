"""A frozen period's actual totals are kept in the file as it freezes, and follow reopening."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.services.frozen_totals import node_totals
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore
from kpidesk.storage.schema import migrate

PROSPECTS, CLOSE_RATE = 4, 5
OCTOBER, OCTOBER_END = date(2026, 10, 1), date(2026, 10, 31)


@pytest.fixture
def session(demo_file):
    """October closed with 7 + 5 prospects for rep 1 and 3 for rep 2; November is current."""
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db))
    session.set_period(OCTOBER)
    session.record_actuals(
        {
            (PROSPECTS, 1, date(2026, 10, 2)): Fraction(7),
            (PROSPECTS, 1, date(2026, 10, 30)): Fraction(5),
            (PROSPECTS, 2, date(2026, 10, 30)): Fraction(3),
            (PROSPECTS, 2, date(2026, 11, 2)): Fraction(100),  # November: not October's
        }
    )
    yield session
    db.close()


def kept(session) -> list[tuple]:
    """The frozen_total rows exactly as the file holds them."""
    return session.store.db.execute(
        "SELECT period_id, node_id, rep_id, high, low FROM frozen_total ORDER BY 1, 2, 3"
    ).fetchall()


def test_closing_a_period_keeps_its_totals_in_the_same_step(session):
    assert kept(session) == []
    outcome = session.start_next_period("same")
    assert kept(session) == [(1, PROSPECTS, 1, 0, 120_000), (1, PROSPECTS, 2, 0, 30_000)]
    assert node_totals(session, OCTOBER, OCTOBER_END) == {PROSPECTS: 15}
    session.undo(outcome.change)
    assert kept(session) == []
    session.redo(outcome.change)
    assert node_totals(session, OCTOBER, OCTOBER_END) == {PROSPECTS: 15}


def test_reopening_forgets_them_and_closing_again_sums_the_new_actuals(session):
    session.start_next_period("same")
    session.reopen_period(OCTOBER, "CRM export missed 30 October")
    assert kept(session) == []
    session.record_actuals({(PROSPECTS, 2, date(2026, 10, 30)): Fraction(9, 4)})
    assert node_totals(session, OCTOBER, OCTOBER_END) == {PROSPECTS: Fraction(57, 4)}
    session.close_reopened_period()
    assert kept(session) == [(1, PROSPECTS, 1, 0, 120_000), (1, PROSPECTS, 2, 0, 22_500)]
    assert node_totals(session, OCTOBER, OCTOBER_END) == {PROSPECTS: Fraction(57, 4)}


def test_undoing_a_reopening_sums_the_period_again(session):
    session.start_next_period("same")
    outcome = session.reopen_period(OCTOBER, "late entries")
    session.undo(outcome.change)
    assert kept(session) == [(1, PROSPECTS, 1, 0, 120_000), (1, PROSPECTS, 2, 0, 30_000)]


def test_a_large_total_is_exact(session):
    big = Fraction(10**16 - 1, 10_000)  # the largest value stored (four places), 31 times
    days = {(PROSPECTS, 3, date(2026, 10, day)): big for day in range(1, 32)}
    session.record_actuals(days)
    session.start_next_period("same")
    assert node_totals(session, OCTOBER, OCTOBER_END) == {PROSPECTS: 15 + big * 31}


def test_a_file_from_before_the_table_gets_every_frozen_periods_totals(session):
    session.start_next_period("same")
    db = session.store.db
    db.execute("DROP TABLE frozen_total")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0012_frozen_totals'")
    db.execute("PRAGMA user_version = 11")
    migrate(db)
    assert kept(session) == [(1, PROSPECTS, 1, 0, 120_000), (1, PROSPECTS, 2, 0, 30_000)]
