"""Actuals: typed or imported, summed exactly, never counted twice, and undoable."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.model import TEAM
from kpidesk.domain.problems import ValidationError
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
DEC = date(2026, 12, 1), date(2026, 12, 31)


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    yield PlanSession(PlanStore(db))
    db.close()


def totals(session):
    return session.actuals.totals(*DEC)


def test_typed_actuals_are_summed_exactly_by_kpi_and_rep(session):
    session.record_actuals(
        {
            (PROSPECTS, 1, date(2026, 12, 1)): Fraction(3),
            (PROSPECTS, 1, date(2026, 12, 2)): Fraction(5, 2),
            (PROSPECTS, 2, date(2026, 12, 2)): Fraction(4),
            (REVENUE, TEAM, date(2026, 12, 2)): Fraction("1234567.8901"),
        }
    )
    assert totals(session) == {
        (PROSPECTS, 1): Fraction(11, 2),
        (PROSPECTS, 2): Fraction(4),
        (REVENUE, TEAM): Fraction("1234567.8901"),
    }
    assert session.actuals.daily(PROSPECTS, *DEC) == {
        date(2026, 12, 1): 3,
        date(2026, 12, 2): Fraction(13, 2),
    }


def test_recording_reports_the_kpi_and_its_ancestors(session):
    outcome = session.record_actuals({(PROSPECTS, 1, date(2026, 12, 1)): Fraction(3)})
    assert outcome.actuals_changed
    assert outcome.changed_node_ids == {PROSPECTS, DEALS, REVENUE}


def test_clearing_and_undoing_actuals(session):
    key = (PROSPECTS, 1, date(2026, 12, 1))
    first = session.record_actuals({key: Fraction(3)})
    second = session.record_actuals({key: None})
    assert totals(session) == {}
    session.undo(second.change)
    assert totals(session) == {(PROSPECTS, 1): 3}
    session.undo(first.change)
    assert totals(session) == {}
    session.redo(first.change)
    assert totals(session) == {(PROSPECTS, 1): 3}


def test_importing_the_same_file_twice_does_not_double_anything(session):
    values = {(PROSPECTS, rep, date(2026, 12, 1)): Fraction(rep) for rep in range(1, 11)}
    session.import_actuals(values, "sha-1", "crm.csv", "2026-12-01T20:00")
    session.import_actuals(values, "sha-1", "crm.csv", "2026-12-02T20:00")
    assert sum(totals(session).values()) == 55
    assert [b["imported_at"] for b in session.actuals.batches_of("sha-1")] == [
        "2026-12-01T20:00",
        "2026-12-02T20:00",
    ]


def test_undoing_an_import_restores_what_was_there_before(session):
    key = (PROSPECTS, 1, date(2026, 12, 1))
    session.record_actuals({key: Fraction(7)})
    outcome = session.import_actuals({key: Fraction(3)}, "sha-2", "crm.csv", "now")
    assert totals(session) == {(PROSPECTS, 1): 3}
    session.undo(outcome.change)
    assert totals(session) == {(PROSPECTS, 1): 7}
    assert session.actuals.batches_of("sha-2") == []


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ((PROSPECTS, 1, date(2026, 12, 1)), Fraction(-1), "negative_value"),
        ((CLOSE_RATE, TEAM, date(2026, 12, 1)), Fraction(3, 2), "rate_above_100"),
        ((PROSPECTS, 99, date(2026, 12, 1)), Fraction(1), "no_such_rep"),
        ((99, TEAM, date(2026, 12, 1)), Fraction(1), "no_such_node"),
        ((REVENUE, TEAM, date(2026, 12, 1)), Fraction(1, 3), "too_precise"),
    ],
)
def test_bad_actuals_are_refused_and_nothing_is_written(session, key, value, code):
    good = {(PROSPECTS, 2, date(2026, 12, 1)): Fraction(1)}
    with pytest.raises(ValidationError) as refusal:
        session.import_actuals({**good, key: value}, "sha", "bad.csv", "now")
    assert refusal.value.code == code
    assert totals(session) == {}
    assert session.actuals.batches_of("sha") == []
