"""One typed error for every way reading or writing an open plan file can fail."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# SQLite's primary result codes (the low byte of an extended code)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26

_CODES = {
    _SQLITE_BUSY: "busy",
    _SQLITE_LOCKED: "busy",
    _SQLITE_FULL: "disk_full",
    _SQLITE_READONLY: "read_only",
    _SQLITE_CORRUPT: "damaged",
    _SQLITE_NOTADB: "damaged",
}


class StorageError(Exception):
    """The plan file could not be read or written.

    `code` is one of busy (another program is writing), disk_full, read_only (the file or its
    folder), damaged or io; `detail` is SQLite's or the system's own words, for logs.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def storage_error(error: sqlite3.Error | OSError, path: Path | str | None = None) -> StorageError:
    """The StorageError that `error`, met on the plan file at `path`, stands for."""
    if isinstance(error, StorageError):
        return error
    if isinstance(error, OSError):
        return StorageError(_code_of_os_error(error, path), error.strerror or str(error))
    primary = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    code = _CODES.get(primary) or _code_of_folder(path) or "io"
    return StorageError(code, str(error))


@contextmanager
def storage_errors(path: Path | str | None = None) -> Iterator[None]:
    """Turn any SQLite or file-system error raised inside into a StorageError."""
    try:
        yield
    except StorageError:
        raise
    except (sqlite3.Error, OSError) as error:
        raise storage_error(error, path) from None


def database_path(conn: sqlite3.Connection) -> Path | None:
    """The file behind the main database of `conn` (None in memory)."""
    try:
        rows = conn.execute("PRAGMA database_list").fetchall()
    except sqlite3.Error:
        return None
    for _, name, file in rows:
        if name == "main" and file:
            return Path(file)
    return None


def _code_of_os_error(error: OSError, path: Path | str | None) -> str:
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        return "disk_full"
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read_only"
    return _code_of_folder(path) or "io"


def _code_of_folder(path: Path | str | None) -> str | None:
    """read_only or disk_full when the file system of `path` says so, else None."""
    if path is None:
        return None
    path = Path(path)
    try:
        stats = os.statvfs(path.parent)
    except OSError:
        return None
    if stats.f_flag & os.ST_RDONLY:
        return "read_only"
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "read_only"
    if stats.f_bavail == 0:
        return "disk_full"
    return None
