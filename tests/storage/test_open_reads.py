"""Opening a plan reads what its first views need, not every actual the file holds."""

import sqlite3
from datetime import date, timedelta
from fractions import Fraction

import pytest

from kpidesk.domain.smart import Criterion
from kpidesk.services.plan_files import PlanFileError, open_plan
from kpidesk.services.smart_service import past_actuals, smart_cache
from kpidesk.storage import plan_check
from tests.storage.test_hostile_files import fingerprint, tamper

PROSPECTS, CLOSE_RATE = 4, 5
ACTUALS_TABLES = ("actual", "actual_source")
ACHIEVABLE = Criterion.ACHIEVABLE


def with_history(path, months: int):
    """The demo plan with `months` closed months of daily actuals for two reps (a count and a
    rate), and the month of the test clock (2026-11-20) open."""
    plan = open_plan(path)
    session = plan.session
    first = date(2026, 11, 1)
    for _ in range(months):
        first = (first - timedelta(days=1)).replace(day=1)
    session.set_period(first)
    day = first
    while day <= date(2026, 11, 20):
        period = session.current_period()
        values = {}
        while day <= min(period.last_day, date(2026, 11, 20)):
            for rep in (1, 2):
                values[(PROSPECTS, rep, day)] = Fraction(day.day % 7)
                values[(CLOSE_RATE, rep, day)] = Fraction(day.month, 100)
            day += timedelta(days=1)
        session.record_actuals(values)
        if period.last_day < date(2026, 11, 20):
            session.start_next_period("same")
    plan.close()
    return path


class Reads:
    """Every statement run on every SQLite connection opened meanwhile, with the virtual
    machine steps it took (SQLite's progress handler, called every step)."""

    def __init__(self, monkeypatch) -> None:
        self.steps: list[list] = []  # [statement, steps]
        connect = sqlite3.connect

        def counting_connect(*args, **kwargs):
            connection = connect(*args, **kwargs)
            connection.set_trace_callback(lambda sql: self.steps.append([sql, 0]))
            connection.set_progress_handler(self._step, 1)
            return connection

        monkeypatch.setattr(sqlite3, "connect", counting_connect)

    def _step(self) -> int:
        if self.steps:
            self.steps[-1][1] += 1
        return 0

    def on(self, table: str) -> list[list]:
        return [entry for entry in self.steps if f" {table} " in f" {entry[0]} ".lower()]


def open_and_judge(path):
    """What opening the plan in the window asks of the file before the first chart: the
    check, the load, and the SMART summary of every KPI."""
    plan = open_plan(path)
    summary = smart_cache(plan.session).summary()
    plan.close()
    return summary


@pytest.fixture
def large(monkeypatch):
    monkeypatch.setattr(plan_check, "QUICK_CHECK_MAX_BYTES", 0)  # as if the plan were large


def test_a_large_plan_opens_without_reading_its_closed_months_actuals(
    demo_file, tmp_path, large, monkeypatch
):
    long = tmp_path / "long.kpidesk"
    long.write_bytes(demo_file.read_bytes())
    with_history(long, 24)
    short = with_history(demo_file, 2)
    with monkeypatch.context() as patched:
        short_reads = Reads(patched)
        assert open_and_judge(short) == (0, 4)
    with monkeypatch.context() as patched:
        long_reads = Reads(patched)
        assert open_and_judge(long) == (0, 4)
    for reads in (short_reads, long_reads):
        statements = reads.on("actual") + reads.on("actual_source")
        scans = [sql for sql, _steps in statements if "SCAN actual" in query_plan(long, sql)]
        assert scans == []
        assert len(reads.on("frozen_total")) == 1  # every closed month's totals, in one read
    # the rate's latest value in every closed month: one statement, however many months
    assert len(long_reads.on("actual")) == len(short_reads.on("actual"))
    # 22 more closed months: the rate's latest day in each, not a month of rows
    extra = sum(s for _sql, s in long_reads.on("actual")) - sum(
        s for _sql, s in short_reads.on("actual")
    )
    assert extra < 22 * 200


def query_plan(path, sql: str) -> str:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
    finally:
        connection.close()
    return "\n".join(row[-1] for row in rows)


@pytest.mark.parametrize(
    ("size", "damage", "detail"),
    [
        ("small", "high = 'lots'", "bad_value:frozen_total.high"),
        ("large", "high = 'lots'", "bad_value:frozen_total"),
        ("small", "low = 2.5", "bad_value:frozen_total.low"),
        ("large", "low = 2.5", "bad_value:frozen_total"),
    ],
)
def test_a_hostile_kept_total_is_refused_untouched_small_or_large(
    demo_file, monkeypatch, size, damage, detail
):
    with_history(demo_file, 2)
    tamper(demo_file, f"UPDATE frozen_total SET {damage} WHERE rep_id = 2")
    if size == "large":
        monkeypatch.setattr(plan_check, "QUICK_CHECK_MAX_BYTES", 0)
    before = fingerprint(demo_file)
    with pytest.raises(PlanFileError) as refusal:
        open_plan(demo_file).close()
    assert (refusal.value.code, refusal.value.detail) == ("damaged", detail)
    assert fingerprint(demo_file) == before
    assert not (demo_file.parent / f".~lock.{demo_file.name}#").exists()


def test_a_damaged_source_in_a_large_plan_is_passed_over(demo_file, large):
    """Sources are not scanned when a large plan opens: a damaged one is skipped where it is
    read, and the others still say who entered what."""
    plan = open_plan(demo_file)
    plan.session.record_actuals({(PROSPECTS, 1, date(2026, 11, 2)): Fraction(3)})
    plan.session.record_actuals({(PROSPECTS, 2, date(2026, 11, 3)): Fraction(4)})
    plan.close()
    tamper(demo_file, "UPDATE actual_source SET name = 7, entered_at = x'00' WHERE rep_id = 1")
    plan = open_plan(demo_file)
    try:
        from kpidesk.storage.source_store import SourceStore

        store = SourceStore(plan.session.store.db)
        keys = [(PROSPECTS, 1, date(2026, 11, 2)), (PROSPECTS, 2, date(2026, 11, 3))]
        found = store.get(keys)
        assert list(found) == [keys[1]]
        assert found[keys[1]][0] == "manager"
    finally:
        plan.close()


def test_a_rates_record_is_its_latest_value_in_each_closed_month(demo_file):
    """The one statement gives what reading each closed month apart gave."""
    with_history(demo_file, 5)
    plan = open_plan(demo_file)
    try:
        session = plan.session
        latest = [f"{v}" for v in past_actuals(session, CLOSE_RATE)]
        assert latest == ["3/25", "7/50", "4/25", "9/50", "1/5"]  # June to October, 2 reps
        figures = dict(smart_cache(session).assessment(CLOSE_RATE).checks[ACHIEVABLE].reasons)
        (figures,) = figures.values()
        assert (figures["best"], figures["average"]) == (Fraction(1, 5), Fraction(4, 25))
    finally:
        plan.close()
