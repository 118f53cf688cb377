"""The open plan as a document: its file, controller, undo stack and current KPI; views subscribe.

Signals (each view connects the ones it shows, and refreshes itself):
  kpisChanged(frozenset)  the rows of these KPIs show new data (names, targets, figures, SMART)
  structureChanged()      KPIs were added, removed or moved: the tree's shape changed
  actualsChanged()        dated actuals changed (progress, pace, charts)
  reviewsChanged()        a review or a target revision changed
  headerChanged()         the plan's settings (name, rounding) or its calendar changed
  teamChanged()           a rep was added, changed or removed
  periodsChanged()        a period was frozen, reopened or closed again
  changed(Outcome)        after all of the above, for the views that want the whole record
  currentChanged(object)  the current KPI's id, or None
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.lock_messages import lock_lost_text, read_only_text
from kpidesk.services.changes import Area, Outcome, areas_of
from kpidesk.services.plan_files import open_plan
from kpidesk.ui.plan_controller import PlanController

PERIOD_AREAS = {Area.PERIODS, Area.REOPENING, Area.CALENDAR}


class Document(QObject):
    """A controller's changes re-announced as typed signals, and the KPI the views show."""

    kpisChanged = Signal(frozenset)
    structureChanged = Signal()
    actualsChanged = Signal()
    reviewsChanged = Signal()
    headerChanged = Signal()
    teamChanged = Signal()
    periodsChanged = Signal()
    changed = Signal(object)
    currentChanged = Signal(object)

    def __init__(self, controller: PlanController) -> None:
        super().__init__()
        self.controller = controller
        self.session = controller.session
        self.number_format = controller.number_format
        controller.outcome.connect(self._announce)
        self._current: int | None = None

    @property
    def undo_stack(self):
        return self.controller.undo_stack

    # -- the current KPI ------------------------------------------------------------

    @property
    def current_kpi(self) -> int | None:
        return self._current

    def set_current_kpi(self, node_id: int | None) -> None:
        """Make `node_id` the KPI every view shows (None: no KPI); announced when it moves."""
        if node_id is not None and node_id not in self.session.plan.nodes:
            node_id = None
        if node_id != self._current:
            self._current = node_id
            self.currentChanged.emit(node_id)

    # -- announcing what changed ----------------------------------------------------

    def _announce(self, outcome: Outcome) -> None:
        """Re-emit one Outcome as the typed signals; each view listens to what it shows."""
        if self._current is not None and self._current not in self.session.plan.nodes:
            root = self.session.plan.root
            self.set_current_kpi(root.id if root is not None else None)
        if outcome.structure_changed:
            self.structureChanged.emit()
        if outcome.changed_node_ids:
            self.kpisChanged.emit(frozenset(outcome.changed_node_ids))
        if outcome.actuals_changed:
            self.actualsChanged.emit()
        if outcome.reviews_changed:
            self.reviewsChanged.emit()
        if outcome.reps_changed:
            self.teamChanged.emit()
        if outcome.header_changed:
            self.headerChanged.emit()
        if areas_of(outcome.change.edits) & PERIOD_AREAS:
            self.periodsChanged.emit()
        self.changed.emit(outcome)



class PlanDocument(Document):
    """Opens `path` (raising PlanFileError when it cannot) and wires a controller to it.

    Read-only when asked or when the file cannot be written (the controller then refuses
    every edit); `took_over` is the owner of a stale lock this open replaced.
    """

    def __init__(
        self, path: Path | str, number_format: NumberFormat, read_only: bool = False
    ) -> None:
        self._file = open_plan(path, read_only)
        session = self._file.session
        controller = PlanController(
            session, number_format, ask_reason=self._ask_reason, edit_refusal=self._edit_refusal
        )
        super().__init__(controller)
        self.controller.setParent(self)
        self.path = self._file.path
        self.read_only = self._file.read_only
        self.took_over = self._file.took_over

    def _edit_refusal(self) -> str | None:
        """Why no edit may be written now, checked before each one (cheap: one small read)."""
        if self.read_only:
            return read_only_text()
        taker = self._file.lock_taken_by()
        if taker is not None:
            return lock_lost_text(taker.user, taker.host)
        return None

    def _ask_reason(self, node_id: int, value) -> str | None:
        """Why a target changes while its period is under way: asked over the active window."""
        from kpidesk.ui.review.revision_reason import ask_revision_reason

        window = QApplication.activeWindow()
        return ask_revision_reason(window, self.session, self.number_format)(node_id, value)

    def release_lock(self) -> None:
        """Let the same file be opened again in this window (to read it afresh)."""
        self._file.release_lock()

    def save_copy(self, target: Path | str) -> None:
        self._file.save_copy(target)

    def close(self) -> None:
        self.controller.undo_stack.clear()
        self._file.close()
