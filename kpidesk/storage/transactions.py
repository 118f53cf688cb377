"""Write transactions that take the write lock up front and fail as one StorageError."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlite_utils import Database

from kpidesk.storage.errors import database_path, storage_error

# How long a write waits for another program's write to finish before reporting "busy".
BUSY_TIMEOUT = 5.0


@contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT: the lock is taken before anything is read, so a second writer
    waits out the busy timeout instead of failing at once; any failure rolls everything back
    and is raised as a StorageError. Nested inside an open transaction it is a savepoint."""
    conn = db.conn
    if conn.in_transaction:
        with _as_storage_error(conn), db.atomic():
            yield
        return
    with _as_storage_error(conn):
        conn.execute("BEGIN IMMEDIATE")
    try:
        with _as_storage_error(conn):
            yield
            conn.execute("COMMIT")
    except BaseException:
        _roll_back(conn)
        raise


@contextmanager
def _as_storage_error(conn: sqlite3.Connection) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as error:
        raise storage_error(error, database_path(conn)) from None


def _roll_back(conn: sqlite3.Connection) -> None:
    """Roll back what is left of the transaction (SQLite may have rolled it back itself)."""
    if conn.in_transaction:
        with suppress(sqlite3.Error):  # the error being raised already says what went wrong
            conn.execute("ROLLBACK")
