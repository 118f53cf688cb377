"""Read a plan without writing a byte of it (mode=ro); check a plan a crashed session left."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from kpidesk.storage.plan_check import check_plan_file, refusal
from kpidesk.storage.plan_file import PlanFileError, inspect_header
from kpidesk.storage.schema import SCHEMA_VERSION, migrate


def _read_only_connection(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path))}?mode=ro"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def open_read_only(path: Path | str) -> Database:
    """The plan through a read-only connection. A plan from an older version is migrated in
    memory, so the file itself is never changed. A plan that would not load is refused first
    (storage.plan_check), as when it is opened for editing."""
    path = Path(path)
    inspect_header(path)
    check_plan_file(path)
    try:
        connection = _read_only_connection(path)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        for table in ("plan", "node", "rep"):
            connection.execute(f"SELECT count(*) FROM [{table}]").fetchone()
        if version < SCHEMA_VERSION:
            memory = sqlite3.connect(":memory:", check_same_thread=False)
            connection.backup(memory)
            connection.close()
            db = Database(memory, execute_plugins=False)
            migrate(db)
        else:
            db = Database(connection, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        raise PlanFileError(_code(error), path, str(error)) from None
    return db


def _code(error: sqlite3.DatabaseError) -> str:
    return "unreadable" if "unable to open" in str(error) else "damaged"


def check_integrity(path: Path | str) -> None:
    """Run SQLite's quick_check on a plan; raise PlanFileError "damaged" when it fails."""
    path = Path(path)
    inspect_header(path)
    try:
        connection = _read_only_connection(path)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if refusal(path, error).code == "busy":  # another program is writing: not damage
            raise refusal(path, error) from None
        if "readonly" not in str(error) and "read-only" not in str(error):
            raise PlanFileError("damaged", path, str(error)) from None
        rows = _check_rolling_back(path)  # a hot journal: SQLite must roll it back first
    except sqlite3.DatabaseError as error:
        raise PlanFileError("damaged", path, str(error)) from None
    problems = [row[0] for row in rows if row[0] != "ok"]
    if problems:
        raise PlanFileError("damaged", path, "; ".join(problems[:3]))


def _check_rolling_back(path: Path) -> list[tuple]:
    try:
        connection = sqlite3.connect(path)
        try:
            return connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise PlanFileError("damaged", path, str(error)) from None
