"""Dated actuals per KPI and rep: exact sums in SQL over values kept in ten-thousandths."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from fractions import Fraction

from sqlite_utils import Database

from kpidesk.domain.numbers import MAX_MAGNITUDE
from kpidesk.domain.problems import ValidationError

SCALE = 10_000
HALF = 10**8  # sums are taken in two halves, value // HALF and value % HALF, in SQL
SUM_TOTAL = f"SUM(value_e4 / {HALF}) AS high, SUM(value_e4 % {HALF}) AS low"
"""One value is at most 10^12 × SCALE = 10^16 (`domain.numbers.MAX_MAGNITUDE`), so each half
is below 10^8 and SQLite's SUM (which stops with "integer overflow" beyond 9.22 × 10^18) would
need more than 92 billion rows to overflow; Python adds the halves back exactly."""
ActualKey = tuple[int, int, date]  # node id, rep id (TEAM for the team), day


def to_stored(value: Fraction) -> int:
    """A value as ten-thousandths; more precise values are refused, not rounded."""
    scaled, rest = divmod(value.numerator * SCALE, value.denominator)  # no Fraction made
    if rest:
        raise ValidationError("too_precise", places=4)
    if abs(scaled) > MAX_MAGNITUDE * SCALE:
        raise ValidationError("too_large", text=str(value), limit=MAX_MAGNITUDE)
    return scaled


def from_stored(value: int) -> Fraction:
    return Fraction(value, SCALE)


def _total(row: dict) -> Fraction:
    """The exact sum from the two halves of `SUM_TOTAL`."""
    return from_stored(row["high"] * HALF + row["low"])


class ActualStore:
    """Reads and writes the actual table of one open plan file (inside the caller's transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, keys: Iterable[ActualKey]) -> dict[ActualKey, Fraction]:
        """The stored values of those keys that have one."""
        found: dict[ActualKey, Fraction] = {}
        for chunk in _chunks(list(keys), 300):
            clauses = " OR ".join("(node_id = ? AND rep_id = ? AND day = ?)" for _ in chunk)
            params = [v for n, r, d in chunk for v in (n, r, d.isoformat())]
            for row in self.db.query(f"SELECT * FROM actual WHERE {clauses}", params):
                key = (row["node_id"], row["rep_id"], date.fromisoformat(row["day"]))
                found[key] = from_stored(row["value_e4"])
        return found

    def put(self, values: dict[ActualKey, Fraction | None], batch_id: int | None = None) -> None:
        """Set (or with None remove) the value of each key."""
        removed = [k for k, v in values.items() if v is None]
        kept = [
            (n, r, d.isoformat(), to_stored(v), batch_id)
            for (n, r, d), v in values.items()
            if v is not None
        ]
        self.db.conn.executemany(
            "INSERT INTO actual (node_id, rep_id, day, value_e4, batch_id) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(node_id, rep_id, day) DO UPDATE SET value_e4 = excluded.value_e4,"
            " batch_id = excluded.batch_id",
            kept,
        )
        self.db.conn.executemany(
            "DELETE FROM actual WHERE node_id = ? AND rep_id = ? AND day = ?",
            [(n, r, d.isoformat()) for n, r, d in removed],
        )

    def totals(self, first: date, last: date) -> dict[tuple[int, int], Fraction]:
        """Sum over the days from `first` to `last`, by (node, rep)."""
        rows = self.db.query(
            f"SELECT node_id, rep_id, {SUM_TOTAL} FROM actual"
            " WHERE day BETWEEN ? AND ? GROUP BY node_id, rep_id",
            [first.isoformat(), last.isoformat()],
        )
        return {(r["node_id"], r["rep_id"]): _total(r) for r in rows}

    def daily(
        self, node_id: int, first: date, last: date, rep_id: int | None = None
    ) -> dict[date, Fraction]:
        """Each day's value of one KPI: one rep's, or summed over the team and every rep."""
        where = "node_id = ? AND day BETWEEN ? AND ?"
        params: list = [node_id, first.isoformat(), last.isoformat()]
        if rep_id is not None:
            where += " AND rep_id = ?"
            params.append(rep_id)
        rows = self.db.query(
            f"SELECT day, {SUM_TOTAL} FROM actual WHERE {where} GROUP BY day", params
        )
        return {date.fromisoformat(r["day"]): _total(r) for r in rows}

    def daily_by_rep(
        self, node_id: int, first: date, last: date
    ) -> dict[tuple[date, int], Fraction]:
        """Each (day, rep) value of one KPI; rep 0 is the team as a whole."""
        rows = self.db.query(
            "SELECT day, rep_id, value_e4 FROM actual WHERE node_id = ? AND day BETWEEN ? AND ?",
            [node_id, first.isoformat(), last.isoformat()],
        )
        return {
            (date.fromisoformat(r["day"]), r["rep_id"]): from_stored(r["value_e4"]) for r in rows
        }

    def all_rows(self, first: date | None = None, last: date | None = None) -> Iterator[tuple]:
        """Every (day, node id, rep id, value) in date order, optionally within a range."""
        rows = self.db.query(
            "SELECT day, node_id, rep_id, value_e4 FROM actual WHERE day BETWEEN ? AND ?"
            " ORDER BY day, node_id, rep_id",
            [(first or date.min).isoformat(), (last or date.max).isoformat()],
        )
        for r in rows:
            yield (
                date.fromisoformat(r["day"]),
                r["node_id"],
                r["rep_id"],
                from_stored(r["value_e4"]),
            )

    def latest(self, node_id: int, first: date, last: date) -> tuple[date, Fraction] | None:
        """The last recorded value in the range (for levels such as a rate)."""
        rows = list(
            self.db.query(
                f"SELECT day, {SUM_TOTAL} FROM actual WHERE node_id = ?"
                " AND day BETWEEN ? AND ? GROUP BY day ORDER BY day DESC LIMIT 1",
                [node_id, first.isoformat(), last.isoformat()],
            )
        )
        if not rows:
            return None
        return date.fromisoformat(rows[0]["day"]), _total(rows[0])

    def latest_in_frozen_periods(self, node_id: int) -> dict[int, Fraction]:
        """`latest` in every frozen period at once: period id -> the value on the last day of
        the period with one, found from the (node, day) index: one statement, not one per
        period."""
        rows = self.db.query(
            f"SELECT p.id AS period_id, {SUM_TOTAL} FROM period p JOIN actual a"
            " ON a.node_id = :node AND a.day = (SELECT MAX(day) FROM actual"
            " WHERE node_id = :node AND day BETWEEN p.first_day AND p.last_day)"
            " WHERE p.frozen = 1 GROUP BY p.id",
            {"node": node_id},
        )
        return {row["period_id"]: _total(row) for row in rows}

    def next_batch_id(self) -> int:
        rows = list(self.db.query("SELECT COALESCE(MAX(id), 0) + 1 AS next FROM import_batch"))
        return rows[0]["next"]

    def put_batch(self, batch: tuple) -> None:
        """Record an import: (id, file key, file name, imported at, row count)."""
        self.db.execute(
            "INSERT INTO import_batch (id, file_key, file_name, imported_at, row_count)"
            " VALUES (?, ?, ?, ?, ?)",
            list(batch),
        )

    def delete_batch(self, batch_id: int) -> None:
        self.db.execute("DELETE FROM import_batch WHERE id = ?", [batch_id])

    def batches_of(self, file_key: str) -> list[dict]:
        return list(
            self.db.query("SELECT * FROM import_batch WHERE file_key = ? ORDER BY id", [file_key])
        )


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
