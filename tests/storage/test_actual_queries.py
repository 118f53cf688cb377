"""A KPI's days in a period are found by an index, however many years of actuals the file holds."""

from datetime import date

from kpidesk.storage.actual_store import ActualStore
from kpidesk.storage.plan_file import open_plan_file

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def query_plans(db, read) -> list[str]:
    """How SQLite runs each query that `read(store)` makes."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    read(ActualStore(db))
    db.conn.set_trace_callback(None)
    plans = []
    for sql in statements:
        if sql.lstrip().upper().startswith("SELECT"):
            rows = db.conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
            plans.extend(row[-1] for row in rows)
    return plans


def test_a_kpis_month_for_the_team_or_by_rep_reads_only_that_month(demo_file):
    db = open_plan_file(demo_file)
    try:
        for read in (
            lambda store: store.daily(4, *NOVEMBER),
            lambda store: store.daily_by_rep(4, *NOVEMBER),
        ):
            plans = query_plans(db, read)
            assert plans == [
                "SEARCH actual USING INDEX actual_node_day (node_id=? AND day>? AND day<?)"
            ]
    finally:
        db.close()
