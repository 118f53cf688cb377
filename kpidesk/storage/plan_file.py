"""Open, create and copy .kpidesk files, refusing anything that is not a plan we can read."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from kpidesk.domain.model import Plan
from kpidesk.storage.schema import APPLICATION_ID, SCHEMA_VERSION, migrate

SQLITE_HEADER = b"SQLite format 3\x00"
FILE_SUFFIX = ".kpidesk"


class PlanFileError(Exception):
    """A plan file that cannot be used; `code` says why, `detail` adds a figure or path."""

    def __init__(self, code: str, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = str(path)
        self.detail = detail


def inspect_header(path: Path) -> None:
    """Refuse a file that is not a KPI Desk plan, or is from a newer schema, without writing it."""
    if not path.exists():
        raise PlanFileError("not_found", path)
    if path.is_dir():
        raise PlanFileError("not_a_plan", path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise PlanFileError("unreadable", path, error.strerror or "") from None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise PlanFileError("not_a_plan", path)
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise PlanFileError("not_a_plan", path)
    if user_version > SCHEMA_VERSION:
        raise PlanFileError("newer_version", path, str(user_version))


def connect(path: Path) -> Database:
    """A sqlite-utils Database on `path` with foreign keys enforced."""
    db = Database(path, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def open_plan_file(path: Path | str) -> Database:
    """Open an existing plan for editing, migrating it if it is from an older version."""
    path = Path(path)
    inspect_header(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise PlanFileError("read_only", path)
    try:
        db = connect(path)
        # A full quick_check reads every page (seconds on years of actuals); reading the
        # schema and the plan's own tables finds a file too damaged to open.
        for table in ("plan", "node", "rep"):
            db.execute(f"SELECT count(*) FROM [{table}]").fetchone()
        migrate(db)
    except sqlite3.DatabaseError as error:
        raise PlanFileError("damaged", path, str(error)) from None
    return db


def create_plan_file(path: Path | str, plan: Plan, *, overwrite: bool = False) -> None:
    """Write `plan` as a new file; the file appears complete or not at all."""
    from kpidesk.storage.plan_store import PlanStore

    path = Path(path)
    if path.exists() and not overwrite:
        raise PlanFileError("exists", path)
    with atomic_target(path) as temporary:
        db = connect(temporary)
        try:
            migrate(db)
            PlanStore(db).write_whole_plan(plan)
        finally:
            db.close()


def save_copy(db: Database, target: Path | str) -> None:
    """A consistent copy of the open plan at `target`, made with SQLite's backup API."""
    target = Path(target)
    with atomic_target(target) as temporary:
        _backup(db.conn, temporary)


def _backup(source: sqlite3.Connection, temporary: Path) -> None:
    destination = sqlite3.connect(temporary)
    try:
        source.backup(destination)
    finally:
        destination.close()


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Write to a temporary file beside `path`, then rename it over `path` on success."""
    directory = path.parent
    if not directory.is_dir():
        raise PlanFileError("no_folder", directory)
    try:
        handle, name = tempfile.mkstemp(prefix=".kpidesk-", suffix=".tmp", dir=directory)
    except OSError as error:
        raise PlanFileError("cannot_write", path, error.strerror or "") from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise PlanFileError("cannot_write", path, reason) from None
    finally:
        temporary.unlink(missing_ok=True)
