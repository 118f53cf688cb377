"""Headless commands: `kpidesk new FILE [--demo | --from DEF.yaml | --template KEY]`,
`kpidesk show FILE [--json]`, `kpidesk export-def FILE [-o OUT.yaml]`,
`kpidesk export FILE --pdf OUT.pdf`."""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from fractions import Fraction
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kpidesk.backup_commands import (
    BackupCommandError,
    add_backup_commands,
    keep_backups,
    list_backups,
    restore_backup,
)
from kpidesk.cli_arguments import CliError, CommandParser
from kpidesk.cli_arguments import closed_period as _frozen
from kpidesk.cli_arguments import day_argument as _day
from kpidesk.cli_arguments import month_argument as _month
from kpidesk.cli_mapping import mapping_from_file, save_mapping
from kpidesk.cli_parsers import plan_command
from kpidesk.cli_periods import (
    PERIOD_COMMANDS,
    add_period_commands,
    reopening_lines,
    reopenings_json,
    run_period_command,
)
from kpidesk.cli_team import (
    TEAM_COMMANDS,
    TeamCommandError,
    add_team_commands,
    run_team_command,
)
from kpidesk.cli_yomi import (
    YOMI_COMMANDS,
    YomiCommandError,
    add_yomi_commands,
    run_yomi_command,
    yomi_json,
)
from kpidesk.domain.decomposition import NOT_PLANNED_YET, NodeFigures, rep_splits
from kpidesk.domain.demo import blank_plan
from kpidesk.domain.model import Plan
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.validation import check_name
from kpidesk.i18n.catalog import (
    LANGUAGES,
    choose_language,
    install_translators,
    requested_language,
)
from kpidesk.i18n.derived_texts import derived_text
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.lock_messages import stale_lock_text
from kpidesk.i18n.messages import (
    demo_label,
    file_error_text,
    problem_text,
    refusal_text,
    row_error_text,
    smart_reason_text,
    storage_error_text,
    unit_short,
)
from kpidesk.i18n.number_messages import flagged_row_text, rate_reading_text
from kpidesk.i18n.ui_language import ui_language
from kpidesk.report.command import add_export_command, export_report
from kpidesk.services import clock
from kpidesk.services.demo import write_demo_plan
from kpidesk.services.plan_files import PlanFileError, create_plan, open_plan, refuse_if_locked
from kpidesk.services.progress_service import period_progress
from kpidesk.services.smart_service import smart_of
from kpidesk.services.storage_faults import StorageError
from kpidesk.services.templates import TEMPLATES, load_template

if TYPE_CHECKING:
    from kpidesk.services.actuals_file import ColumnMapping

