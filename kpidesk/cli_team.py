"""Headless team commands: `kpidesk package PLAN --out DIR [--rep NAME]`,
`kpidesk collect PLAN PACKAGE…|DIR [--conflicts keep-mine|take-theirs] [--dry-run]` and
`kpidesk history PLAN KPI [--json]` (each actual with who entered it and when)."""

from __future__ import annotations

import argparse
import json

from PySide6.QtCore import QCoreApplication

from kpidesk.backup_commands import keep_backups
from kpidesk.cli_parsers import plan_command
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.team_messages import (
    counts_text,
    kind_text,
    package_refusal_text,
    source_text,
    team_error_text,
)
from kpidesk.services.plan_files import open_plan

translate = QCoreApplication.translate
TEAM_COMMANDS = ("package", "collect", "history", "notes")


class TeamCommandError(Exception):
    """A team command refused, said in one line."""


def add_team_commands(commands) -> None:
    package = plan_command(
        commands, "package", translate("Cli", "write a package for each active rep (or one rep)")
    )
    package.add_argument(
        "--out", required=True, metavar="DIR", help=translate("Cli", "the folder to write to")
    )
    package.add_argument("--rep", metavar="NAME", help=translate("Cli", "only this rep"))
    collect = plan_command(
        commands, "collect", translate("Cli", "preview and load the reps' packages")
    )
    collect.add_argument(
        "packages", nargs="+", help=translate("Cli", "package files (.kpirep) or folders")
    )
    collect.add_argument(
        "--conflicts",
        choices=("keep-mine", "take-theirs"),
        default="keep-mine",
        help=translate("Cli", "for a value changed on both sides: keep the plan's or the rep's"),
    )
    collect.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "show the preview only")
    )
    history = plan_command(
        commands,
        "history",
        translate("Cli", "list a KPI's actuals with who entered them and when"),
        json_output=True,
    )
    history.add_argument("kpi", help=translate("Cli", "the KPI's name or id"))
    plan_command(
        commands,
        "notes",
        translate("Cli", "list the reps' cause and action notes of the period"),
        json_output=True,
    )


def run_team_command(args: argparse.Namespace) -> int:
    # the team's services load here, not when any command starts (40-90 ms of imports)
    from kpidesk.services.team_packages import TeamError

    try:
        if args.command == "package":
            return _package(args)
        if args.command == "collect":
            return _collect(args)
        if args.command == "notes":
            return _notes(args)
        return _history(args)
    except TeamError as error:
        raise TeamCommandError(team_error_text(error.code, error.params)) from None


def _package(args: argparse.Namespace) -> int:
    from kpidesk.services.team_packages import send_packages

    plan_file = open_plan(args.file)
    try:
        paths = send_packages(plan_file.session, args.out, args.rep)
    finally:
        plan_file.close()
    for path in paths:
        print(path)
    print(fill(translate("Cli", "Wrote %1 rep packages to “%2”."), len(paths), args.out))
    return 0


def _collect(args: argparse.Namespace) -> int:
    from kpidesk.services.rep_collect import KEEP_MINE, TAKE_THEIRS, preview_in_session

    default = TAKE_THEIRS if args.conflicts == "take-theirs" else KEEP_MINE
    plan_file = open_plan(args.file)
    try:
        session = plan_file.session
        previews = preview_in_session(session, args.packages)
        for preview in previews:
            _print_preview(session, preview, default)
        loadable = [p for p in previews if not p.refusal]
        written = 0
        if loadable and not args.dry_run:
            keep_backups(plan_file)
            outcome = session.collect_packages(loadable, {}, default)
            written = sum(len(e.changes()) for e in outcome.change.edits[:1])
    finally:
        plan_file.close()
    if args.dry_run:
        print(translate("Cli", "Dry run: nothing was loaded."))
    else:
        print(
            fill(
                translate("Cli", "Loaded %1 values from %2 packages; %3 refused."),
                written,
                len(loadable),
                len(previews) - len(loadable),
            )
        )
    return 1 if len(loadable) < len(previews) else 0


