"""Opening, creating and copying plan files, for the UI and the CLI (which never touch SQL)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kpidesk.domain.model import Plan
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.errors import StorageError
from kpidesk.storage.plan_file import (
    FILE_SUFFIX,
    PlanFileError,
    create_plan_file,
    inspect_header,
    open_plan_file,
    save_copy,
)
from kpidesk.storage.plan_lock import LockHeldError, LockOwner, PlanLock, read_owner
from kpidesk.storage.plan_store import PlanStore
from kpidesk.storage.read_only_file import check_integrity, open_read_only

__all__ = [
    "FILE_SUFFIX",
    "LockOwner",
    "OpenPlan",
    "PlanFileError",
    "PlanLockedError",
    "create_plan",
    "lock_holder",
    "open_plan",
    "refuse_if_locked",
]


class PlanLockedError(PlanFileError):
    """Another KPI Desk has the plan open for editing; `owner` says who, where and since when."""

    def __init__(self, path: Path | str, owner: LockOwner) -> None:
        opened = owner.opened
        since = opened.strftime("%Y-%m-%d %H:%M") if opened else owner.opened_at
        super().__init__("locked", path, f"{owner.user}@{owner.host}, {since}")
        self.owner = owner


class OpenPlan:
    """A plan file open through its session: for editing under the plan's lock, or read-only.

    Read-only when asked, or when the file or its folder cannot be written: the connection
    is then opened with mode=ro and the file stays byte-identical. `took_over` is the owner of
    a stale lock (left by a session that did not close cleanly) that this open replaced.
    """

    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        self.path = Path(path).resolve()
        self.took_over: LockOwner | None = None
        self._lock: PlanLock | None = None
        inspect_header(self.path)
        self.read_only = read_only or not _writable(self.path)
        if self.read_only:
            self._db = open_read_only(self.path)
        else:
            self._lock, self.took_over = _take_lock(self.path)
            try:
                if self.took_over is not None:
                    check_integrity(self.path)
                self._db = open_plan_file(self.path)
            except BaseException:
                self._lock.release()
                raise
            self._lock.start_heartbeat()
        self.session = self._load_session()

    def _load_session(self) -> PlanSession:
        """The session on the checked file. Nothing has been written to the file yet, so whatever
        its load meets is a refusal of a damaged file that stays as it was, never a traceback."""
        try:
            return PlanSession(PlanStore(self._db))
        except (PlanFileError, StorageError):
            self.close()
            raise
        except Exception as error:
            self.close()
            detail = f"unreadable:{type(error).__name__}"
            raise PlanFileError("damaged", self.path, detail) from None

    def save_copy(self, target: Path | str) -> None:
        """A consistent copy at `target`, made with SQLite's backup API."""
        refuse_if_locked(target)
        save_copy(self._db, target)

    def lock_taken_by(self) -> LockOwner | None:
        """Who took this plan's lock over (while this session's heartbeat had stopped, say
        asleep), or None while it is still ours."""
        return None if self._lock is None else self._lock.taken_by()

    def release_lock(self) -> None:
        """Give up the lock (the plan is about to be opened afresh); closing does it too."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        self._db.close()
        self.release_lock()


def _writable(path: Path) -> bool:
    """The file is not marked read-only (even for an administrator), and we may write it
    and its folder (where the lock file and SQLite's journal go)."""
    marked_read_only = not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return not marked_read_only and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _take_lock(path: Path) -> tuple[PlanLock, LockOwner | None]:
    try:
        return PlanLock.acquire(path)
    except LockHeldError as held:
        raise PlanLockedError(path, held.owner) from None
    except OSError as error:
        raise PlanFileError("cannot_write", path, error.strerror or "") from None


def lock_holder(path: Path | str) -> LockOwner | None:
    """Who has `path` open for editing right now (None when nobody, or only a stale lock)."""
    owner = read_owner(Path(path))
    return None if owner is None or owner.is_stale() else owner


def refuse_if_locked(path: Path | str) -> None:
    """Raise PlanLockedError when another KPI Desk has `path` open for editing."""
    holder = lock_holder(path)
    if holder is not None:
        raise PlanLockedError(path, holder)


def open_plan(path: Path | str, read_only: bool = False) -> OpenPlan:
    return OpenPlan(path, read_only)


def create_plan(path: Path | str, plan: Plan, overwrite: bool = False) -> None:
    """Write a new plan file; replacing a plan another KPI Desk has open is refused."""
    refuse_if_locked(path)
    create_plan_file(path, plan, overwrite=overwrite)
