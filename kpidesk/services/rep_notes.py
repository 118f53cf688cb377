"""A rep's cause and action notes on their KPIs in the current period: edits and collecting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpidesk.domain.problems import ValidationError
from kpidesk.services.actual_sources import now_text
from kpidesk.services.changes import Edit, RepNoteEdit
from kpidesk.storage.rep_note_store import RepNoteStore

if TYPE_CHECKING:
    from kpidesk.services.plan_session import PlanSession

MAX_NOTE = 2000  # characters of a cause or an action


def note_edits(
    session: PlanSession, rep_id: int, node_id: int, cause: str, action: str
) -> list[Edit]:
    period = session.current_period()
    if period is None:
        raise ValidationError("no_period")
    session._node(node_id)
    session._rep(rep_id)
    cause, action = cause.strip(), action.strip()
    if len(cause) > MAX_NOTE or len(action) > MAX_NOTE:
        raise ValidationError("name_too_long", limit=MAX_NOTE)
    key = (period.first_day, rep_id, node_id)
    before = {k: v for k, v in notes_of(session, rep_id).items() if k == key}
    old = before.get(key)
    unchanged = old[:2] if old is not None else ("", "")
    if unchanged == (cause, action):
        return []
    after = {key: (cause, action, now_text())} if cause or action else {}
    return [RepNoteEdit(before, after)]


def notes_of(session: PlanSession, rep_id: int | None = None) -> dict:
    """(period start, rep, node) -> (cause, action, entered at) in the current period."""
    period = session.current_period()
    if period is None:
        return {}
    return RepNoteStore(session.store.db).notes(period.first_day, rep_id)


def notes_table(session: PlanSession) -> list[tuple[str, str, str, str, str]]:
    """The reps' notes of the current period as (rep, KPI, cause, action, entered at), by
    rep and KPI; a removed rep or KPI shows its id."""
    reps = {rep.id: rep.name for rep in session.plan.reps}
    nodes = session.plan.nodes
    rows = []
    for (_start, rep_id, node_id), (cause, action, when) in sorted(notes_of(session).items()):
        kpi = nodes[node_id].name if node_id in nodes else str(node_id)
        rows.append((reps.get(rep_id, str(rep_id)), kpi, cause, action, when))
    return rows
