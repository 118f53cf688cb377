"""Writes each kind of edit's after-image to its store, inside the caller's transaction."""

from __future__ import annotations

from typing import assert_never

from kpidesk.services.changes import (
    ActualsEdit,
    BatchEdit,
    BatchValuesEdit,
    ClosedDayEdit,
    Edit,
    FixedEdit,
    HeaderEdit,
    NodeEdit,
    PeriodEdit,
    ReopenEdit,
    RepEdit,
    RepNoteEdit,
    ReviewEdit,
    RevisionEdit,
    SmartEdit,
    SourceEdit,
    YomiEdit,
)
from kpidesk.storage.actual_store import ActualStore
from kpidesk.storage.period_store import PeriodStore
from kpidesk.storage.plan_store import PlanStore
from kpidesk.storage.rep_note_store import RepNoteStore
from kpidesk.storage.review_store import ReviewStore
from kpidesk.storage.smart_store import SmartStore
from kpidesk.storage.source_store import SourceStore
from kpidesk.storage.undo_batch_store import UndoBatchStore
from kpidesk.storage.yomi_store import YomiStore


class EditWriter:
    """One store per kind of data; `write` picks the store an edit belongs to."""

    def __init__(
        self,
        plans: PlanStore,
        actuals: ActualStore,
        periods: PeriodStore,
        smart_store: SmartStore,
        review_store: ReviewStore,
    ) -> None:
        self.plans = plans
        self.actuals = actuals
        self.periods = periods
        self.smart_store = smart_store
        self.review_store = review_store

    def write(self, edit: Edit) -> None:
        """Apply one edit's after-image to the file."""
        match edit:
            case NodeEdit():
                if edit.after is None:
                    self.plans.delete_node(edit.before.id)
                else:
                    self.plans.put_node(edit.after)
            case RepEdit():
                if edit.after is None:
                    self.plans.delete_rep(edit.before.id)
                else:
                    self.plans.put_rep(edit.after)
            case HeaderEdit():
                self.plans.put_header(edit.after)
            case FixedEdit():
                self.plans.put_fixed(edit.node_id, edit.rep_id, edit.after)
            case ActualsEdit():
                self.actuals.put(edit.changes(), batch_id=None)
            case PeriodEdit():
                if edit.after is None:
                    self.periods.delete_period(edit.before[0][0])
                else:
                    self.periods.put_period(*edit.after)
            case ReopenEdit():
                if edit.after is None:
                    self.periods.delete_reopening(edit.before)
                else:
                    self.periods.put_reopening(edit.after)
            case ClosedDayEdit():
                self.periods.put_closed_day(edit.day, edit.after)
            case SmartEdit():
                self.smart_store.put(edit.node_id, edit.after)
            case ReviewEdit():
                if edit.after is None:
                    self.review_store.delete_review(edit.before.id)
                else:
                    self.review_store.put_review(edit.after, with_snapshot=edit.before is None)
            case RevisionEdit():
                if edit.after is None:
                    self.review_store.delete_revision(edit.before.id)
                else:
                    self.review_store.put_revision(edit.after)
            case RepNoteEdit():
                RepNoteStore(self.actuals.db).put(edit.changes())
            case SourceEdit():
                SourceStore(self.actuals.db).put(edit.changes())
            case YomiEdit():
                YomiStore(self.actuals.db).put(edit.changes())
            case BatchValuesEdit():
                side = edit.after
                batches = UndoBatchStore(self.actuals.db)
                if side.imported:
                    batches.show_imported(side.batch_id, side.source)
                else:
                    batches.show_replaced(side.batch_id)
            case BatchEdit():
                if edit.after is None:
                    self.actuals.delete_batch(edit.before[0])
                else:
                    self.actuals.put_batch(edit.after)
            case _:
                assert_never(edit)
