"""Headless period commands: `kpidesk reopen FILE --period YYYY-MM --reason TEXT` and
`kpidesk close-period FILE`, and the reopenings `show --period` prints."""

from __future__ import annotations

import argparse
from datetime import date

from PySide6.QtCore import QCoreApplication

from kpidesk.backup_commands import keep_backups
from kpidesk.domain.reopening import Reopening
from kpidesk.i18n.catalog import LANGUAGES
from kpidesk.i18n.fill import fill
from kpidesk.services.plan_files import open_plan

translate = QCoreApplication.translate
PERIOD_COMMANDS = ("reopen", "close-period")


def add_period_commands(commands) -> None:
    reopen = commands.add_parser(
        "reopen",
        help=translate("Cli", "reopen the most recent closed period so its actuals can change"),
    )
    reopen.add_argument("file", help=translate("Cli", "the plan file (.kpidesk)"))
    reopen.add_argument(
        "--period",
        required=True,
        metavar="YYYY-MM",
        help=translate("Cli", "the closed period holding this month"),
    )
    reopen.add_argument(
        "--reason", required=True, help=translate("Cli", "why it is reopened (kept with it)")
    )
    reopen.add_argument("--lang", choices=LANGUAGES, help=translate("Cli", "language"))
    close = commands.add_parser(
        "close-period", help=translate("Cli", "close the reopened period again")
    )
    close.add_argument("file", help=translate("Cli", "the plan file (.kpidesk)"))
    close.add_argument("--lang", choices=LANGUAGES, help=translate("Cli", "language"))


def run_period_command(args: argparse.Namespace, month: date | None) -> int:
    """Reopen the closed period holding `month`, or close the reopened one again."""
    plan_file = open_plan(args.file)
    keep_backups(plan_file)  # backed up before the period changes
    try:
        session = plan_file.session
        if args.command == "reopen":
            first_day = next(
                (first for _id, _kind, first, last in session.frozen if first <= month <= last),
                month,
            )
            session.reopen_period(first_day, args.reason)
            text = translate("Cli", "Reopened %1 to %2: its actuals can be changed again.")
        else:
            session.close_reopened_period()
            text = translate("Cli", "Closed %1 to %2 again.")
        reopening = session.reopenings[-1]
    finally:
        plan_file.close()
    print(fill(text, reopening.first_day, reopening.last_day))
    return 0


def reopening_lines(reopenings: list[Reopening], first_day: date) -> list[str]:
    """ "Reopened 2026-11-20: late CRM export (closed again 2026-11-21)" per reopening."""
    lines = []
    for reopening in (r for r in reopenings if r.first_day == first_day):
        line = fill(translate("Cli", "Reopened %1: %2"), reopening.reopened_on, reopening.reason)
        if reopening.closed_on is not None:
            line += fill(translate("Cli", " (closed again %1)"), reopening.closed_on)
        lines.append(line)
    return lines


def reopenings_json(reopenings: list[Reopening], first_day: date) -> list[dict]:
    return [
        {
            "reopened_on": str(r.reopened_on),
            "reason": r.reason,
            "closed_on": str(r.closed_on) if r.closed_on else None,
        }
        for r in reopenings
        if r.first_day == first_day
    ]
