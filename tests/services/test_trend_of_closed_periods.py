"""The trend across closed periods reads each closed period's actuals once, not per selection."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.services.chart_data import trend_chart
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import period_progress
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

DEALS, PROSPECTS = 2, 4


@pytest.fixture
def session(demo_file):
    """December 2026 closed with 180 prospects (2 per rep on 9 days); January open."""
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db))
    session.set_period(date(2026, 12, 1))
    days = [date(2026, 12, d) for d in (1, 2, 3, 4, 7, 8, 9, 10, 11)]
    session.record_actuals({(PROSPECTS, r, d): Fraction(2) for r in range(1, 11) for d in days})
    session.start_next_period("same")
    yield session
    db.close()


def trend(session, node_id):
    points = trend_chart(session, period_progress(session, date(2027, 1, 8)), node_id).items
    return [(p.label, p.target, p.actual) for p in points]


FROZEN = "the frozen periods' kept totals"


def count_reads(session, monkeypatch) -> list:
    """Each read of actual totals: a range of days, or FROZEN for every frozen period's."""
    reads = []
    original, kept = session.actuals.totals, session.periods.frozen_totals_e4

    def totals(first, last):
        reads.append((first, last))
        return original(first, last)

    def frozen_totals():
        reads.append(FROZEN)
        return kept()

    monkeypatch.setattr(session.actuals, "totals", totals)
    monkeypatch.setattr(session.periods, "frozen_totals_e4", frozen_totals)
    return reads


def test_selecting_kpi_after_kpi_reads_the_closed_period_once(session, monkeypatch):
    reads = count_reads(session, monkeypatch)
    assert trend(session, PROSPECTS) == [("2026-12", 500, 180), ("2027-01", 500, None)]
    assert trend(session, DEALS) == [("2026-12", 100, None), ("2027-01", 100, None)]
    assert trend(session, PROSPECTS) == [("2026-12", 500, 180), ("2027-01", 500, None)]
    assert reads.count(FROZEN) == 1  # as kept in the file when December closed
    assert (date(2026, 12, 1), date(2026, 12, 31)) not in reads


def test_a_plan_edit_or_a_newly_closed_period_is_followed(session, monkeypatch):
    reads = count_reads(session, monkeypatch)
    trend(session, DEALS)
    session.set_target(3, Fraction(50_000), reason="price cut")  # deals needed: 200
    assert trend(session, DEALS) == [("2026-12", 100, None), ("2027-01", 200, None)]
    session.start_next_period("same")
    assert trend(session, DEALS) == [
        ("2026-12", 100, None),
        ("2027-01", 200, None),
        ("2027-02", 200, None),
    ]
    # the open period each time; the frozen ones again only when the frozen periods change
    january, february = (date(2027, 1, 1), date(2027, 1, 8)), (date(2027, 2, 1), date(2027, 2, 1))
    assert reads == [january, FROZEN, january, february, FROZEN]


def test_smart_and_the_trend_share_one_read_of_a_closed_period(session, monkeypatch):
    from kpidesk.services.smart_service import SmartCache

    reads = count_reads(session, monkeypatch)
    SmartCache(session).assessments()  # judges each KPI against its record of past periods
    trend(session, PROSPECTS)
    assert reads.count(FROZEN) == 1
