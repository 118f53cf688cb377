"""Headless ヨミ commands: `kpidesk import-yomi PLAN DATA --name COL [--amount …] [--mapping M]`,
`kpidesk export-yomi PLAN OUT.csv`, and the ヨミ forecast in `kpidesk show --json`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kpidesk.backup_commands import keep_backups
from kpidesk.cli_mapping import mapping_from_file, save_mapping
from kpidesk.cli_parsers import plan_command
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.yomi import duplicates
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import problem_text
from kpidesk.i18n.yomi_messages import (
    closed_unknown_text,
    flag_reason_text,
    yomi_row_error_text,
)
from kpidesk.services.plan_files import open_plan
from kpidesk.services.yomi_service import deal_count_kpi, deals_of, ranks_of, yomi_forecast

if TYPE_CHECKING:
    from kpidesk.services.yomi_file import YomiMapping

translate = QCoreApplication.translate
YOMI_COMMANDS = ("import-yomi", "export-yomi")


class YomiCommandError(Exception):
    """A ヨミ command refused, said in one line."""


def add_yomi_commands(commands) -> None:
    load = plan_command(
        commands, "import-yomi", translate("Cli", "load the ヨミ list (deals) from a CRM export")
    )
    load.add_argument("data", help=translate("Cli", "the CSV or .xlsx file"))
    for name, help_text in (
        ("--name", translate("Cli", "the deal name column")),
        ("--rep", translate("Cli", "the column of rep names (optional)")),
        ("--amount", translate("Cli", "the amount column")),
        ("--close-date", translate("Cli", "the expected close date column")),
        ("--rank", translate("Cli", "the rank (A/B/C) or probability column")),
        ("--note", translate("Cli", "the note column")),
        ("--state", translate("Cli", "the state column (open, won, lost)")),
        ("--sheet", translate("Cli", "the Excel sheet (the first by default)")),
        ("--mapping", translate("Cli", "read the column mapping from JSON")),
        ("--save-mapping", translate("Cli", "save the column mapping to JSON for next time")),
    ):
        load.add_argument(name, help=help_text)
    export = plan_command(
        commands,
        "export-yomi",
        translate("Cli", "write the ヨミ list as CSV (as import-yomi reads it)"),
    )
    export.add_argument("out", help=translate("Cli", "the CSV file to write"))


def run_yomi_command(args: argparse.Namespace) -> int:
    # the ヨミ file's reader and writer load here, not when any command starts (`show` needs
    # only the forecast)
    from kpidesk.services.yomi_file import export_yomi_csv, import_yomi

    if args.command == "export-yomi":
        plan_file = open_plan(args.file, read_only=True)
        try:
            count = export_yomi_csv(plan_file.session, args.out)
        finally:
            plan_file.close()
        print(fill(translate("Cli", "Wrote %1 deals to %2"), count, args.out))
        return 0
    mapping = _mapping(args)
    plan_file = open_plan(args.file)
    keep_backups(plan_file)
    try:
        try:
            _outcome, deals, result = import_yomi(plan_file.session, args.data, mapping)
        except ValidationError as error:
            for row_error in error.params.get("errors", []):
                print(yomi_row_error_text(row_error), file=sys.stderr)
            raise
        twins = duplicates(deals_of(plan_file.session))
    finally:
        plan_file.close()
    if args.save_mapping:
        save_mapping(args.save_mapping, mapping)
    print(fill(translate("Cli", "Imported %1 deals from %2 rows."), len(deals), result.rows))
    for group in twins:
        print(
            fill(
                translate("Cli", "“%1” is listed %2 times for the same rep (merge in the window)."),
                group[0].name,
                len(group),
            )
        )
    return 0


def _mapping(args: argparse.Namespace) -> YomiMapping:
    from kpidesk.services.yomi_file import YomiMapping

    if args.mapping:
        return mapping_from_file(args.mapping, YomiMapping, YomiCommandError)
    if not args.name:
        raise YomiCommandError(translate("Cli", "Give --name (or --mapping)."))
    return YomiMapping(
        args.name,
        args.rep,
        args.amount,
        args.close_date,
        args.rank,
        args.note,
        args.state,
        args.sheet,
    )


# -- kpidesk show --json ------------------------------------------------------------------


def _number(value: Fraction | None) -> int | float | None:
    if value is None:
        return None
    return value.numerator if value.denominator == 1 else float(value)


def _figure(figure) -> dict:
    if figure.ok:
        return {"value": _number(figure.value)}
    return {"value": None, "problem": figure.problem.code, "reason": problem_text(figure.problem)}


def yomi_json(session, today: date | None = None) -> dict | None:
    """The ヨミ forecast of the KGI for `kpidesk show --json`; None without a period."""
    view = yomi_forecast(session, today)
    if view is None:
        return None
    reps = {rep.id: rep.name for rep in session.plan.reps}
    forecast = view.forecast
    names = {deal.id: deal.name for deal in deals_of(session)}
    return {
        "kpi": session.plan.nodes[view.node_id].name,
        "closed_warning": (
            None
            if view.closed_known
            else closed_unknown_text(session.plan.nodes[view.node_id].name)
        ),
        "ranks": {name: _number(p) for name, p in ranks_of(session).items()},
        "closed": _number(forecast.team.closed),
        "weighted_open": _number(forecast.team.weighted),
        "forecast": _number(forecast.team.forecast),
        "run_rate_forecast": _figure(view.run_rate),
        "target": _figure(view.target),
        "gap": _figure(view.gap),
        "bands": {name: _number(value) for name, value in forecast.bands},
        "by_rep": {
            reps.get(rep_id, str(rep_id)) if rep_id else translate("Cli", "team"): {
                "closed": _number(f.closed),
                "weighted_open": _number(f.weighted),
                "forecast": _number(f.forecast),
            }
            for rep_id, f in forecast.per_rep.items()
        },
        "left_out": [
            {
                "deal": names.get(f.deal_id, f.name),
                "reason": f.reason,
                "text": flag_reason_text(f.reason),
            }
            for f in forecast.flagged
        ],
        "remaining_business_days": view.remaining_days,
        "gap_asks": [
            {
                "kpi": step.name,
                "more": _number(step.more),
                "at": {name: _number(value) for _, name, value in step.given},
                "by_rep": (
                    {reps.get(r, str(r)): _number(v) for r, v in step.per_rep.items()}
                    if step.per_rep is not None
                    else None
                ),
                "per_business_day": _number(step.per_day),
            }
            for step in view.asks.steps
        ],
        "count": _count_json(session, today),
    }


def _count_json(session, today: date | None) -> dict | None:
    """The same forecast of the deals KPI (each deal counts one), when the tree has one."""
    node_id = deal_count_kpi(session)
    view = yomi_forecast(session, today, node_id) if node_id is not None else None
    if view is None:
        return None
    return {
        "kpi": session.plan.nodes[node_id].name,
        "closed": _number(view.forecast.team.closed) if view.closed_known else None,
        "closed_warning": (
            None if view.closed_known else closed_unknown_text(session.plan.nodes[node_id].name)
        ),
        "weighted_open": _number(view.forecast.team.weighted),
        "forecast": _number(view.forecast.team.forecast),
        "run_rate_forecast": _figure(view.run_rate),
        "target": _figure(view.target),
        "gap": _figure(view.gap),
    }