def _print_preview(session, preview, default: str) -> None:
    from kpidesk.domain.team_package import MergeKind
    from kpidesk.services.rep_collect import TAKE_THEIRS

    name = preview.header.rep_name if preview.header else "?"
    if preview.refusal:
        reason = package_refusal_text(preview.refusal, preview.detail)
        print(fill(translate("Cli", "%1 (%2): refused. %3"), name, preview.path.name, reason))
        return
    print(f"{name} ({preview.path.name}): {counts_text(preview.counts())}")
    fmt = NumberFormat()
    nodes = session.plan.nodes
    for node_id, (cause, action, _when) in preview.notes.items():
        print(
            fill(
                translate("Cli", "  note: %1: cause “%2”, action “%3”"),
                nodes[node_id].name,
                cause,
                action,
            )
        )
    for item in preview.items:
        if item.kind is MergeKind.UNCHANGED:
            continue
        node = nodes[item.node_id]

        def shown(value, node=node) -> str:
            return "—" if value is None else fmt.value(value, node.unit, node.unit_label)

        line = f"  {kind_text(item.kind)}: {node.name} {item.day}: "
        if item.kind is MergeKind.NEW:
            line += shown(item.theirs)
        elif item.kind is MergeKind.CHANGED:
            line += f"{shown(item.mine)} → {shown(item.theirs)}"
        else:
            choice = (
                translate("Cli", "takes the package's")
                if default == TAKE_THEIRS
                else translate("Cli", "keeps the plan's")
            )
            line += fill(
                translate("Cli", "plan %1, package %2 (was %3): %4"),
                shown(item.mine),
                shown(item.theirs),
                shown(item.base),
                choice,
            )
        print(line)


def _history(args: argparse.Namespace) -> int:
    from kpidesk.services.actual_sources import kpi_history

    plan_file = open_plan(args.file, read_only=True)
    try:
        session = plan_file.session
        node = _node(session.plan, args.kpi)
        entries = kpi_history(session, node.id)
        reps = {rep.id: rep.name for rep in session.plan.reps}
    finally:
        plan_file.close()
    team = translate("Cli", "team")
    if args.json:
        rows = [
            {
                "day": e.day.isoformat(),
                "rep": reps.get(e.rep_id, team) if e.rep_id else team,
                "value": str(e.value),
                "source": e.kind,
                "source_name": e.name,
                "entered_at": e.entered_at,
            }
            for e in entries
        ]
        print(json.dumps({"kpi": node.name, "actuals": rows}, ensure_ascii=False, indent=2))
        return 0
    fmt = NumberFormat()
    for e in entries:
        who = reps.get(e.rep_id, team) if e.rep_id else team
        value = fmt.value(e.value, node.unit, node.unit_label)
        when = e.entered_at.replace("T", " ")
        print(f"{e.day}  {who}  {value}  {source_text(e.kind, e.name)}  {when}".rstrip())
    return 0


def _notes(args: argparse.Namespace) -> int:
    from kpidesk.services.rep_notes import notes_table

    plan_file = open_plan(args.file, read_only=True)
    try:
        rows = notes_table(plan_file.session)
    finally:
        plan_file.close()
    if args.json:
        keys = ("rep", "kpi", "cause", "action", "entered_at")
        print(json.dumps([dict(zip(keys, row, strict=True)) for row in rows], ensure_ascii=False))
        return 0
    for rep, kpi, cause, action, when in rows:
        print(
            fill(
                translate("Cli", "%1, %2: cause “%3”, action “%4” (%5)"),
                rep,
                kpi,
                cause,
                action,
                when.replace("T", " "),
            )
        )
    return 0


def _node(plan, text: str):
    for node in plan.nodes.values():
        if node.name == text or str(node.id) == text:
            return node
    raise TeamCommandError(fill(translate("Cli", "The plan has no KPI named “%1”."), text))
