"""Each frozen period's actual totals per KPI and rep, written in the transaction that freezes it.

A frozen period refuses new actuals, so its totals are summed once, when it closes (or closes
again after a reopening), and read back in one small query instead of a scan of its month of
rows. Reopening the period or undoing its close removes them in the same transaction.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from sqlite_utils import Database

from kpidesk.storage.actual_store import HALF, SCALE  # summed in two halves, as SUM_TOTAL
from kpidesk.storage.errors import StorageError

CREATE = """CREATE TABLE frozen_total (
    period_id INTEGER NOT NULL,
    node_id INTEGER NOT NULL,
    rep_id INTEGER NOT NULL,
    high INTEGER NOT NULL,
    low INTEGER NOT NULL,
    PRIMARY KEY (period_id, node_id, rep_id)
) WITHOUT ROWID"""


def keep(db: Database, period_id: int, first: date, last: date) -> None:
    """Sum the period's actuals by (node, rep) into the file, replacing what it held."""
    forget(db, period_id)
    db.execute(
        f"INSERT INTO frozen_total (period_id, node_id, rep_id, high, low)"
        f" SELECT ?, node_id, rep_id, SUM(value_e4 / {HALF}), SUM(value_e4 % {HALF})"
        " FROM actual WHERE day BETWEEN ? AND ? GROUP BY node_id, rep_id",
        [period_id, first.isoformat(), last.isoformat()],
    )


def forget(db: Database, period_id: int) -> None:
    db.execute("DELETE FROM frozen_total WHERE period_id = ?", [period_id])


def keep_every_frozen_period(db: Database) -> None:
    """Write the totals of every period frozen now (the migration that adds the table)."""
    rows = db.execute("SELECT id, first_day, last_day FROM period WHERE frozen = 1").fetchall()
    for period_id, first, last in rows:
        keep(db, period_id, date.fromisoformat(first), date.fromisoformat(last))


def read_by_node_e4(db: Database) -> dict[int, dict[int, int]]:
    """Every kept period's totals summed over the reps, in ten-thousandths (SCALE): period id
    -> node id -> total. A file too large to have each row's type checked when it opens
    (storage.plan_check) is checked here, in the same scan: SQLite's SUM is a whole number
    only when every value summed is one, so a text or real total raises StorageError
    "damaged" (detail "bad_value:frozen_total")."""
    found: dict[int, dict[int, int]] = {}
    rows = db.execute(
        "SELECT period_id, node_id, SUM(high), SUM(low) FROM frozen_total"
        " GROUP BY period_id, node_id"
    )
    for period_id, node_id, high, low in rows:
        if type(high) is not int or type(low) is not int:
            raise StorageError("damaged", "bad_value:frozen_total")
        found.setdefault(period_id, {})[node_id] = high * HALF + low
    return found


def read_by_node(db: Database) -> dict[int, dict[int, Fraction]]:
    """Every kept period's totals summed over the reps: period id -> node id -> exact total."""
    return {
        period_id: {node_id: Fraction(total, SCALE) for node_id, total in totals.items()}
        for period_id, totals in read_by_node_e4(db).items()
    }
