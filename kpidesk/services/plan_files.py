"""Opening, creating and copying plan files, for the UI and the CLI (which never touch SQL)."""

from __future__ import annotations

from pathlib import Path

from kpidesk.domain.model import Plan
from kpidesk.services import frozen_totals
from kpidesk.services.locked_file import LockedFile, PlanLockedError
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
from kpidesk.storage.plan_lock import LockOwner, read_owner
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


class OpenPlan(LockedFile):
    """A plan file open through its session: for editing under the plan's lock, or read-only.

    Read-only when asked, or when the file or its folder cannot be written: the connection
    is then opened with mode=ro and the file stays byte-identical. `took_over` is the owner of
    a stale lock (left by a session that did not close cleanly) that this open replaced.
    """

    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        super().__init__(path)
        inspect_header(self.path)
        self._connect(read_only, open_read_only, self._open_for_editing)
        self.session = self._load_session()

    def _open_for_editing(self, path: Path):
        if self.took_over is not None:  # a session that did not close cleanly: check it
            check_integrity(path)
        return open_plan_file(path)

    def _load_session(self) -> PlanSession:
        """The session on the checked file. Nothing has been written to the file yet, so whatever
        its load meets is a refusal of a damaged file that stays as it was, never a traceback."""
        try:
            session = PlanSession(PlanStore(self._db))
            _read_frozen_totals(session, self.path)
            return session
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


def _read_frozen_totals(session: PlanSession, path: Path) -> None:
    """The closed periods' kept totals, which the SMART record and the trend read: read now,
    so that damage in them (checked as they are read; storage.plan_check does not scan them in
    a large file) refuses the file before anything is written."""
    try:
        frozen_totals.load(session)
    except StorageError as error:
        if error.code == "damaged":
            raise PlanFileError("damaged", path, error.detail) from None
        raise


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
