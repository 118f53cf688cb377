"""Opening a plan in the window: the lock prompt, the stale-lock notice, the shared-folder note."""

from __future__ import annotations

from pathlib import Path

from kpidesk.services.plan_files import PlanLockedError
from kpidesk.ui.lock_prompt import ask_to_open_read_only, tell_lock_taken_over
from kpidesk.ui.plan_document import PlanDocument
from kpidesk.ui.shared_folder_warning import warn_if_shared


def open_document(
    window, path: str | Path, read_only: bool = False, ask_when_held: bool = True
) -> PlanDocument | None:
    """The plan at `path` for `window`, or None when the user cancelled: a plan another KPI
    Desk holds offers read-only or cancel (or opens read-only without asking, when
    `ask_when_held` is False). Raises PlanFileError for any other refusal."""
    current = window.document
    if current is not None and not current.read_only and current.path == Path(path).resolve():
        current.release_lock()  # the window reads its own plan afresh
    try:
        return PlanDocument(path, window.number_format, read_only)
    except PlanLockedError as error:
        if not ask_when_held or ask_to_open_read_only(window, Path(error.path), error.owner):
            return open_document(window, path, read_only=True)
        return None


def after_opening(window, document: PlanDocument) -> None:
    """Tell what the user must know about the plan just opened."""
    if document.took_over is not None:
        tell_lock_taken_over(window, document.path, document.took_over)
    warn_if_shared(window, window.settings, document.path)
