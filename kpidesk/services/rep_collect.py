"""Collect from reps: preview each package against the plan, then load it as one action.

The preview reads the packages and a snapshot of the plan (PlanFacts) through connections of
its own, so that it can run off the UI thread; loading goes through the session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from kpidesk.domain.package_yomi import DealChanges
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.team_package import (
    E4,
    MergeItem,
    MergeKind,
    PackageActuals,
    PackageHeader,
    merge_items,
)
from kpidesk.domain.validation import check_value
from kpidesk.services.actual_sources import PACKAGE, now_text
from kpidesk.services.changes import ActualsEdit, Edit, RepNoteEdit, SourceEdit
from kpidesk.services.package_deals import deal_edits, package_deal_changes
from kpidesk.storage.package_file import PACKAGE_SUFFIX, read_package_actuals
from kpidesk.storage.period_store import PeriodStore
from kpidesk.storage.plan_file import PlanFileError
from kpidesk.storage.plan_store import PlanStore
from kpidesk.storage.rep_note_store import RepNoteStore
from kpidesk.storage.source_store import SourceStore
from kpidesk.storage.yomi_store import YomiStore

if TYPE_CHECKING:
    from kpidesk.services.plan_session import PlanSession

KEEP_MINE, TAKE_THEIRS = "mine", "theirs"


@dataclass
class PlanFacts:
    """What the preview compares packages with: a snapshot of the plan, read once."""

    plan_uuid: str | None
    reps: dict[int, str]
    node_ids: frozenset[int]
    current: tuple[date, date] | None
    open_periods: list[tuple[date, date]]  # the current one and a reopened one
    closed: list[tuple[date, date]]
    actuals: dict[int, dict[tuple[int, date], int]]  # rep id -> (node, day) -> value e4
    notes: dict[tuple[date, int, int], tuple] = field(default_factory=dict)
    deals: list = field(default_factory=list)  # the plan's ヨミ (kpidesk.domain.yomi.Deal)


def plan_facts(db, current: tuple[date, date] | None) -> PlanFacts:
    """The snapshot, read through `db` (the session's, or a read-only connection of its own)."""
    plan = PlanStore(db).load()
    periods = PeriodStore(db)
    reopened = [(r.first_day, r.last_day) for r in periods.reopenings() if r.is_open]
    closed = [(first, last) for _id, _kind, first, last in periods.frozen_periods()]
    open_periods = ([current] if current else []) + reopened
    actuals: dict[int, dict] = {}
    notes: dict = {}
    for first, last in open_periods:
        notes.update(RepNoteStore(db).notes(first))
        for (node_id, rep_id, day), value in SourceStore(db).actuals_e4(first, last).items():
            actuals.setdefault(rep_id, {})[(node_id, day)] = value
    return PlanFacts(
        SourceStore(db).plan_uuid(),
        {rep.id: rep.name for rep in plan.reps},
        frozenset(plan.nodes),
        current,
        open_periods,
        closed,
        actuals,
        notes,
        YomiStore(db).deals() if _has_yomi(db) else [],
    )


def _has_yomi(db) -> bool:
    """A plan from before the ヨミ (opened read-only, not yet upgraded) has no deals."""
    return "yomi_deal" in db.table_names()


@dataclass
class RepPreview:
    """One package: what loading it would do, or why it is refused (`refusal`, `detail`)."""

    path: Path
    header: PackageHeader | None = None
    items: list[MergeItem] = field(default_factory=list)
    notes: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # changed: node -> note
    deals: DealChanges = field(default_factory=DealChanges)  # the rep's ヨミ: what changes
    refusal: str = ""
    detail: str = ""

    def of_kind(self, kind: MergeKind) -> list[MergeItem]:
        return [item for item in self.items if item.kind is kind]

    def counts(self) -> dict[MergeKind, int]:
        counted = dict.fromkeys(MergeKind, 0)
        for item in self.items:
            counted[item.kind] += 1
        return counted


def package_paths(sources: Iterable[Path | str]) -> list[Path]:
    """The files given, and the packages (*.kpirep) in each folder given, by name."""
    paths: list[Path] = []
    for source in map(Path, sources):
        if source.is_dir():
            paths.extend(sorted(p for p in source.iterdir() if p.suffix == PACKAGE_SUFFIX))
        else:
            paths.append(source)
    return paths


def preview_packages(
    facts: PlanFacts,
    paths: list[Path],
    progress: Callable[[int, int], None] | None = None,
) -> list[RepPreview]:
    """A preview per package, refusals included; `progress(done, total)` after each."""
    previews = []
    for number, path in enumerate(paths, start=1):
        previews.append(_preview_one(facts, path))
        if progress is not None:
            progress(number, len(paths))
    _refuse_superseded(previews)
    return previews


def _preview_one(facts: PlanFacts, path: Path) -> RepPreview:
    preview = RepPreview(path)
    try:
        package = read_package_actuals(path)
    except PlanFileError as error:
        preview.refusal, preview.detail = error.code, error.detail
        return preview
    preview.header = package.header
    preview.refusal, preview.detail = _refusal(facts, package)
    if not preview.refusal:
        mine = facts.actuals.get(package.header.rep_id, {})
        preview.items = merge_items(package, mine)
        header = package.header
        preview.notes = {
            node_id: note
            for node_id, note in package.notes.items()
            if facts.notes.get((header.first_day, header.rep_id, node_id), ("", ""))[:2]
            != note[:2]
        }
        preview.deals = package_deal_changes(path, facts.deals, header.rep_id)
    return preview


def _refusal(facts: PlanFacts, package: PackageActuals) -> tuple[str, str]:
    header = package.header
    if header.plan_uuid != facts.plan_uuid:
        return "other_plan", header.plan_name
    if facts.reps.get(header.rep_id) != header.rep_name:
        return "rep_removed", header.rep_name
    period = (header.first_day, header.last_day)
    if period not in facts.open_periods:
        if period in facts.closed:
            return "closed_period", f"{header.first_day}|{header.last_day}"
        return "other_period", f"{header.first_day}|{header.last_day}"
    if package.foreign:
        node_id, rep_id, day = package.foreign[0]
        return "foreign_rows", f"{node_id}|{rep_id}|{day}"
    nodes = {n for n, _d in (*package.values, *package.base)} | set(package.notes)
    unknown = sorted(nodes - facts.node_ids)
    if unknown:
        return "unknown_kpi", str(unknown[0])
    return "", ""


def _refuse_superseded(previews: list[RepPreview]) -> None:
    """Two packages of one rep: the newer one is loaded, the older one refused."""
    newest: dict[int, RepPreview] = {}
    for preview in (p for p in previews if not p.refusal):
        rep_id = preview.header.rep_id
        kept = newest.get(rep_id)
        if kept is None or kept.header.made_at < preview.header.made_at:
            if kept is not None:
                _supersede(kept, preview)
            newest[rep_id] = preview
        else:
            _supersede(preview, kept)


def _supersede(older: RepPreview, newer: RepPreview) -> None:
    older.refusal, older.detail, older.items = "superseded", newer.path.name, []
    older.notes, older.deals = {}, DealChanges()


# -- loading ---------------------------------------------------------------------------------

Choices = Mapping[object, str]  # a package path, or (path, node id, day) -> KEEP_MINE/TAKE_THEIRS


def chosen_values(
    previews: list[RepPreview], choices: Choices, default: str = KEEP_MINE
) -> dict[tuple[int, int, date], tuple[int | None, str]]:
    """What loading writes: (node, rep, day) -> (value in ten-thousandths or None to remove,
    rep name). A conflict takes its own choice, else its package's, else `default`."""
    written: dict[tuple[int, int, date], tuple[int | None, str]] = {}
    for preview in (p for p in previews if not p.refusal):
        rep_id, name = preview.header.rep_id, preview.header.rep_name
        for item in preview.items:
            if item.kind is MergeKind.CONFLICT:
                choice = choices.get(
                    (preview.path, item.node_id, item.day), choices.get(preview.path, default)
                )
                if choice != TAKE_THEIRS:
                    continue
            elif item.kind is MergeKind.UNCHANGED:
                continue
            written[(item.node_id, rep_id, item.day)] = (item.theirs_e4, name)
    return written


def collect_edits(
    session: PlanSession, previews: list[RepPreview], choices: Choices, default: str = KEEP_MINE
) -> list[Edit]:
    """The edits that load the previewed packages: the values with their sources. The plan's
    values are read again here, so that an edit made since the preview is not undone."""
    notes = note_edit(session, previews) + deal_edits(session, previews)
    chosen = chosen_values(previews, choices, default)
    if not chosen:
        return notes
    chosen = dict(sorted(chosen.items()))  # written in key order: far fewer pages touched
    _check(session, chosen)
    first = min(day for _n, _r, day in chosen)
    last = max(day for _n, _r, day in chosen)
    sources = SourceStore(session.store.db)
    if len(chosen) > 10_000:
        sources.make_room_for_a_big_write()
    stored = sources.actuals_e4(first, last)
    before = {key: Fraction(stored[key], E4) for key in chosen if key in stored}
    after = dict(before)
    for key, (value, _name) in chosen.items():
        if value is None:
            after.pop(key, None)
        else:
            after[key] = Fraction(value, E4)
    if after == before:
        return notes
    when = now_text()
    old_sources = sources.sources_between(first, last)
    sources_before = {key: old_sources[key] for key in chosen if key in old_sources}
    sources_after = {
        key: (PACKAGE, name, when) for key, (value, name) in chosen.items() if value is not None
    }
    return [ActualsEdit(before, after), SourceEdit(sources_before, sources_after), *notes]


def note_edit(session: PlanSession, previews: list[RepPreview]) -> list[Edit]:
    """The reps' notes that differ from the plan's: theirs are taken (a rep's notes are
    theirs alone)."""
    after = {
        (p.header.first_day, p.header.rep_id, node_id): note
        for p in previews
        if not p.refusal
        for node_id, note in p.notes.items()
    }
    if not after:
        return []
    for _start, rep_id, node_id in after:
        session._node(node_id)
        session._rep(rep_id)
    store = RepNoteStore(session.store.db)
    before = {}
    for start in {key[0] for key in after}:
        before.update({k: v for k, v in store.notes(start).items() if k in after})
    written = {key: note for key, note in after.items() if note[0] or note[1]}
    return [RepNoteEdit(before, written)]


def _check(session: PlanSession, chosen: dict) -> None:
    """What the session checks of a typed value, once per day, KPI, rep and distinct value."""
    plan = session.plan
    reps = {rep.id for rep in plan.reps}
    seen_days, seen_values = set(), set()
    for (node_id, rep_id, day), (value, _name) in chosen.items():
        if day not in seen_days:
            seen_days.add(day)
            if session.is_frozen(day):
                raise ValidationError("period_frozen", day=day)
        node = plan.nodes.get(node_id)
        if node is None:
            raise ValidationError("no_such_node", node=node_id)
        if rep_id not in reps:
            raise ValidationError("no_such_rep", rep=rep_id)
        if value is not None and (node.unit, value) not in seen_values:
            seen_values.add((node.unit, value))
            check_value(node.unit, Fraction(value, E4))


def preview_in_session(session: PlanSession, sources: Iterable[Path | str]) -> list[RepPreview]:
    """The preview of the packages at `sources` (files or folders) against the open session's
    plan and its current period: what `kpidesk collect` shows."""
    period = session.current_period()
    current = (period.first_day, period.last_day) if period else None
    return preview_packages(plan_facts(session.store.db, current), package_paths(sources))


def preview_from_file(
    plan_path: Path | str,
    current: tuple[date, date] | None,
    paths: list[Path],
    progress: Callable[[int, int], None] | None = None,
) -> list[RepPreview]:
    """The preview through a read-only connection of its own to the plan, so that it can run
    on a worker thread while the window keeps the plan open."""
    from sqlite_utils import Database

    from kpidesk.storage.plan_check import read_only_connection

    connection = read_only_connection(Path(plan_path))
    try:
        facts = plan_facts(Database(connection, execute_plugins=False), current)
    finally:
        connection.close()
    return preview_packages(facts, paths, progress)
