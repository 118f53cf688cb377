"""Every actual remembers who entered it and when: the source edit that goes with a write."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from kpidesk.services import clock
from kpidesk.services.changes import SourceEdit
from kpidesk.storage.source_store import SourceStore

MANAGER, PACKAGE, IMPORT = "manager", "package", "import"


now_text = clock.now_text


def source_edit(
    db, written: Mapping[tuple, Fraction | None], kind: str, name: str = "", when: str = ""
) -> SourceEdit:
    """The source of each written key becomes (kind, name, when); a removed value loses it."""
    before = SourceStore(db).get(written)
    source = (kind, name, when or now_text())
    after = {key: source for key, value in written.items() if value is not None}
    return SourceEdit(before, after)


@dataclass(frozen=True)
class HistoryEntry:
    """One actual of a KPI with who entered it and when ("" for values from before)."""

    day: date
    rep_id: int
    value: Fraction
    kind: str
    name: str
    entered_at: str


def actual_history(db, node_id: int) -> list[HistoryEntry]:
    """Every actual of the KPI, by day and rep, with its source."""
    return [HistoryEntry(*row) for row in SourceStore(db).history(node_id)]


def kpi_history(session, node_id: int) -> list[HistoryEntry]:
    """Every actual of the open plan's KPI, by day and rep, with who entered it and when."""
    return actual_history(session.store.db, node_id)


def source_of(session, key: tuple) -> tuple[str, str, str] | None:
    """Who entered the actual at (node, rep, day) and when, or None when not recorded."""
    return SourceStore(session.store.db).get([key]).get(key)
