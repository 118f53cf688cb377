"""An import loaded in one transaction as a batch kept in the plan file, streamed in chunks.

The values go into the batch's own table as they are read (storage.undo_batch_store), with
what they replace; the undo step holds only the batch's id, so the memory an import takes
does not grow with its rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from fractions import Fraction
from itertools import islice

from kpidesk.domain.model import TEAM
from kpidesk.domain.numbers import MAX_MAGNITUDE
from kpidesk.domain.problems import ValidationError
from kpidesk.services.actual_sources import IMPORT
from kpidesk.services.changes import BatchEdit, BatchSide, BatchValuesEdit, Edit, Outcome
from kpidesk.services.import_summary import ImportSummary
from kpidesk.storage.actual_store import SCALE, ActualKey, from_stored, to_stored
from kpidesk.storage.undo_batch_store import UndoBatchStore

CHUNK = 10_000  # rows per executemany
LIMIT_E4 = MAX_MAGNITUDE * SCALE


class _Seen:
    """The KPIs, reps and days met while streaming: bounded by the plan, not by the rows."""

    def __init__(self) -> None:
        self.nodes: set[int] = set()
        self.reps: set[int] = set()
        self.days: dict[date, str] = {}
        self.size_e4 = 0  # the sum of every value's size: no key's sum can be larger
        self.rows = 0  # values read in, before they were summed by key

    def loaded(self, values: int) -> ImportSummary:
        days = sorted(self.days)
        return ImportSummary(
            self.rows,
            values,
            len(self.nodes),
            len(self.reps - {TEAM}),
            TEAM in self.reps,
            len(days),
            days[0] if days else None,
            days[-1] if days else None,
        )


def load_batch(
    session,
    values: Iterable[tuple[ActualKey, Fraction]],
    file_key: str,
    file_name: str,
    when: str,
    *,
    after_read: Callable[[], None] | None = None,
    keep_for_undo: bool = True,
) -> tuple[Outcome, ImportSummary]:
    """Load `values` (summed per key) as one action and one undo step, all or nothing.

    `after_read` runs once every value is in, still inside the transaction: it raises to
    refuse the file (rows with errors), and then nothing is written. `keep_for_undo=False`
    (the command line, which has no undo) keeps the batch's rows out of the file, in a
    temporary table: the outcome can be undone only while the plan stays open.
    """
    batches = UndoBatchStore(session.store.db)
    seen = _Seen()
    loaded: list[ImportSummary] = []

    def prepare() -> list[Edit]:
        batch_id = batches.next_batch_id()
        batches.start(batch_id, keep_for_undo)
        rows = _stored_rows(session, values, seen)
        while chunk := list(islice(rows, CHUNK)):
            batches.add(batch_id, chunk)
        if after_read is not None:
            after_read()
        if seen.size_e4 > LIMIT_E4:
            _refuse_sums_too_large(batches, batch_id)
        count = batches.count(batch_id)
        loaded.append(seen.loaded(count))
        source = (IMPORT, file_name, when)
        nodes = frozenset(seen.nodes)
        batches.keep_what_it_replaces(batch_id)
        replaced = BatchSide(batch_id, False, nodes, source)
        imported = BatchSide(batch_id, True, nodes, source)
        batch = (batch_id, file_key, file_name, when, count)
        return [BatchEdit(None, batch), BatchValuesEdit(replaced, imported)]

    outcome = session.import_batch(prepare)
    return outcome, loaded[0]


def _stored_rows(session, values, seen: _Seen) -> Iterator[tuple[int, int, str, int]]:
    """Each value checked as a typed one would be, as a row of the batch table."""
    plan = session.plan
    frozen: dict[date, bool] = {}
    reps = {rep.id for rep in plan.reps}
    for (node_id, rep_id, day), value in values:
        if node_id not in plan.nodes:
            raise ValidationError("no_such_node", node=node_id)
        if rep_id != TEAM and rep_id not in reps:
            raise ValidationError("no_such_rep", rep=rep_id)
        if day not in frozen:
            frozen[day] = session.is_frozen(day)
        if frozen[day]:
            raise ValidationError("period_frozen", day=day)
        stored = to_stored(value)
        seen.nodes.add(node_id)
        seen.reps.add(rep_id)
        text = seen.days.get(day) or seen.days.setdefault(day, day.isoformat())
        seen.size_e4 += abs(stored)
        seen.rows += 1
        yield node_id, rep_id, text, stored


def _refuse_sums_too_large(batches: UndoBatchStore, batch_id: int) -> None:
    """A value met many times can add up past what the file keeps: refuse it as typed."""
    found = batches.beyond(batch_id, LIMIT_E4)
    if found is not None:
        total = found[3]
        text = str(from_stored(total)) if isinstance(total, int) else str(total)
        raise ValidationError("too_large", text=text, limit=MAX_MAGNITUDE)
