"""Storage errors as the UI and the CLI see them, and the session brought back in step after one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

from kpidesk.services.changes import Change, Outcome
from kpidesk.storage.errors import StorageError, database_path, storage_errors

if TYPE_CHECKING:
    from kpidesk.services.plan_session import PlanSession

__all__ = ["StorageError", "everything_changed", "guarded", "reload_after_failure"]


@contextmanager
def guarded(session: PlanSession) -> Iterator[None]:
    """Any SQLite or file error met while `session` reads or writes becomes a StorageError."""
    with storage_errors(database_path(session.store.db.conn)):
        yield


def reload_after_failure(session: PlanSession, error: StorageError) -> None:
    """After a failed write, read the plan again so it shows what the file holds.

    The transaction was rolled back, so this only differs from memory when another program
    changed the file. A busy file is not read again: its writer holds the lock, and reading
    would wait out the busy timeout a second time. When the file cannot be read either, the
    session keeps what it had, which is what the file held before the failed write.
    """
    if error.code == "busy":
        return
    with suppress(StorageError), guarded(session):
        session.reload()


def everything_changed() -> Outcome:
    """The outcome that makes every view show the plan afresh (after it was read again)."""
    return Outcome(
        Change(()),
        structure_changed=True,
        reps_changed=True,
        header_changed=True,
        actuals_changed=True,
        reviews_changed=True,
    )
