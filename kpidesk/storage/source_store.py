"""Who entered each actual and when (manager, rep package, import), and the plan's stable id."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlite_utils import Database

from kpidesk.storage.actual_store import ActualKey, _chunks, from_stored

Source = tuple[str, str, str]  # kind ("manager", "package", "import"), name, entered at (ISO)


class SourceStore:
    """Reads and writes the actual_source table (inside the caller's transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def make_room_for_a_big_write(self) -> None:
        """A page cache of up to 64 MB on this connection, so that a write of 100,000s of
        rows (a collect) is not spilled to the file before its commit (SQLite's default
        holds 2 MB)."""
        self.db.execute("PRAGMA cache_size = -65536")

    def plan_uuid(self) -> str | None:
        rows = list(self.db.query("SELECT uuid FROM plan_identity WHERE id = 1"))
        return rows[0]["uuid"] if rows else None

    def set_plan_uuid(self, value: str) -> None:
        self.db.execute(
            "INSERT INTO plan_identity (id, uuid) VALUES (1, ?)"
            " ON CONFLICT(id) DO UPDATE SET uuid = excluded.uuid",
            [value],
        )

    def get(self, keys: Iterable[ActualKey]) -> dict[ActualKey, Source]:
        found: dict[ActualKey, Source] = {}
        for chunk in _chunks(list(keys), 300):
            clauses = " OR ".join("(node_id = ? AND rep_id = ? AND day = ?)" for _ in chunk)
            params = [v for n, r, d in chunk for v in (n, r, d.isoformat())]
            for row in self.db.query(f"SELECT * FROM actual_source WHERE {clauses}", params):
                key = (row["node_id"], row["rep_id"], date.fromisoformat(row["day"]))
                source = (row["kind"], row["name"], row["entered_at"])
                if all(isinstance(text, str) for text in source):  # a large plan's are not
                    found[key] = source  # checked when it opens (storage.content_check)
        return found

    def put(self, values: Mapping[ActualKey, Source | None]) -> None:
        """Set (or with None remove) the source of each key."""
        self.db.conn.executemany(
            "INSERT INTO actual_source (node_id, rep_id, day, kind, name, entered_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(node_id, rep_id, day) DO UPDATE SET"
            " kind = excluded.kind, name = excluded.name, entered_at = excluded.entered_at",
            [(n, r, d.isoformat(), *s) for (n, r, d), s in values.items() if s is not None],
        )
        self.db.conn.executemany(
            "DELETE FROM actual_source WHERE node_id = ? AND rep_id = ? AND day = ?",
            [(n, r, d.isoformat()) for (n, r, d), s in values.items() if s is None],
        )

    def actuals_e4(self, first: date, last: date) -> dict[tuple[int, int, date], int]:
        """Every actual from `first` to `last` as stored, in ten-thousandths."""
        days: dict[str, date] = {}
        found = {}
        for node_id, rep_id, day, value in self.db.execute(
            "SELECT node_id, rep_id, day, value_e4 FROM actual WHERE day BETWEEN ? AND ?",
            [first.isoformat(), last.isoformat()],
        ):
            key_day = days.get(day) or days.setdefault(day, date.fromisoformat(day))
            found[(node_id, rep_id, key_day)] = value
        return found

    def sources_between(self, first: date, last: date) -> dict[ActualKey, Source]:
        found = {}
        for node_id, rep_id, day, kind, name, entered_at in self.db.execute(
            "SELECT node_id, rep_id, day, kind, name, entered_at FROM actual_source"
            " WHERE day BETWEEN ? AND ?",
            [first.isoformat(), last.isoformat()],
        ):
            try:  # not checked when a plan opens (it can hold 100,000s of rows): skip damage
                key = (node_id, rep_id, date.fromisoformat(day))
            except (TypeError, ValueError):
                continue
            if not all(isinstance(text, str) for text in (kind, name, entered_at)):
                continue
            found[key] = (kind, name, entered_at)
        return found

    def history(self, node_id: int) -> list[tuple]:
        """Every actual of one KPI with its source: (day, rep id, value, kind, name, entered
        at), by day and rep; kind is "" for a value from before sources were kept."""
        rows = self.db.query(
            "SELECT a.day, a.rep_id, a.value_e4, s.kind, s.name, s.entered_at FROM actual a"
            " LEFT JOIN actual_source s ON s.node_id = a.node_id AND s.rep_id = a.rep_id"
            " AND s.day = a.day WHERE a.node_id = ? ORDER BY a.day, a.rep_id",
            [node_id],
        )
        return [
            (
                date.fromisoformat(r["day"]),
                r["rep_id"],
                from_stored(r["value_e4"]),
                r["kind"] or "",
                r["name"] or "",
                r["entered_at"] or "",
            )
            for r in rows
        ]
