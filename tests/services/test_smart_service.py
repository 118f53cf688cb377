"""SMART records are stored, undoable, follow deletes, and the record of past periods counts."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.smart import Criterion, Result
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.smart_service import past_actuals, smart_of, smart_summary
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


def stored(path):
    db = open_plan_file(path)
    plan = PlanStore(db).load()
    db.close()
    return plan


def test_a_smart_record_is_saved_and_undone(session, demo_file):
    outcome = session.set_smart(
        PROSPECTS,
        owner="佐藤",
        source="CRM",
        ticks=(("specific", True),),
        notes=(("specific", "定義済み"),),
    )
    record = stored(demo_file).smart[PROSPECTS]
    assert (record.owner, record.source, record.ticks) == ("佐藤", "CRM", (("specific", True),))
    session.undo(outcome.change)
    assert PROSPECTS not in stored(demo_file).smart


def test_deleting_a_kpi_and_undoing_brings_its_smart_record_back(session, demo_file):
    session.set_smart(PROSPECTS, owner="佐藤")
    outcome = session.delete_subtree(DEALS)
    assert stored(demo_file).smart == {}
    session.undo(outcome.change)
    assert stored(demo_file).smart[PROSPECTS].owner == "佐藤"


def test_achievable_compares_with_the_closed_periods(session):
    session.record_actuals(
        {
            (PROSPECTS, 1, date(2026, 11, 10)): Fraction(200),
            (PROSPECTS, 2, date(2026, 11, 11)): Fraction(180),
        }
    )
    session.start_next_period("grow", Fraction(1, 2))  # December needs 750 prospects
    assert past_actuals(session, PROSPECTS) == (380,)
    check = smart_of(session, PROSPECTS).checks[Criterion.ACHIEVABLE]
    assert check.result is Result.WARNING
    assert check.reasons[0][1]["best"] == 380
    assert check.reasons[0][1]["required"] == 750


def test_the_summary_counts_smart_kpis(session):
    assert smart_summary(session) == (0, 4)
    for node_id in (DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE):
        session.set_smart(node_id, owner="佐藤", definition="定義", source="CRM")
    session.record_actuals(
        {
            (n, 0, date(2026, 11, 2)): Fraction(1, 10)
            for n in (DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE)
        }
    )
    session.start_next_period("same")
    done, total = smart_summary(session)
    assert total == 4 and done < 4  # targets far above a record of 0.1 are at risk
