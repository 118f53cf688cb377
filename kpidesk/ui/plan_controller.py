"""Turns user gestures into undoable service calls and tells the views what changed.

Signals: `outcome(Outcome)` after every applied change, undo and redo included;
`refused(str)` with the reason when an edit is refused; `storage_failed(str)` too when the
reason is that the file could not be written (the undo stack then stays where it was).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from fractions import Fraction

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kpidesk.domain.model import Relation, Rounding, RoundingPolicy, Split, Unit
from kpidesk.domain.numbers import whole_only
from kpidesk.domain.periods import PeriodKind
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.review import ActionItem, Cadence
from kpidesk.domain.smart import SmartRecord
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.messages import refusal_text, storage_error_text
from kpidesk.services import clock
from kpidesk.services.changes import Change, Outcome
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.review_service import create_review
from kpidesk.services.storage_faults import StorageError, everything_changed, guarded
from kpidesk.services.structure_edits import Clip
from kpidesk.ui.undo_guard import UndoGuard


class ChangeCommand(QUndoCommand):
    """One user action: already applied when pushed; undo and redo replay its edits."""

    def __init__(self, controller: PlanController, change: Change, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._change = change
        self._skip_next = True  # the action itself already ran when it was pushed

    def skip_next(self) -> None:
        """The next undo or redo only moves the stack back: the file never moved."""
        self._skip_next = True

    def redo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        self._controller.replay(self, self._controller.session.redo, self._change)

    def undo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        self._controller.replay(self, self._controller.session.undo, self._change)


class PlanController(QObject):
    """The one path from widgets to the plan: parse, validate, apply, push to the undo stack."""

    outcome = Signal(object)
    refused = Signal(str)
    storage_failed = Signal(str)

    def __init__(
        self,
        session: PlanSession,
        number_format: NumberFormat,
        parent=None,
        ask_reason: Callable[[int, Fraction | None], str | None] | None = None,
        edit_refusal: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.number_format = number_format
        self.undo_stack = QUndoStack(self)
        self._undo_guard = UndoGuard(self.undo_stack)
        # Asks why a target changes while its period is under way: (node id, new value) →
        # the reason, or None when the user cancels (given by the document that owns it).
        self.ask_reason = ask_reason
        # Why no edit may be written now (the plan is open read-only, or another KPI Desk took
        # its lock over), or None: then every edit is refused with that message (given by the
        # document or window that owns the file).
        self.edit_refusal: Callable[[], str | None] = edit_refusal or (lambda: None)

    def publish(self, outcome: Outcome) -> None:
        self.outcome.emit(outcome)

    def run(self, text: str, action: Callable[[], Outcome]) -> str | None:
        """Apply `action` as one undo step; return the refusal message, or None when applied."""
        refusal = self.edit_refusal()
        if refusal:
            self.refused.emit(refusal)
            return refusal
        seen = self.session.plan
        try:
            with guarded(self.session):
                outcome = action()
        except ValidationError as error:
            message = refusal_text(error)
            self.refused.emit(message)
            return message
        except StorageError as error:
            return self._storage_failed(error, seen)
        if outcome.change.edits:
            self.undo_stack.push(ChangeCommand(self, outcome.change, text))
            self.publish(outcome)
        elif outcome.changed_node_ids:  # nothing changed, but a view may show what was typed
            self.publish(outcome)
        return None

    def replay(self, command: ChangeCommand, step: Callable[[Change], Outcome], change) -> None:
        """Undo or redo `change`; when the file cannot be written, the stack stays put."""
        if self._undo_guard.failed():  # an earlier step of this move failed: stop here
            command.skip_next()
            return
        seen = self.session.plan
        try:
            with guarded(self.session):
                outcome = step(change)
        except StorageError as error:
            command.skip_next()
            self._undo_guard.hold()
            self._storage_failed(error, seen)
            return
        self.publish(outcome)

    def _storage_failed(self, error: StorageError, seen) -> str:
        """Show what the file holds and say in plain words why nothing was saved."""
        if self.session.plan != seen:  # another program changed the file meanwhile
            self.publish(everything_changed())
        message = storage_error_text(error.code, error.detail)
        self.refused.emit(message)
        self.storage_failed.emit(message)
        return message

    def _parse(self, node_id: int, text: str) -> Fraction | None:
        node = self.session.plan.nodes[node_id]
        return self.number_format.parse(text, node.unit, whole_only(node.unit, node.rounding))

    # -- the gestures -----------------------------------------------------------------

    def rename(self, node_id: int, name: str) -> str | None:
        return self.run(self.tr("Rename KPI"), lambda: self.session.rename_node(node_id, name))

    def set_target(self, node_id: int, text: str) -> str | None:
        """Once the period is under way, `ask_reason` asks why; cancelling it changes nothing."""

        def action() -> Outcome:
            value = self._parse(node_id, text)
            reason = ""
            if self.session.needs_reason(node_id, value):
                reason = self.ask_reason(node_id, value) if self.ask_reason else None
                if reason is None:  # the views show the old target again
                    return Outcome(Change(()), changed_node_ids=frozenset({node_id}))
            return self.session.set_target(node_id, value, reason)

        return self.run(self.tr("Change target"), action)

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

    def set_split(self, node_id: int, split: Split) -> str | None:
        return self.run(
            self.tr("Change split across reps"), lambda: self.session.set_split(node_id, split)
        )

    def set_lower_is_better(self, node_id: int, lower: bool) -> str | None:
        return self.run(
            self.tr("Change lower is better"),
            lambda: self.session.set_lower_is_better(node_id, lower),
        )

    def set_formula(self, node_id: int, text: str) -> str | None:
        return self.run(self.tr("Change formula"), lambda: self.session.set_formula(node_id, text))

    def set_weight(self, node_id: int, text: str) -> str | None:
        return self.run(
            self.tr("Change weight"),
            lambda: self.session.set_weight(node_id, self._parse_plain(text, Fraction(1))),
        )

    def set_fixed_share(self, node_id: int, rep_id: int, text: str) -> str | None:
        return self.run(
            self.tr("Change fixed share"),
            lambda: self.session.set_fixed_share(node_id, rep_id, self._parse(node_id, text)),
        )

    def _parse_plain(self, text: str, empty: Fraction) -> Fraction:
        value = self.number_format.parse(text, Unit.OTHER)
        return empty if value is None else value

    def set_solve_for(self, node_id: int) -> str | None:
        return self.run(self.tr("Solve for KPI"), lambda: self.session.set_solve_for(node_id))

    def add_child(self, parent_id: int) -> int | None:
        """Add a KPI under `parent_id`; returns the new node's id."""
        return self._run_creating(
            self.tr("Add KPI"), lambda: self.session.add_child(parent_id, self.tr("New KPI"))
        )

    def _run_creating(self, text: str, action: Callable[[], Outcome]) -> int | None:
        created: list[int] = []

        def recording() -> Outcome:
            outcome = action()
            created.append(outcome.new_node_id)
            return outcome

        self.run(text, recording)
        return created[0] if created else None

    def delete_subtree(self, node_id: int) -> str | None:
        return self.run(self.tr("Delete KPI"), lambda: self.session.delete_subtree(node_id))

    def move_node(self, node_id: int, parent_id: int, position: int) -> str | None:
        return self.run(
            self.tr("Move KPI"), lambda: self.session.move_node(node_id, parent_id, position)
        )

    def paste_subtree(self, clip: Clip, parent_id: int) -> int | None:
        """Paste a copied subtree under `parent_id`; returns the new top node's id."""
        return self._run_creating(
            self.tr("Paste KPI"), lambda: self.session.paste_subtree(clip, parent_id)
        )

    def build_funnel(self, node_id: int, stages: list[tuple[str, str]]) -> str | None:
        """Stages as typed: (name, conversion rate in %), from the top of the funnel down."""

        def action() -> Outcome:
            parsed = [(name, self.number_format.parse(rate, Unit.PERCENT)) for name, rate in stages]
            if any(rate is None for _, rate in parsed):
                raise ValidationError("funnel_rate_missing")
            return self.session.build_funnel(node_id, parsed, self._rate_name)

        return self.run(self.tr("Build funnel"), action)

    def _rate_name(self, lower: str, upper: str) -> str:
        return fill(self.tr("%1 → %2 rate"), lower, upper)

    def rename_plan(self, name: str) -> str | None:
        return self.run(self.tr("Rename plan"), lambda: self.session.rename_plan(name))

    def set_rounding_policy(self, policy: RoundingPolicy) -> str | None:
        return self.run(
            self.tr("Change rounding policy"), lambda: self.session.set_rounding_policy(policy)
        )

    def apply_scenario(self, overrides: dict[int, Fraction]) -> str | None:
        return self.run(
            self.tr("Apply what-if scenario"), lambda: self.session.apply_scenario(overrides)
        )

    def record_actuals(self, cells: dict[tuple[int, int, date], str]) -> str | None:
        """Typed or pasted actuals, as text per (node, rep or 0, day); empty text clears."""

        def action() -> Outcome:
            values = {key: self._parse(key[0], text) for key, text in cells.items()}
            return self.session.record_actuals(values)

        return self.run(self.tr("Enter actuals"), action)

    def import_actuals_file(self, path: str, mapping, confirmed: bool = False) -> str | None:
        """Load a CRM export, all or nothing, as one undo step (`confirmed`: flagged days too)."""
        from kpidesk.services.actuals_file import import_file

        when = clock.now_text()

        def load():
            # the ImportResult of the load, for the dialog's confirmation of what was imported
            outcome, self.last_import = import_file(self.session, path, mapping, when, confirmed)
            return outcome

        return self.run(self.tr("Import actuals"), load)

    def set_smart(self, node_id: int, **changes: object) -> str | None:
        """Owner, definition or data source of a KPI, as typed (surrounding spaces dropped)."""
        cleaned = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
        return self.run(
            self.tr("Edit SMART checklist"), lambda: self.session.set_smart(node_id, **cleaned)
        )

    def set_smart_tick(self, node_id: int, criterion: str, ticked: bool) -> str | None:
        """The user's own tick on one SMART criterion."""
        ticks = _with_entry(self._smart_record(node_id).ticks, criterion, ticked or None)
        return self.run(
            self.tr("Tick SMART criterion"),
            lambda: self.session.set_smart(node_id, ticks=ticks),
        )

    def set_smart_note(self, node_id: int, criterion: str, note: str) -> str | None:
        """The user's own note on one SMART criterion; an empty note removes it."""
        notes = _with_entry(self._smart_record(node_id).notes, criterion, note.strip() or None)
        return self.run(
            self.tr("Edit SMART note"), lambda: self.session.set_smart(node_id, notes=notes)
        )

    def _smart_record(self, node_id: int) -> SmartRecord:
        return self.session.plan.smart.get(node_id, SmartRecord())

    # -- reviews ----------------------------------------------------------------------

    def create_review(self, cadence: Cadence, held_on: date) -> str | None:
        return self.run(
            self.tr("New review"), lambda: create_review(self.session, cadence, held_on)
        )

    def set_review_item(self, review_id: int, item: ActionItem) -> str | None:
        return self.run(
            self.tr("Edit review"), lambda: self.session.set_review_item(review_id, item)
        )

    def set_review_notes(self, review_id: int, notes: str) -> str | None:
        return self.run(
            self.tr("Edit review notes"),
            lambda: self.session.set_review_notes(review_id, notes.strip()),
        )

    def delete_review(self, review_id: int) -> str | None:
        return self.run(self.tr("Delete review"), lambda: self.session.delete_review(review_id))

    def set_thresholds(self, on_track_percent: int, at_risk_percent: int) -> str | None:
        return self.run(
            self.tr("Change status thresholds"),
            lambda: self.session.set_thresholds(
                Fraction(on_track_percent, 100), Fraction(at_risk_percent, 100)
            ),
        )

    def set_period(self, month: date) -> str | None:
        return self.run(self.tr("Change month"), lambda: self.session.set_period(month))

    def set_current_period(self, day: date, kind: str, fiscal_start: int) -> str | None:
        return self.run(
            self.tr("Change period"),
            lambda: self.session.set_current_period(day, PeriodKind(kind), fiscal_start),
        )

    def start_next_period(self, mode: str, amount_text: str) -> str | None:
        """`amount_text`: a percentage for "grow", the new KGI target for "kgi"."""

        def action() -> Outcome:
            amount = None
            if mode == "grow":
                amount = self.number_format.parse(amount_text, Unit.PERCENT)
            elif mode == "kgi":
                root = self.session.plan.root
                amount = self.number_format.parse(amount_text, root.unit if root else Unit.OTHER)
            return self.session.start_next_period(mode, amount)

        return self.run(self.tr("Start next period"), action)

    def reopen_period(self, first_day: date, reason: str) -> str | None:
        return self.run(
            self.tr("Reopen period"), lambda: self.session.reopen_period(first_day, reason)
        )

    def close_reopened_period(self) -> str | None:
        return self.run(self.tr("Close period again"), self.session.close_reopened_period)

    def set_closed_day(self, day: date, note: str | None) -> str | None:
        return self.run(
            self.tr("Change closing days"), lambda: self.session.set_closed_day(day, note)
        )

    def add_rep(self, name: str) -> str | None:
        return self.run(self.tr("Add rep"), lambda: self.session.add_rep(name))

    def rename_rep(self, rep_id: int, name: str) -> str | None:
        return self.run(self.tr("Rename rep"), lambda: self.session.rename_rep(rep_id, name))

    def set_rep_capacity(self, rep_id: int, text: str) -> str | None:
        return self.run(
            self.tr("Change capacity"),
            lambda: self.session.set_rep_capacity(rep_id, self._parse_plain(text, Fraction(1))),
        )

    def set_rep_active(self, rep_id: int, active: bool) -> str | None:
        return self.run(
            self.tr("Change active reps"), lambda: self.session.set_rep_active(rep_id, active)
        )

    def remove_rep(self, rep_id: int) -> str | None:
        return self.run(self.tr("Remove rep"), lambda: self.session.remove_rep(rep_id))


def _with_entry(pairs: tuple, key: str, value: object) -> tuple:
    """Sorted (key, value) pairs with `key` set to `value`, or dropped when `value` is None."""
    entries = dict(pairs)
    entries.pop(key, None)
    if value is not None:
        entries[key] = value
    return tuple(sorted(entries.items()))