translate = QCoreApplication.translate


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The headless commands, with help in the user's language; given a command's name, only
    that command's arguments are built (all twenty cost argparse about 7 ms a run), and every
    command's when the name is no command's (to list them in the refusal)."""
    root = CommandParser(prog="kpidesk", description=translate("Cli", "KPI Desk headless commands"))
    subparsers = root.add_subparsers(dest="command", required=True, parser_class=CommandParser)
    commands = _OnlyCommand(subparsers, command)
    new = commands.add_parser("new", help=translate("Cli", "create a plan file"))
    new.add_argument("file", help=translate("Cli", "the plan file to create (.kpidesk)"))
    source = new.add_mutually_exclusive_group()
    source.add_argument(
        "--demo", action="store_true", help=translate("Cli", "fill it with the demo plan")
    )
    source.add_argument(
        "--from",
        dest="definition",
        metavar="DEF.yaml",
        help=translate("Cli", "build it from a plan definition (YAML)"),
    )
    source.add_argument(
        "--template", choices=TEMPLATES, help=translate("Cli", "start from a template")
    )
    new.add_argument("--name", help=translate("Cli", "the plan's name"))
    new.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace an existing file")
    )
    new.add_argument("--lang", choices=LANGUAGES, help=translate("Cli", "language"))
    show = plan_command(commands, "show", translate("Cli", "print the KPI tree with its figures"))
    show.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    show.add_argument("--man", action="store_true", help=translate("Cli", "money in 万円"))
    show.add_argument(
        "--period",
        metavar="YYYY-MM",
        help=translate("Cli", "the period holding this month (the current one by default)"),
    )
    show.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help=translate("Cli", "progress as of this day (today)")
    )
    load = plan_command(
        commands, "import", translate("Cli", "load actuals from a CSV or Excel export of a CRM")
    )
    load.add_argument("data", help=translate("Cli", "the CSV or .xlsx file"))
    load.add_argument("--date", help=translate("Cli", "the date column (name or number)"))
    load.add_argument("--value", help=translate("Cli", "the value column"))
    load.add_argument("--kpi", help=translate("Cli", "the column of KPI names"))
    load.add_argument("--fixed-kpi", help=translate("Cli", "one KPI for every row, by name"))
    load.add_argument("--rep", help=translate("Cli", "the column of rep names (optional)"))
    load.add_argument("--sheet", help=translate("Cli", "the Excel sheet (the first by default)"))
    load.add_argument("--mapping", help=translate("Cli", "read the column mapping from JSON"))
    load.add_argument(
        "--save-mapping", help=translate("Cli", "save the column mapping to JSON for next time")
    )
    load.add_argument(
        "--accept-dates",
        action="store_true",
        help=translate("Cli", "also load rows dated after today or outside the plan's period"),
    )
    load.add_argument(
        "--rates",
        choices=("percent", "fraction"),
        help=translate("Cli", "plain numbers in a rate column: percent (0.2 = 0.2 %) or fraction"),
    )
    actuals = plan_command(
        commands,
        "export-actuals",
        translate("Cli", "write the actuals as CSV (as import reads it)"),
    )
    actuals.add_argument("out", help=translate("Cli", "the CSV file to write"))
    export = plan_command(
        commands, "export-def", translate("Cli", "print the plan's definition as YAML")
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="OUT.yaml",
        help=translate("Cli", "write the definition to this file instead"),
    )
    add_export_command(commands)
    add_backup_commands(commands)
    add_period_commands(commands)
    add_team_commands(commands)
    add_yomi_commands(commands)
    if command is not None and command not in subparsers.choices:
        return parser()
    return root


class _OnlyCommand:
    """The subcommands, building the parser of `wanted` only (all of them when it is None)."""

    def __init__(self, subparsers: argparse._SubParsersAction, wanted: str | None) -> None:
        self.subparsers = subparsers
        self.wanted = wanted

    def add_parser(self, name: str, **kwargs):
        if self.wanted in (None, name):
            return self.subparsers.add_parser(name, **kwargs)
        return _UNBUILT


class _Unbuilt:
    """A command parser this run does not need: it takes its arguments and keeps none."""

    def add_argument(self, *args, **kwargs) -> None:
        return None

    def add_mutually_exclusive_group(self, **kwargs) -> _Unbuilt:
        return self


_UNBUILT = _Unbuilt()


def _application(argv: list[str]) -> QCoreApplication:
    """The PDF export paints with QtGui, so it needs a QGuiApplication: off screen, so it
    never depends on a display."""
    if argv[:1] != ["export"]:
        return QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QCoreApplication.instance() or QGuiApplication([sys.argv[0]])


def run(argv: list[str]) -> int:
    app = _application(argv)
    install_translators(app, choose_language(requested_language(argv)))
    try:
        args = parser(argv[0] if argv else None).parse_args(argv)
        if args.command == "new":
            return _new(args)
        if args.command == "import":
            return _import(args)
        if args.command == "export-actuals":
            return _export_actuals(args)
        if args.command == "export-def":
            return _export_definition(args)
        if args.command == "export":
            return export_report(args)
        if args.command == "backups":
            return list_backups(args)
        if args.command == "restore":
            return restore_backup(args)
        if args.command in TEAM_COMMANDS:
            return run_team_command(args)
        if args.command in YOMI_COMMANDS:
            return run_yomi_command(args)
        if args.command in PERIOD_COMMANDS:
            return run_period_command(args, _month(getattr(args, "period", None)))
        return _show(args)
    except CliError as error:
        print(f"kpidesk: {error}", file=sys.stderr)
        return 2
    except (BackupCommandError, TeamCommandError, YomiCommandError) as error:
        print(f"kpidesk: {error}", file=sys.stderr)
        return 1
    except PlanFileError as error:
        print(f"kpidesk: {file_error_text(error.code, error.path, error.detail)}", file=sys.stderr)
        return 1
    except ValidationError as error:
        print(f"kpidesk: {_one_line(refusal_text(error))}", file=sys.stderr)
        return 1
    except StorageError as error:
        print(f"kpidesk: {storage_error_text(error.code, error.detail)}", file=sys.stderr)
        return 1
    except Exception as error:  # the one-line promise holds for anything unforeseen
        print(f"kpidesk: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


def _new(args: argparse.Namespace) -> int:
    refuse_if_locked(args.file)
    if args.definition or args.template:
        from kpidesk.services.definition_files import read_definition  # YAML: 30-70 ms to import

        source = args.definition or args.template
        plan = (
            read_definition(source)
            if args.definition
            else load_template(source, ui_language())  # named in the command's language
        )
        if args.name:
            plan.name = check_name(args.name)
        if plan.period_start is None:  # a definition without a period plans this month
            plan.period_start = clock.today().replace(day=1)
        create_plan(args.file, plan, overwrite=args.force)
    elif args.demo:
        write_demo_plan(args.file, demo_label, overwrite=args.force)
    else:
        name = args.name or translate("Cli", "New plan")
        plan = blank_plan(name, demo_label("revenue"), demo_label("rep") + " 1", clock.today())
        create_plan(args.file, plan, overwrite=args.force)
    if args.demo and args.name:
        plan_file = open_plan(args.file)
        try:
            plan_file.session.rename_plan(args.name)
        finally:
            plan_file.close()
    print(fill(translate("Cli", "Created %1"), args.file))
    return 0


def _export_definition(args: argparse.Namespace) -> int:
    from kpidesk.services.definition_files import definition_text, write_definition

    plan_file = open_plan(args.file, read_only=True)
    plan = plan_file.session.plan
    plan_file.close()
    if args.output:
        write_definition(plan, args.output)
        print(fill(translate("Cli", "Wrote %1"), args.output))
    else:
        sys.stdout.write(definition_text(plan))
    return 0


def _say_if_taken_over(plan_file) -> None:
    owner = plan_file.took_over
    if owner is not None:
        text = stale_lock_text(str(plan_file.path), f"{owner.user}@{owner.host}")
        print(f"kpidesk: {_one_line(text)}", file=sys.stderr)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _mapping(args: argparse.Namespace) -> ColumnMapping:
    from kpidesk.services.actuals_file import ColumnMapping  # only `import` reads files

    if args.mapping:  # --rates overrides the saved reading
        overrides = {"rates": args.rates} if args.rates else None
        return mapping_from_file(args.mapping, ColumnMapping, CliError, overrides)
    if not args.date or not args.value:
        raise CliError(translate("Cli", "Give --date and --value (or --mapping)."))
    return ColumnMapping(
        args.date, args.value, args.kpi, args.fixed_kpi, args.rep, args.sheet, args.rates
    )


def _import(args: argparse.Namespace) -> int:
    from kpidesk.services.actuals_file import import_file

    mapping = _mapping(args)
    plan_file = open_plan(args.file)
    _say_if_taken_over(plan_file)
    keep_backups(plan_file)
    try:
        when = clock.now_text()
        try:
            _outcome, result = import_file(  # no undo here: the batch stays out of the file
                plan_file.session, args.data, mapping, when, args.accept_dates, False
            )
        except ValidationError as error:
            for row_error in error.params.get("errors", []):
                print(row_error_text(row_error), file=sys.stderr)
            for row in error.params.get("flagged", [])[:20]:
                print(flagged_row_text(row), file=sys.stderr)
            raise
    finally:
        plan_file.close()
    if args.save_mapping:
        save_mapping(args.save_mapping, mapping)
    if result.rate_reading:
        print(rate_reading_text(result.rate_reading, result.rate_example))
    imported = translate("Cli", "Imported %1 values from %2 rows.")
    print(fill(imported, result.loaded.values, result.rows))
    return 0


def _export_actuals(args: argparse.Namespace) -> int:
    from kpidesk.services.actuals_file import export_csv

    plan_file = open_plan(args.file, read_only=True)
    try:
        count = export_csv(plan_file.session, args.out)
    finally:
        plan_file.close()
    print(fill(translate("Cli", "Wrote %1 actuals to %2"), count, args.out))
    return 0


def _show(args: argparse.Namespace) -> int:
    plan_file = open_plan(args.file, read_only=True)
    try:
        session = plan_file.session
        closed = _frozen(session, args.period)
        progress = period_progress(session, _day(args.as_of), closed)
        if args.json:
            document = plan_json(session.plan, session.figures)
            if progress is not None:
                document["progress"] = progress_json(session, progress)
            if closed is not None:
                document["reopenings"] = reopenings_json(session.reopenings, closed[2])
            document["smart"] = smart_json(session)
            if closed is None and (yomi := yomi_json(session, _day(args.as_of))) is not None:
                document["yomi"] = yomi
            print(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            print(plan_table(session.plan, session.figures, NumberFormat(money_in_man=args.man)))
            for line in reopening_lines(session.reopenings, closed[2]) if closed else ():
                print(line)
    finally:
        plan_file.close()
    return 0


def smart_json(session) -> dict:
    """Each KPI's SMART assessment: per criterion the result and the reasons in words."""
    fmt = NumberFormat()
    result = {}
    for node in session.plan.nodes.values():
        if node.is_root:
            continue
        assessment = smart_of(session, node.id)
        result[node.name] = {
            "smart": assessment.smart,
            **{
                criterion.value: {
                    "result": check.result.value,
                    "reasons": [
                        {
                            "code": code,
                            "text": smart_reason_text(
                                code, params, fmt, node.unit, node.unit_label
                            ),
                        }
                        for code, params in check.reasons
                    ],
                }
                for criterion, check in assessment.checks.items()
            },
        }
    return result


