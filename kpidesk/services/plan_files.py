"""Opening, creating and copying plan files, for the UI and the CLI (which never touch SQL)."""

from __future__ import annotations

from pathlib import Path

from kpidesk.domain.model import Plan
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import (
    FILE_SUFFIX,
    PlanFileError,
    create_plan_file,
    open_plan_file,
    save_copy,
)
from kpidesk.storage.plan_store import PlanStore

__all__ = ["FILE_SUFFIX", "OpenPlan", "PlanFileError", "create_plan", "open_plan"]


class OpenPlan:
    """A plan file open for editing through its session."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).resolve()
        self._db = open_plan_file(self.path)
        self.session = PlanSession(PlanStore(self._db))

    def save_copy(self, target: Path | str) -> None:
        """A consistent copy at `target`, made with SQLite's backup API."""
        save_copy(self._db, target)

    def close(self) -> None:
        self._db.close()


def open_plan(path: Path | str) -> OpenPlan:
    return OpenPlan(path)


def create_plan(path: Path | str, plan: Plan, overwrite: bool = False) -> None:
    create_plan_file(path, plan, overwrite=overwrite)
