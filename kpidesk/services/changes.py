"""What one user action changed, as before/after images that can be undone and redone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from fractions import Fraction
from typing import assert_never

from kpidesk.domain.model import Node, PlanHeader, Rep


@dataclass(frozen=True)
class NodeEdit:
    """One node as it was and as it became; None means absent."""

    before: Node | None
    after: Node | None


@dataclass(frozen=True)
class RepEdit:
    """One rep as it was and as it became; None means absent."""

    before: Rep | None
    after: Rep | None


@dataclass(frozen=True)
class HeaderEdit:
    """The plan's settings (name, rounding policy) as they were and as they became."""

    before: PlanHeader
    after: PlanHeader


@dataclass(frozen=True)
class FixedEdit:
    """A rep's fixed share of a node as it was and as it became; None means no fixed share."""

    node_id: int
    rep_id: int
    before: Fraction | None
    after: Fraction | None


@dataclass(frozen=True)
class ActualsEdit:
    """Dated actuals as they were and as they became; a missing key means no value.

    Keys are (node id, rep id or 0 for the team, day).
    """

    before: Mapping[tuple, Fraction]
    after: Mapping[tuple, Fraction]

    def changes(self) -> dict[tuple, Fraction | None]:
        """What to write to go from before to after: new values, and None for removals."""
        written: dict[tuple, Fraction | None] = {
            k: None for k in self.before if k not in self.after
        }
        written.update(self.after)
        return written


@dataclass(frozen=True)
class BatchEdit:
    """An import's record (file key, name, time, rows) as it was and became; None is absent."""

    before: tuple | None
    after: tuple | None


@dataclass(frozen=True)
class BatchSide:
    """One side of an import batch kept in the file (storage.undo_batch_store): the values it
    wrote (`imported`) or those it replaced, on the KPIs `node_ids`; `source` is who entered
    the imported values (kind, file name, time)."""

    batch_id: int
    imported: bool
    node_ids: frozenset[int]
    source: tuple[str, str, str]


@dataclass(frozen=True)
class BatchValuesEdit:
    """An import's values as the file showed them and shows them: one side of the batch each.
    Only the batch's id is held here; its rows stay in the plan file."""

    before: BatchSide
    after: BatchSide


@dataclass(frozen=True)
class PeriodEdit:
    """A frozen period (record and its KPI values) as it was and became; None is absent."""

    before: tuple | None
    after: tuple | None


@dataclass(frozen=True)
class ReopenEdit:
    """A closed period's reopening as it was and became; None is absent (closed as before)."""

    before: object
    after: object


@dataclass(frozen=True)
class ClosedDayEdit:
    """A company closing day and its note as it was and became; None means a working day."""

    day: date
    before: str | None
    after: str | None


@dataclass(frozen=True)
class SmartEdit:
    """A KPI's SMART record as it was and became; None means none."""

    node_id: int
    before: object
    after: object


@dataclass(frozen=True)
class ReviewEdit:
    """A review (its snapshot, items and notes) as it was and became; None is absent."""

    before: object
    after: object


@dataclass(frozen=True)
class RevisionEdit:
    """A recorded target revision as it was and became; None is absent."""

    before: object
    after: object


@dataclass(frozen=True)
class SourceEdit:
    """Who entered dated actuals and when, as it was and became: key -> (kind, name, entered
    at); a missing key means no source recorded."""

    before: Mapping[tuple, tuple]
    after: Mapping[tuple, tuple]

    def changes(self) -> dict[tuple, tuple | None]:
        written: dict[tuple, tuple | None] = {k: None for k in self.before if k not in self.after}
        written.update(self.after)
        return written


@dataclass(frozen=True)
class RepNoteEdit:
    """Reps' cause and action notes as they were and became: (period start, rep, node) ->
    (cause, action, entered at); a missing key means no note."""

    before: Mapping[tuple, tuple]
    after: Mapping[tuple, tuple]

    def changes(self) -> dict[tuple, tuple | None]:
        written: dict[tuple, tuple | None] = {k: None for k in self.before if k not in self.after}
        written.update(self.after)
        return written