def progress_json(session, progress) -> dict:
    """The period and every KPI's actual and progress figures (and each rep's, when split)."""
    period = progress.period
    reps = {rep.id: rep.name for rep in session.plan.reps}
    return {
        "period": {
            "kind": period.kind.value,
            "first_day": period.first_day.isoformat(),
            "last_day": period.last_day.isoformat(),
            "as_of": progress.as_of.isoformat(),
            "business_days": len(progress.business_days),
            "closed": period.first_day != (session.plan.period_start or period.first_day),
        },
        "kpis": {
            session.plan.nodes[node_id].name: _node_progress_json(figures)
            for node_id, figures in progress.nodes.items()
        },
        "by_rep": {
            session.plan.nodes[node_id].name: {
                reps[rep_id]: _node_progress_json(figures) for rep_id, figures in by_rep.items()
            }
            for node_id, by_rep in progress.by_rep.items()
        },
    }


def _node_progress_json(figures) -> dict:
    p = figures.progress
    return {
        "actual": _figure_json(figures.actual),
        "derived": derived_text(figures.derived) if figures.derived else None,
        "achievement": _figure_json(p.achievement),
        "expected_to_date": _figure_json(p.expected_to_date),
        "progress": _figure_json(p.progress),
        "forecast": _figure_json(p.forecast),
        "required_pace": _figure_json(p.required_pace),
        "elapsed_business_days": _figure_json(p.elapsed_days),
        "remaining_business_days": _figure_json(p.remaining_days),
        "status": p.status.value,
    }


