"""Send to reps: one package per active rep with that rep's numbers of the current period."""

from __future__ import annotations

import uuid
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

from kpidesk.domain.calendar import pace
from kpidesk.domain.model import Rep, Split
from kpidesk.domain.team_package import PackageHeader, RepPackageContents, RepShare
from kpidesk.services import clock
from kpidesk.services.business_calendar import japanese_holidays, period_business_days
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.package_file import PACKAGE_SUFFIX, write_package
from kpidesk.storage.plan_file import PlanFileError
from kpidesk.storage.rep_note_store import RepNoteStore
from kpidesk.storage.source_store import SourceStore
from kpidesk.storage.yomi_store import YomiStore


class TeamError(Exception):
    """A team action refused; `code` and `params` make the sentence (i18n.team_messages)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def plan_uuid(session: PlanSession) -> str:
    value = SourceStore(session.store.db).plan_uuid()
    if value is None:  # a plan from before packages, opened read-only: not yet upgraded
        raise TeamError("plan_not_upgraded")
    return value


def send_packages(
    session: PlanSession, folder: Path | str, rep_name: str | None = None, now: str = ""
) -> list[Path]:
    """Write a package for each active rep (or the one named) into `folder`; their paths."""
    from kpidesk.services.plan_files import refuse_if_locked

    folder = Path(folder)
    if not folder.is_dir():
        raise PlanFileError("no_folder", folder)
    reps = [r for r in session.plan.reps if r.active]
    if rep_name is not None:
        reps = [r for r in reps if r.name == rep_name.strip()]
        if not reps:
            raise TeamError("no_such_rep", name=rep_name)
    if not reps:
        raise TeamError("no_active_reps")
    made_at = now or clock.now_text()
    actuals = _actuals_by_rep(session)
    written = []
    for rep in reps:
        contents = package_contents(session, rep, made_at, actuals.get(rep.id, {}))
        path = folder / package_name(session.plan.name, rep.name, contents.header.first_day)
        refuse_if_locked(path)  # the rep has this very file open
        write_package(path, contents)
        written.append(path)
    return written


def package_name(plan_name: str, rep_name: str, first_day) -> str:
    text = f"{plan_name} - {rep_name} - {first_day:%Y-%m}"
    return "".join("_" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in text) + PACKAGE_SUFFIX


def package_contents(
    session: PlanSession, rep: Rep, made_at: str, actuals: dict
) -> RepPackageContents:
    period = session.current_period()
    if period is None:
        raise TeamError("no_period")
    plan = session.plan
    header = PackageHeader(
        uuid.uuid4().hex,
        plan_uuid(session),
        plan.name,
        rep.id,
        rep.name,
        period.kind.value,
        period.first_day,
        period.last_day,
        made_at,
    )
    closed = {d: n for d, n in session.closed_days.items() if period.contains(d)}
    days = len(period_business_days(period.first_day, period.last_day, closed))
    shares = [
        _share(session, node.id, rep.id, days)
        for node in sorted(plan.nodes.values(), key=lambda n: n.id)
        if node.split is not Split.NONE
    ]
    holidays = sorted(
        d
        for year in range(period.first_day.year, period.last_day.year + 1)
        for d in japanese_holidays(year)
        if period.contains(d)
    )
    # The team (names and capacities, no actuals but the rep's) stays, so that the package
    # splits every KPI exactly as the plan does: the rep's charts and PDF show their share.
    own_plan = replace(plan, reps=list(plan.reps), fixed=dict(plan.fixed))
    notes = {
        node_id: note
        for (_start, _rep, node_id), note in RepNoteStore(session.store.db)
        .notes(period.first_day, rep.id)
        .items()
    }
    store = YomiStore(session.store.db)
    deals = [deal for deal in store.deals() if deal.rep_id == rep.id]  # theirs only
    return RepPackageContents(
        header, own_plan, shares, actuals, closed, holidays, notes, deals, store.ranks()
    )


def _share(session: PlanSession, node_id: int, rep_id: int, business_days: int) -> RepShare:
    splits = session.splits(node_id)
    required = _part(splits.required, rep_id)
    planned = _part(splits.plan, rep_id)
    rate = pace(required, business_days) if required is not None else None
    return RepShare(
        node_id,
        required,
        planned,
        rate.per_week if rate else None,
        rate.per_day if rate else None,
    )


def _part(figures, rep_id: int) -> Fraction | None:
    if figures is None or not figures.ok:
        return None
    return figures.parts.get(rep_id)


def _actuals_by_rep(session: PlanSession) -> dict[int, dict]:
    period = session.current_period()
    if period is None:
        raise TeamError("no_period")
    grouped: dict[int, dict] = {}
    for day, node_id, rep_id, value in session.actuals.all_rows(period.first_day, period.last_day):
        grouped.setdefault(rep_id, {})[(node_id, day)] = value
    return grouped
