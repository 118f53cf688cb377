"""Reps' cause and action notes on their KPIs, per period (the rep_note table)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlite_utils import Database

NoteKey = tuple[date, int, int]  # period's first day, rep id, node id
Note = tuple[str, str, str]  # cause, action, entered at (ISO)


class RepNoteStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def notes(self, period_start: date, rep_id: int | None = None) -> dict[NoteKey, Note]:
        where, params = "period_start = ?", [period_start.isoformat()]
        if rep_id is not None:
            where += " AND rep_id = ?"
            params.append(rep_id)
        return {
            (date.fromisoformat(r["period_start"]), r["rep_id"], r["node_id"]): (
                r["cause"],
                r["action"],
                r["entered_at"],
            )
            for r in self.db.query(f"SELECT * FROM rep_note WHERE {where}", params)
        }

    def put(self, values: Mapping[NoteKey, Note | None]) -> None:
        self.db.conn.executemany(
            "INSERT INTO rep_note (period_start, rep_id, node_id, cause, action, entered_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(period_start, rep_id, node_id) DO UPDATE"
            " SET cause = excluded.cause, action = excluded.action,"
            " entered_at = excluded.entered_at",
            [(p.isoformat(), r, n, *note) for (p, r, n), note in values.items() if note],
        )
        self.db.conn.executemany(
            "DELETE FROM rep_note WHERE period_start = ? AND rep_id = ? AND node_id = ?",
            [(p.isoformat(), r, n) for (p, r, n), note in values.items() if not note],
        )
