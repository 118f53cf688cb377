"""Turns user gestures into undoable service calls and tells the views what changed.

Signals: `outcome(Outcome)` after every applied change, undo and redo included;
`refused(str)` with the reason when an edit is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kpidesk.domain.model import Relation, Rounding, Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.messages import refusal_text
from kpidesk.services.changes import Change, Outcome
from kpidesk.services.plan_session import PlanSession


class ChangeCommand(QUndoCommand):
    """One user action: already applied when pushed; undo and redo replay its edits."""

    def __init__(self, controller: PlanController, change: Change, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._change = change
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # the action itself already ran when it was pushed
            return
        self._controller.publish(self._controller.session.redo(self._change))

    def undo(self) -> None:
        self._controller.publish(self._controller.session.undo(self._change))


class PlanController(QObject):
    """The one path from widgets to the plan: parse, validate, apply, push to the undo stack."""

    outcome = Signal(object)
    refused = Signal(str)

    def __init__(self, session: PlanSession, number_format: NumberFormat, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.number_format = number_format
        self.undo_stack = QUndoStack(self)

    def publish(self, outcome: Outcome) -> None:
        self.outcome.emit(outcome)

    def run(self, text: str, action: Callable[[], Outcome]) -> str | None:
        """Apply `action` as one undo step; return the refusal message, or None when applied."""
        try:
            outcome = action()
        except ValidationError as error:
            message = refusal_text(error)
            self.refused.emit(message)
            return message
        if outcome.change.edits:
            self.undo_stack.push(ChangeCommand(self, outcome.change, text))
            self.publish(outcome)
        return None

    def _parse(self, node_id: int, text: str) -> Fraction | None:
        node = self.session.plan.nodes[node_id]
        return self.number_format.parse(text, node.unit)

    # -- the gestures -----------------------------------------------------------------

    def rename(self, node_id: int, name: str) -> str | None:
        return self.run(self.tr("Rename KPI"), lambda: self.session.rename_node(node_id, name))

    def set_target(self, node_id: int, text: str) -> str | None:
        return self.run(
            self.tr("Change target"),
            lambda: self.session.set_target(node_id, self._parse(node_id, text)),
        )

    def set_plan_value(self, node_id: int, text: str) -> str | None:
        return self.run(
            self.tr("Change plan"),
            lambda: self.session.set_plan_value(node_id, self._parse(node_id, text)),
        )

    def set_plan_per_rep(self, node_id: int, text: str) -> str | None:
        return self.run(
            self.tr("Change plan per rep"),
            lambda: self.session.set_plan_per_rep(node_id, self._parse(node_id, text)),
        )

    def set_unit(self, node_id: int, unit: Unit, label: str = "") -> str | None:
        return self.run(self.tr("Change unit"), lambda: self.session.set_unit(node_id, unit, label))

    def set_relation(self, node_id: int, relation: Relation) -> str | None:
        return self.run(
            self.tr("Change relation"), lambda: self.session.set_relation(node_id, relation)
        )

    def set_rounding(self, node_id: int, rounding: Rounding) -> str | None:
        return self.run(
            self.tr("Change rounding"), lambda: self.session.set_rounding(node_id, rounding)
        )

    def set_split_by_rep(self, node_id: int, split: bool) -> str | None:
        return self.run(
            self.tr("Change split across reps"),
            lambda: self.session.set_split_by_rep(node_id, split),
        )

    def set_solve_for(self, node_id: int) -> str | None:
        return self.run(self.tr("Solve for KPI"), lambda: self.session.set_solve_for(node_id))

    def add_child(self, parent_id: int) -> int | None:
        """Add a KPI under `parent_id`; returns the new node's id."""
        created: list[int] = []

        def action() -> Outcome:
            outcome = self.session.add_child(parent_id, self.tr("New KPI"))
            created.append(outcome.new_node_id)
            return outcome

        self.run(self.tr("Add KPI"), action)
        return created[0] if created else None

    def delete_subtree(self, node_id: int) -> str | None:
        return self.run(self.tr("Delete KPI"), lambda: self.session.delete_subtree(node_id))

    def rename_plan(self, name: str) -> str | None:
        return self.run(self.tr("Rename plan"), lambda: self.session.rename_plan(name))
