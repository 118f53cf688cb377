"""Which KPI Desk wrote a plan: kept in the file, read to name the version a newer plan needs."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlite_utils import Database

from kpidesk import __version__

TABLE = "app_meta"
SCHEMA_WRITTEN_BY = "schema_written_by"  # the KPI Desk that brought the file to its format
LAST_WRITTEN_BY = "last_written_by"  # the KPI Desk that last saved an edit


def create_table(db: Database) -> None:
    db.execute(f"CREATE TABLE {TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def record(db: Database, key: str, version: str = __version__) -> None:
    """Set `key` to `version`, writing nothing when it already says so."""
    db.execute(
        f"INSERT INTO {TABLE} (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE value != excluded.value",
        [key, version],
    )


def recorded(db: Database, key: str) -> str | None:
    rows = db.execute(f"SELECT value FROM {TABLE} WHERE key = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def version_needed(path: Path) -> str | None:
    """The KPI Desk version that wrote this file's format, read without writing anything;
    None when the file does not say (an older format, or it cannot be read)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            row = conn.execute(
                f"SELECT value FROM {TABLE} WHERE key = ?", [SCHEMA_WRITTEN_BY]
            ).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row and isinstance(row[0], str) and len(row[0]) <= 40 else None
