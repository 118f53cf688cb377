"""One open plan file with its controller; closing it releases the file."""

from __future__ import annotations

from pathlib import Path

from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.lock_messages import lock_lost_text, read_only_text
from kpidesk.services.plan_files import open_plan
from kpidesk.ui.plan_controller import PlanController


class PlanDocument:
    """Opens `path` (raising PlanFileError when it cannot) and wires a controller to it.

    Read-only when asked or when the file cannot be written (the controller then refuses
    every edit); `took_over` is the owner of a stale lock this open replaced.
    """

    def __init__(
        self, path: Path | str, number_format: NumberFormat, read_only: bool = False
    ) -> None:
        self._file = open_plan(path, read_only)
        self.path = self._file.path
        self.read_only = self._file.read_only
        self.took_over = self._file.took_over
        self.session = self._file.session
        self.controller = PlanController(self.session, number_format)
        self.controller.edit_refusal = self._edit_refusal

    def _edit_refusal(self) -> str | None:
        """Why no edit may be written now, checked before each one (cheap: one small read)."""
        if self.read_only:
            return read_only_text()
        taker = self._file.lock_taken_by()
        if taker is not None:
            return lock_lost_text(taker.user, taker.host)
        return None

    def release_lock(self) -> None:
        """Let the same file be opened again in this window (to read it afresh)."""
        self._file.release_lock()

    def save_copy(self, target: Path | str) -> None:
        self._file.save_copy(target)

    def close(self) -> None:
        self.controller.undo_stack.clear()
        self._file.close()
