"""Shared set-up for the team package tests: a demo plan for November 2026 with actuals."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from fractions import Fraction
from pathlib import Path

from kpidesk.domain.periods import PeriodKind
from kpidesk.services.package_files import OpenPackage
from kpidesk.services.plan_files import open_plan
from kpidesk.services.rep_collect import package_paths, plan_facts, preview_packages
from kpidesk.services.team_packages import send_packages

PROSPECTS, DEALS = 4, 2
NOV = date(2026, 11, 1)


def november_plan(path: Path) -> None:
    """The demo plan set to November 2026, with Rep 1 and the team having some actuals."""
    plan_file = open_plan(path)
    try:
        session = plan_file.session
        session.set_current_period(NOV, PeriodKind.MONTH)
        session.record_actuals(
            {
                (PROSPECTS, 1, date(2026, 11, 2)): Fraction(3),
                (PROSPECTS, 2, date(2026, 11, 2)): Fraction(5),
                (DEALS, 0, date(2026, 11, 2)): Fraction(1),
            }
        )
    finally:
        plan_file.close()


def rep_enters(package: Path, values: dict) -> None:
    """The rep opens their package and types (node, day) -> value (None clears it)."""
    opened = OpenPackage(package)
    try:
        rep_id = opened.header.rep_id
        opened.session.record_actuals({(n, rep_id, d): v for (n, d), v in values.items()})
    finally:
        opened.close()


def preview(session, sources) -> list:
    period = session.current_period()
    facts = plan_facts(session.store.db, (period.first_day, period.last_day))
    return preview_packages(facts, package_paths(sources))


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def with_deals(path: Path, deals: list) -> None:
    """The plan's ヨミ list: `deals` put as one edit."""
    from kpidesk.services import yomi_service as yomi

    plan_file = open_plan(path)
    try:
        plan_file.session.change_yomi(yomi.put_deals, deals)
    finally:
        plan_file.close()


def sent_from_copy(template: Path, folder: Path, out: str, rep_name: str | None = None):
    """A copy of `template` as folder/demo.kpidesk and the packages sent from it (on the test
    day) into folder/`out`, to every rep or the one named: (the plan, the packages' paths)."""
    from tests.conftest import on_test_day

    plan = folder / "demo.kpidesk"
    shutil.copyfile(template, plan)
    (folder / out).mkdir()
    plan_file = open_plan(plan)
    try:
        with on_test_day():
            return plan, send_packages(plan_file.session, folder / out, rep_name=rep_name)
    finally:
        plan_file.close()
