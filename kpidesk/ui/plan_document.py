"""One open plan file with its controller; closing it releases the file."""

from __future__ import annotations

from pathlib import Path

from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services.plan_files import open_plan
from kpidesk.ui.plan_controller import PlanController


class PlanDocument:
    """Opens `path` (raising PlanFileError when it cannot) and wires a controller to it."""

    def __init__(self, path: Path | str, number_format: NumberFormat) -> None:
        self._file = open_plan(path)
        self.path = self._file.path
        self.session = self._file.session
        self.controller = PlanController(self.session, number_format)

    def save_copy(self, target: Path | str) -> None:
        self._file.save_copy(target)

    def close(self) -> None:
        self.controller.undo_stack.clear()
        self._file.close()