def _number(value: Fraction | None) -> int | float | None:
    if value is None:
        return None
    return value.numerator if value.denominator == 1 else float(value)


def _figure_json(figure) -> dict:
    if figure is None:
        return None
    if figure.ok:
        return {"value": _number(figure.value)}
    return {"value": None, "problem": figure.problem.code, "reason": problem_text(figure.problem)}


def plan_json(plan: Plan, figures: dict[int, NodeFigures]) -> dict:
    """The plan and every node's figures; exact integers stay integers."""
    nodes = []
    rep_names = {rep.id: rep.name for rep in plan.reps}
    for node_id in plan.tree_order():
        node, figure = plan.nodes[node_id], figures[node_id]
        splits = rep_splits(plan, node, figure)
        nodes.append(
            {
                "id": node.id,
                "parent_id": node.parent_id,
                "name": node.name,
                "unit": node.unit.value,
                "unit_label": node.unit_label,
                "relation": node.relation.value,
                "solved_from_parent": node.solve_for,
                "split_by_rep": node.split_by_rep,
                "split": node.split.value,
                "lower_is_better": node.lower_is_better,
                "weight": _number(node.weight),
                "formula": node.formula,
                "target": _number(node.target),
                "required": _figure_json(figure.required),
                "required_per_rep": _figure_json(splits.required_per_rep),
                "required_by_rep": _split_json(splits.required, rep_names),
                "plan": _number(figure.plan),
                "plan_per_rep": _number(splits.plan_per_rep),
                "projected": _figure_json(figure.projected),
                "gap": _figure_json(figure.gap),
                "on_target": figure.on_target,
            }
        )
    return {
        "plan": plan.name,
        "month": plan.period_start.isoformat()[:7] if plan.period_start else None,
        "rounding_policy": plan.rounding_policy.value,
        "reps": [rep.name for rep in plan.reps if rep.active],
        "nodes": nodes,
    }


