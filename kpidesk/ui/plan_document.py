"""One open plan file with its session and controller; closing it releases the file."""

from __future__ import annotations

from pathlib import Path

from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import open_plan_file, save_copy
from kpidesk.storage.plan_store import PlanStore
from kpidesk.ui.plan_controller import PlanController


class PlanDocument:
    """Opens `path` (raising PlanFileError when it cannot) and wires a controller to it."""

    def __init__(self, path: Path | str, number_format: NumberFormat) -> None:
        self.path = Path(path).resolve()
        self._db = open_plan_file(self.path)
        self.session = PlanSession(PlanStore(self._db))
        self.controller = PlanController(self.session, number_format)

    def save_copy(self, target: Path | str) -> None:
        save_copy(self._db, target)

    def close(self) -> None:
        self.controller.undo_stack.clear()
        self._db.close()