@dataclass(frozen=True)
class YomiEdit:
    """The ヨミ list's deals, the ranks and reviews' copies as they were and became (keys of
    kpidesk.storage.yomi_store); a missing key means absent."""

    before: Mapping[tuple, object]
    after: Mapping[tuple, object]

    def changes(self) -> dict[tuple, object | None]:
        written: dict[tuple, object | None] = {k: None for k in self.before if k not in self.after}
        written.update(self.after)
        return written


Edit = (
    NodeEdit
    | RepEdit
    | HeaderEdit
    | FixedEdit
    | ActualsEdit
    | BatchEdit
    | BatchValuesEdit
    | PeriodEdit
    | ReopenEdit
    | ClosedDayEdit
    | SmartEdit
    | ReviewEdit
    | RevisionEdit
    | SourceEdit
    | RepNoteEdit
    | YomiEdit
)


@dataclass(frozen=True)
class Change:
    """The edits of one user action, in the order they were applied."""

    edits: tuple[Edit, ...]

    def inverse(self) -> Change:
        return Change(tuple(_invert(edit) for edit in reversed(self.edits)))


def _invert(edit: Edit) -> Edit:
    match edit:
        case FixedEdit():
            return FixedEdit(edit.node_id, edit.rep_id, edit.after, edit.before)
        case ClosedDayEdit():
            return ClosedDayEdit(edit.day, edit.after, edit.before)
        case SmartEdit():
            return SmartEdit(edit.node_id, edit.after, edit.before)
        case (
            NodeEdit()
            | RepEdit()
            | HeaderEdit()
            | ActualsEdit()
            | BatchEdit()
            | BatchValuesEdit()
            | PeriodEdit()
            | ReopenEdit()
            | ReviewEdit()
            | RevisionEdit()
            | SourceEdit()
            | RepNoteEdit()
            | YomiEdit()
        ):
            return type(edit)(edit.after, edit.before)
        case _:
            assert_never(edit)


class Area(Enum):
    """What part of the plan an edit touches, which decides what must be reloaded and shown."""

    TREE = "tree"  # a KPI node: its fields, or the tree's shape
    TEAM = "team"  # a rep
    SHARES = "shares"  # a rep's fixed share of a KPI
    HEADER = "header"  # the plan's settings
    ACTUALS = "actuals"  # dated actuals, their sources and import batches, reps' notes
    CALENDAR = "calendar"  # closing days: actuals' pace and the header's business days
    PERIODS = "periods"  # a frozen (closed) period
    REOPENING = "reopening"  # a closed period opened again for late actuals
    SMART = "smart"  # a KPI's SMART record, beside the tree
    REVIEWS = "reviews"  # a review record
    HISTORY = "history"  # a target revision, beside the node
    YOMI = "yomi"  # the ヨミ list: deals, ranks, reviews' copies


def areas_of(edits) -> set[Area]:
    return {area_of(edit) for edit in edits}


def area_of(edit: Edit) -> Area:
    """The one place that sorts edit kinds: a new kind fails here (and in type checking)."""
    match edit:
        case NodeEdit():
            return Area.TREE
        case RepEdit():
            return Area.TEAM
        case FixedEdit():
            return Area.SHARES
        case HeaderEdit():
            return Area.HEADER
        case ActualsEdit() | BatchEdit() | BatchValuesEdit() | SourceEdit() | RepNoteEdit():
            return Area.ACTUALS
        case ClosedDayEdit():
            return Area.CALENDAR
        case PeriodEdit():
            return Area.PERIODS
        case ReopenEdit():
            return Area.REOPENING
        case SmartEdit():
            return Area.SMART
        case ReviewEdit():
            return Area.REVIEWS
        case RevisionEdit():
            return Area.HISTORY
        case YomiEdit():
            return Area.YOMI
        case _:
            assert_never(edit)


@dataclass(frozen=True)
class Outcome:
    """What the views must refresh after a change: rows whose data changed, and structure."""

    change: Change
    changed_node_ids: frozenset[int] = field(default_factory=frozenset)
    structure_changed: bool = False
    reps_changed: bool = False
    header_changed: bool = False
    actuals_changed: bool = False
    reviews_changed: bool = False
    yomi_changed: bool = False
    new_node_id: int | None = None
