"""Frozen past periods with their targets, and the company's own closing days."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from sqlite_utils import Database

from kpidesk.domain.numbers import from_text, to_text
from kpidesk.domain.reopening import Reopening
from kpidesk.storage import frozen_total_store

# A frozen period as stored: (id, kind, first day, last day) and, per KPI,
# (node id, node name, target, plan, required as it was computed).
PeriodRecord = tuple[int, str, date, date]
PeriodValue = tuple[int, str, Fraction | None, Fraction | None, Fraction | None]


class PeriodStore:
    """Reads and writes periods and closing days (inside the caller's transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def frozen_periods(self) -> list[PeriodRecord]:
        rows = self.db.query("SELECT * FROM period WHERE frozen = 1 ORDER BY first_day")
        return [_record(row) for row in rows]

    def values(self, period_id: int) -> list[PeriodValue]:
        rows = self.db.query(
            "SELECT * FROM period_value WHERE period_id = ? ORDER BY node_id", [period_id]
        )
        return [
            (
                r["node_id"],
                r["node_name"],
                from_text(r["target"]),
                from_text(r["plan"]),
                from_text(r["required"]),
            )
            for r in rows
        ]

    def read_every_frozen_value(self) -> int:
        """Read each distinct figure kept for the frozen periods, as `values` reads them (a
        damaged one raises the same error); the number read. One query for every period, each
        text parsed once: 348 closed months held 27,000 copies of a few dozen figures."""
        rows = self.db.execute(
            "SELECT target FROM period_value WHERE period_id IN (SELECT id FROM period"
            " WHERE frozen = 1) UNION SELECT plan FROM period_value WHERE period_id IN"
            " (SELECT id FROM period WHERE frozen = 1) UNION SELECT required FROM period_value"
            " WHERE period_id IN (SELECT id FROM period WHERE frozen = 1)"
        ).fetchall()
        for (text,) in rows:
            from_text(text)
        return len(rows)

    def put_period(self, record: PeriodRecord, values: tuple[PeriodValue, ...]) -> None:
        period_id, kind, first, last = record
        self.db.execute(
            "INSERT INTO period (id, kind, first_day, last_day, frozen) VALUES (?, ?, ?, ?, 1)",
            [period_id, kind, first.isoformat(), last.isoformat()],
        )
        self.db.conn.executemany(
            "INSERT INTO period_value (period_id, node_id, node_name, target, plan, required)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (period_id, node_id, name, _text(target), _text(plan), _text(required))
                for node_id, name, target, plan, required in values
            ],
        )
        frozen_total_store.keep(self.db, period_id, first, last)

    def delete_period(self, period_id: int) -> None:
        frozen_total_store.forget(self.db, period_id)
        self.db.execute("DELETE FROM period WHERE id = ?", [period_id])

    def frozen_totals(self) -> dict[int, dict[int, Fraction]]:
        """Each frozen period's actual totals by node (all reps), as kept when it froze."""
        return frozen_total_store.read_by_node(self.db)

    def frozen_totals_e4(self) -> dict[int, dict[int, int]]:
        """The same in ten-thousandths, as whole numbers (no Fraction made per figure)."""
        return frozen_total_store.read_by_node_e4(self.db)

    def next_period_id(self) -> int:
        rows = list(self.db.query("SELECT COALESCE(MAX(id), 0) + 1 AS next FROM period"))
        return rows[0]["next"]

    def closed_periods(self) -> list[PeriodRecord]:
        """Every period ever closed, frozen now or reopened, oldest first."""
        rows = self.db.query("SELECT * FROM period ORDER BY first_day")
        return [_record(row) for row in rows]

    def reopenings(self) -> list[Reopening]:
        """Every reopening of a closed period, oldest first, with its period's days."""
        rows = self.db.query(
            "SELECT r.*, p.first_day, p.last_day FROM period_reopening r"
            " JOIN period p ON p.id = r.period_id ORDER BY r.id"
        )
        return [
            Reopening(
                r["id"],
                r["period_id"],
                date.fromisoformat(r["first_day"]),
                date.fromisoformat(r["last_day"]),
                date.fromisoformat(r["reopened_on"]),
                r["reason"],
                date.fromisoformat(r["closed_on"]) if r["closed_on"] else None,
            )
            for r in rows
        ]

    def put_reopening(self, reopening: Reopening) -> None:
        """Write a reopening; its period is open while the reopening has no closing day."""
        self.db.execute(
            "INSERT INTO period_reopening (id, period_id, reopened_on, reason, closed_on)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " reopened_on = excluded.reopened_on, reason = excluded.reason,"
            " closed_on = excluded.closed_on",
            [
                reopening.id,
                reopening.period_id,
                reopening.reopened_on.isoformat(),
                reopening.reason,
                reopening.closed_on.isoformat() if reopening.closed_on else None,
            ],
        )
        self._set_frozen(reopening.period_id, not reopening.is_open)

    def delete_reopening(self, reopening: Reopening) -> None:
        """Forget a reopening (its undo): the period is closed as it was before."""
        self.db.execute("DELETE FROM period_reopening WHERE id = ?", [reopening.id])
        self._set_frozen(reopening.period_id, True)

    def next_reopening_id(self) -> int:
        rows = list(self.db.query("SELECT COALESCE(MAX(id), 0) + 1 AS next FROM period_reopening"))
        return rows[0]["next"]

    def _set_frozen(self, period_id: int, frozen: bool) -> None:
        self.db.execute("UPDATE period SET frozen = ? WHERE id = ?", [int(frozen), period_id])
        if not frozen:
            frozen_total_store.forget(self.db, period_id)  # its actuals can change again
            return
        ((first, last),) = self.db.execute(
            "SELECT first_day, last_day FROM period WHERE id = ?", [period_id]
        ).fetchall()
        frozen_total_store.keep(
            self.db, period_id, date.fromisoformat(first), date.fromisoformat(last)
        )

    def closed_days(self) -> dict[date, str]:
        rows = self.db.query("SELECT day, note FROM closed_day ORDER BY day")
        return {date.fromisoformat(r["day"]): r["note"] for r in rows}

    def put_closed_day(self, day: date, note: str | None) -> None:
        """Mark a company closing day; None opens it again."""
        if note is None:
            self.db.execute("DELETE FROM closed_day WHERE day = ?", [day.isoformat()])
            return
        self.db.execute(
            "INSERT INTO closed_day (day, note) VALUES (?, ?)"
            " ON CONFLICT(day) DO UPDATE SET note = excluded.note",
            [day.isoformat(), note],
        )


def _record(row: dict) -> PeriodRecord:
    return (
        row["id"],
        row["kind"],
        date.fromisoformat(row["first_day"]),
        date.fromisoformat(row["last_day"]),
    )


def _text(value: Fraction | None) -> str | None:
    return None if value is None else to_text(value)
