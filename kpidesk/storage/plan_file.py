"""Open, create and copy .kpidesk files, refusing anything that is not a plan we can read."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from kpidesk.domain.model import Plan
from kpidesk.storage.app_versions import version_needed
from kpidesk.storage.atomic_files import (
    new_temp_beside,
    remove_stale_temps,
    remove_temp,
    replace_durably,
)
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
    header = read_header(path)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise PlanFileError("not_a_plan", path)
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise PlanFileError("not_a_plan", path)
    if user_version > SCHEMA_VERSION:
        needed = version_needed(path)
        if needed:
            raise PlanFileError("newer_app", path, needed)
        raise PlanFileError("newer_version", path, str(user_version))


def read_header(path: Path) -> bytes:
    """The first 100 bytes of a regular file; anything else (a folder, a pipe, a device) is
    refused before it is opened, and the read never waits (O_NONBLOCK)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise PlanFileError("not_regular", path)
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise PlanFileError("not_found", path) from None
    except OSError as error:
        raise PlanFileError("unreadable", path, error.strerror or "") from None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):  # swapped since the stat
            raise PlanFileError("not_regular", path)
        return os.read(handle, 100)
    except OSError as error:
        raise PlanFileError("unreadable", path, error.strerror or "") from None
    finally:
        os.close(handle)


def connect(path: Path) -> Database:
    """A sqlite-utils Database on `path` with foreign keys enforced."""
    db = Database(path, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def open_plan_file(path: Path | str) -> Database:
    """Open an existing plan for editing, migrating it if it is from an older version.

    Nothing is written before the file is known to open: it is checked through a read-only
    connection first (storage.plan_check), an older one on a migrated copy in memory.
    """
    from kpidesk.storage.plan_check import BUSY_TIMEOUT_SECONDS, check_plan_file, refusal
    from kpidesk.storage.undo_batch_store import UndoBatchStore

    path = Path(path)
    inspect_header(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise PlanFileError("read_only", path)
    check_plan_file(path)
    try:
        db = connect(path)
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        migrate(db)
        UndoBatchStore(db).drop_leftovers()  # undo history ends with the session that made it
    except sqlite3.DatabaseError as error:
        raise refusal(path, error) from None
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
        copy_database(db.conn, temporary)


def copy_database(
    source: sqlite3.Connection, temporary: Path, pages: int = -1, progress=None
) -> None:
    """Copy `source` into the new file `temporary` through SQLite's backup API, `pages` pages
    a step (-1: all at once); the copy keeps no journal (it is renamed into place whole)."""
    destination = sqlite3.connect(temporary)
    try:
        destination.execute("PRAGMA journal_mode = OFF")
        source.backup(destination, pages=pages, progress=progress)
    finally:
        destination.close()


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """The one atomic writer: write to a temporary file of our naming beside `path`; on success
    fsync it, give it the replaced file's mode (a new file: 0666 less the umask), rename it over
    `path` and fsync the folder. A killed run's temporary file goes at the next run's
    `remove_stale_temps`."""
    directory = path.parent
    if not directory.is_dir():
        raise PlanFileError("no_folder", directory)
    remove_stale_temps(directory)
    try:
        temporary = new_temp_beside(path)
    except OSError as error:
        raise PlanFileError("cannot_write", path, error.strerror or "") from None
    try:
        yield temporary
        replace_durably(temporary, path)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise PlanFileError("cannot_write", path, reason) from None
    finally:
        remove_temp(temporary)
