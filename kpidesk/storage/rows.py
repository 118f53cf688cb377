"""Explicit INSERT … ON CONFLICT upserts: never sqlite-utils' cached "does upsert work" check."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlite_utils import Database


def upsert_row(db: Database, table: str, row: Mapping[str, object], keys: Sequence[str]) -> None:
    """Insert `row`, or update the columns it names in the row with the same `keys`."""
    columns = list(row)
    names = ", ".join(f"[{column}]" for column in columns)
    marks = ", ".join("?" for _ in columns)
    conflict = ", ".join(f"[{key}]" for key in keys)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c not in keys)
    action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    db.execute(
        f"INSERT INTO [{table}] ({names}) VALUES ({marks}) ON CONFLICT({conflict}) {action}",
        [row[column] for column in columns],
    )


def insert_row(db: Database, table: str, row: Mapping[str, object]) -> None:
    """Insert `row`; a row with the same key is an error, never silently skipped."""
    columns = list(row)
    names = ", ".join(f"[{column}]" for column in columns)
    marks = ", ".join("?" for _ in columns)
    db.execute(
        f"INSERT INTO [{table}] ({names}) VALUES ({marks})", [row[column] for column in columns]
    )
