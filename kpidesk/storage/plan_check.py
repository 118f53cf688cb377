"""Check a plan file through a read-only connection before a single byte of it is written."""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from kpidesk.storage.content_check import check_contents
from kpidesk.storage.plan_file import PlanFileError, read_header
from kpidesk.storage.schema import SCHEMA_VERSION, migrate, migrations
from kpidesk.storage.transactions import BUSY_TIMEOUT

# SQLite's quick_check reads every page: about 7 ms a megabyte here (0.27 s for a 39 MB plan
# with 800,000 actuals), so it runs on every open of a file up to this size; a larger file gets
# it when its length disagrees with its header, and after a session that did not close cleanly
# (the plan lock).
QUICK_CHECK_MAX_BYTES = 16 * 1024 * 1024
# how long a check waits for another program's write before saying busy: as long as a write
BUSY_TIMEOUT_SECONDS = BUSY_TIMEOUT

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_CANTOPEN = 5, 6, 8, 14


def check_plan_file(path: Path | str) -> None:
    """Refuse (PlanFileError) a plan the app could not open, without writing to it.

    A plan from an older version is migrated in memory, and the migrated copy is checked: a
    migration later runs on the file itself only when the file will open.
    """
    path = Path(path)
    try:
        _check_read_only(path)
    except sqlite3.Error as error:
        if _primary_code(error) != _SQLITE_READONLY or not _journal(path).exists():
            raise refusal(path, error) from None
        _roll_back_interrupted_write(path)
        try:
            _check_read_only(path)
        except sqlite3.Error as again:
            raise refusal(path, again) from None


def refusal(path: Path, error: sqlite3.Error) -> PlanFileError:
    """The PlanFileError an SQLite error met while opening `path` stands for."""
    code = _primary_code(error)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return PlanFileError("busy", path, str(error))
    if code == _SQLITE_CANTOPEN:
        return PlanFileError("unreadable", path, str(error))
    return PlanFileError("damaged", path, "corrupt")


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path` (mode=ro), waiting out another program's write."""
    uri = f"{path.absolute().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)


def _check_read_only(path: Path) -> None:
    connection = read_only_connection(path)
    try:
        small = path.stat().st_size <= QUICK_CHECK_MAX_BYTES
        if small or size_disagrees_with_header(path):
            rows = connection.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                raise PlanFileError("damaged", path, "corrupt")
        db = Database(connection, execute_plugins=False)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        _check_versions(db, path, version)
        migrating = version < SCHEMA_VERSION
        if migrating:
            db = _migrated_copy(connection, path)
        # a file about to be migrated is loaded here; a current one by the session, untouched
        check_contents(db, path, scan_actuals=small, load_plan=migrating)
    finally:
        connection.close()


def size_disagrees_with_header(path: Path) -> bool:
    """Whether the file is not as long as its header says (cut short, or grown by garbage): the
    sign of damage that sends a file too large for an every-open quick_check through one."""
    header = read_header(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size = path.stat().st_size
    if pages and header[24:28] == header[92:96]:  # the page count is valid (SQLite >= 3.7)
        return pages * page_size != size
    return not page_size or size % page_size != 0


def _check_versions(db: Database, path: Path, version: int) -> None:
    """The record of applied migrations matches the version the file's header states."""
    applied = [migration.name for migration in migrations.applied(db)]
    if version < 1 or applied != list(_migration_names()[:version]):
        raise PlanFileError("damaged", path, "versions")


@cache
def _migration_names() -> tuple[str, ...]:
    """Every migration of this version, in order (read once, from a blank database)."""
    blank = Database(memory=True, execute_plugins=False)  # no sqlite-utils plugin scan
    return tuple(migration.name for migration in migrations.pending(blank))


def _migrated_copy(connection: sqlite3.Connection, path: Path) -> Database:
    memory = sqlite3.connect(":memory:")
    connection.backup(memory)
    db = Database(memory, execute_plugins=False)
    try:
        migrate(db)
    except Exception:  # a migration that fails on this file: it must not run on the file
        memory.close()
        raise PlanFileError("damaged", path, "versions") from None
    return db


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _roll_back_interrupted_write(path: Path) -> None:
    """A write cut off (a crash, a power cut) left a hot journal that only a writable connection
    may roll back: SQLite's own recovery returns the file to its last committed state."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        connection.close()


def _primary_code(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