def _split_json(split, rep_names: dict[int, str]) -> dict | None:
    if split is None:
        return None
    if not split.ok:
        return {"problem": split.problem.code, "reason": problem_text(split.problem)}
    return {rep_names[rep_id]: _number(part) for rep_id, part in split.parts.items()}


def plan_table(plan: Plan, figures: dict[int, NodeFigures], fmt: NumberFormat) -> str:
    """The tree as aligned text, with the reasons for figures that cannot be computed."""
    header = [
        translate("PlanTreeModel", "KPI"),
        translate("PlanTreeModel", "Unit"),
        translate("PlanTreeModel", "Target / required"),
        translate("PlanTreeModel", "Per rep"),
        translate("PlanTreeModel", "Plan"),
        translate("PlanTreeModel", "Projected"),
        translate("PlanTreeModel", "Gap"),
    ]
    rows, notes = [header], []
    for node_id in plan.tree_order():
        node, figure = plan.nodes[node_id], figures[node_id]
        depth = len(plan.ancestors(node_id))
        unit, label = node.unit, node.unit_label
        gap = fmt.signed(figure.gap.value, unit, label) if figure.gap.ok else "—"
        plan_text = "" if figure.plan is None else fmt.value(figure.plan, unit, label)
        per_rep = fmt.per_rep(rep_splits(plan, node, figure).required, unit, label)
        rows.append(
            [
                "  " * depth + node.name + (" (KGI)" if node.is_root else ""),
                unit_short(unit, label),
                fmt.figure(figure.required, unit, label),
                per_rep,
                plan_text,
                fmt.figure(figure.projected, unit, label),
                gap,
            ]
        )
        for f in (figure.required, figure.projected):
            if f is not None and f.problem is not None and f.problem.code not in NOT_PLANNED_YET:
                note = f"{node.name}: {problem_text(f.problem)}"
                if note not in notes:
                    notes.append(note)
    reps = fill(translate("MainWindow", "Reps: %1"), plan.active_rep_count)
    lines = [f"{plan.name}  ·  {reps}", "", *_align(rows)]
    return "\n".join(lines + (["", *notes] if notes else []))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _align(rows: list[list[str]]) -> list[str]:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            padding = " " * (widths[i] - _width(cell))
            cells.append(cell + padding if i < 2 else padding + cell)
        lines.append("  ".join(cells).rstrip())
    return lines
