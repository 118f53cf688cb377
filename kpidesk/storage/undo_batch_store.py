"""An import's values kept in the plan file by batch, so that its undo step holds only an id.

Each batch has a table of its own, `undo_import_<id>`: one row per (node, rep, day) the import
writes, with the value it writes and what the file held there before (value and source; NULL
when there was none). Undo and redo copy one side or the other back into the actual and
actual_source tables in SQL, so nothing proportional to the rows stays in Python. Undo history
ends with the session, so the tables left in a file are dropped when it is next opened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlite_utils import Database

from kpidesk.storage.errors import StorageError
from kpidesk.storage.transactions import write_transaction

PREFIX = "undo_import_"
_NAME = re.compile(rf"^{PREFIX}(\d+)$")
_KEY = "node_id, rep_id, day"
_SAME_KEY = "a.node_id = b.node_id AND a.rep_id = b.rep_id AND a.day = b.day"

Source = tuple[str, str, str]  # kind, name, entered at


class UndoBatchStore:
    """The undo batch tables of one open plan file (written inside the caller's transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def next_batch_id(self) -> int:
        """An id no import batch and no batch table has: a batch undone and then replaced by
        a new import must not find the old one's table under its id."""
        rows = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM import_batch").fetchone()
        return max([rows[0], *self._batch_ids()]) + 1

    def start(self, batch_id: int, keep_for_undo: bool = True) -> None:
        """An empty table for the batch's values: in the plan file, or (with nothing to undo,
        as on the command line) a temporary one that never reaches the file."""
        place = "" if keep_for_undo else "TEMP "
        self.db.execute(
            f"CREATE {place}TABLE {_table(batch_id)} ("
            "node_id INTEGER NOT NULL, rep_id INTEGER NOT NULL, day TEXT NOT NULL,"
            " after_e4 INTEGER NOT NULL, before_e4 INTEGER, before_batch INTEGER,"
            " before_kind TEXT, before_name TEXT, before_at TEXT,"
            f" PRIMARY KEY ({_KEY})) WITHOUT ROWID"
        )

    def add(self, batch_id: int, rows: Iterable[tuple[int, int, str, int]]) -> None:
        """Add (node, rep, ISO day, value in ten-thousandths) rows; a key met again is summed."""
        self.db.conn.executemany(
            f"INSERT INTO {_table(batch_id)} ({_KEY}, after_e4) VALUES (?, ?, ?, ?)"
            f" ON CONFLICT ({_KEY}) DO UPDATE SET after_e4 = after_e4 + excluded.after_e4",
            rows,
        )

    def beyond(self, batch_id: int, limit_e4: int) -> tuple[int, int, str, object] | None:
        """A summed value above `limit_e4` in size (or past SQLite's integers), if any."""
        return self.db.execute(
            f"SELECT {_KEY}, after_e4 FROM {_table(batch_id)}"
            " WHERE typeof(after_e4) != 'integer' OR abs(after_e4) > ? LIMIT 1",
            [limit_e4],
        ).fetchone()

    def count(self, batch_id: int) -> int:
        return self.db.execute(f"SELECT count(*) FROM {_table(batch_id)}").fetchone()[0]

    def keep_what_it_replaces(self, batch_id: int) -> None:
        """Copy the values and sources the batch is about to replace into its table."""
        table = _table(batch_id)
        self.db.execute(
            f"UPDATE {table} AS b SET before_e4 = a.value_e4, before_batch = a.batch_id"
            f" FROM actual AS a WHERE {_SAME_KEY}"
        )
        self.db.execute(
            f"UPDATE {table} AS b SET before_kind = a.kind, before_name = a.name,"
            f" before_at = a.entered_at FROM actual_source AS a WHERE {_SAME_KEY}"
        )

    def show_imported(self, batch_id: int, source: Source) -> None:
        """Write the batch's values, each with `source` as who entered it (import, redo)."""
        table = _table(batch_id)
        self._put_values(f"SELECT {_KEY}, after_e4, NULL FROM {table} WHERE true")
        self._put_sources(f"SELECT {_KEY}, ?, ?, ? FROM {table} WHERE true", list(source))

    def show_replaced(self, batch_id: int) -> None:
        """Put back what the batch replaced: its keys that had no value lose theirs (undo)."""
        table = _table(batch_id)
        for target, column in (("actual", "before_e4"), ("actual_source", "before_kind")):
            self.db.execute(
                f"DELETE FROM {target} WHERE ({_KEY}) IN"
                f" (SELECT {_KEY} FROM {table} WHERE {column} IS NULL)"
            )
        self._put_values(
            f"SELECT {_KEY}, before_e4, before_batch FROM {table} WHERE before_e4 IS NOT NULL"
        )
        self._put_sources(
            f"SELECT {_KEY}, before_kind, before_name, before_at FROM {table}"
            " WHERE before_kind IS NOT NULL"
        )

    def _put_values(self, select: str) -> None:
        """Set each (key, value, batch) row `select` gives."""
        self.db.execute(
            f"INSERT INTO actual ({_KEY}, value_e4, batch_id) {select}"
            f" ON CONFLICT ({_KEY}) DO UPDATE SET value_e4 = excluded.value_e4,"
            " batch_id = excluded.batch_id"
        )

    def _put_sources(self, select: str, params: list | None = None) -> None:
        """Set each (key, kind, name, entered at) row `select` gives."""
        self.db.execute(
            f"INSERT INTO actual_source ({_KEY}, kind, name, entered_at) {select}"
            f" ON CONFLICT ({_KEY}) DO UPDATE SET kind = excluded.kind, name = excluded.name,"
            " entered_at = excluded.entered_at",
            params or [],
        )

    def drop(self, batch_id: int) -> None:
        self.db.execute(f"DROP TABLE IF EXISTS {_table(batch_id)}")

    def drop_leftovers(self) -> int:
        """Drop the batch tables a past session left in the file (its undo history is gone),
        in one transaction; a file without any is not written. Returns how many went. A file
        that cannot be written now keeps them until it next opens: they are only dead weight."""
        leftovers = self._batch_ids(main_only=True)
        if not leftovers:
            return 0
        try:
            with write_transaction(self.db):
                for batch_id in leftovers:
                    self.db.execute(f"DROP TABLE main.{_table(batch_id)}")
        except StorageError:
            return 0
        return len(leftovers)

    def _batch_ids(self, main_only: bool = False) -> list[int]:
        schemas = ["sqlite_master"] if main_only else ["sqlite_master", "sqlite_temp_master"]
        ids = []
        for schema in schemas:
            names = self.db.execute(f"SELECT name FROM {schema} WHERE type = 'table'").fetchall()
            ids += [int(m.group(1)) for (name,) in names if (m := _NAME.match(name))]
        return ids


def _table(batch_id: int) -> str:
    return f"{PREFIX}{int(batch_id)}"
