"""A plan or package file open under KPI Desk's lock for editing, or read-only without one."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kpidesk.storage.plan_file import PlanFileError
from kpidesk.storage.plan_lock import LockHeldError, LockOwner, PlanLock

if TYPE_CHECKING:
    from sqlite_utils import Database


class PlanLockedError(PlanFileError):
    """Another KPI Desk has the plan open for editing; `owner` says who, where and since when."""

    def __init__(self, path: Path | str, owner: LockOwner) -> None:
        opened = owner.opened
        since = opened.strftime("%Y-%m-%d %H:%M") if opened else owner.opened_at
        super().__init__("locked", path, f"{owner.user}@{owner.host}, {since}")
        self.owner = owner


class LockedFile:
    """Opening (`_connect`), who took the lock over, giving it up, and closing: the same for a
    plan and a rep's package. `took_over` is the owner of a stale lock this open replaced."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).resolve()
        self.took_over: LockOwner | None = None
        self.read_only = False
        self._lock: PlanLock | None = None
        self._db: Database | None = None

    def _connect(
        self,
        read_only: bool,
        for_reading: Callable[[Path], Database],
        for_editing: Callable[[Path], Database],
    ) -> None:
        """Read-only (mode=ro, no lock) when asked or when the file cannot be written;
        otherwise under the lock, taken first and given up again when connecting fails, its
        heartbeat running once connected."""
        self.read_only = read_only or not writable(self.path)
        if self.read_only:
            self._db = for_reading(self.path)
            return
        self._lock, self.took_over = take_lock(self.path)
        try:
            self._db = for_editing(self.path)
        except BaseException:
            self.release_lock()
            raise
        self._lock.start_heartbeat()

    def lock_taken_by(self) -> LockOwner | None:
        """Who took this file's lock over (while this session's heartbeat had stopped, say
        asleep), or None while it is still ours."""
        return None if self._lock is None else self._lock.taken_by()

    def release_lock(self) -> None:
        """Give up the lock (the file is about to be opened afresh); closing does it too."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
        self.release_lock()


def writable(path: Path) -> bool:
    """The file is not marked read-only (even for an administrator), and we may write it
    and its folder (where the lock file and SQLite's journal go)."""
    marked_read_only = not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return not marked_read_only and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def take_lock(path: Path) -> tuple[PlanLock, LockOwner | None]:
    try:
        return PlanLock.acquire(path)
    except LockHeldError as held:
        raise PlanLockedError(path, held.owner) from None
    except OSError as error:
        raise PlanFileError("cannot_write", path, error.strerror or "") from None
