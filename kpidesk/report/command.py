"""`kpidesk export FILE --pdf OUT.pdf`, loading only what the meeting PDF needs."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from typing import NoReturn

from kpidesk.kept_code import KeptCode, default_store
from kpidesk.qt_import import import_pyside


def add_export_command(commands) -> None:
    """The `export` command's arguments, in the parser of every command and in its own."""
    from PySide6.QtCore import QCoreApplication

    from kpidesk.cli_parsers import plan_command

    translate = QCoreApplication.translate
    report = plan_command(
        commands, "export", translate("Cli", "write the meeting report as PDF (no display needed)")
    )
    report.add_argument(
        "--pdf", required=True, metavar="OUT.pdf", help=translate("Cli", "the PDF to write")
    )
    report.add_argument(
        "--period",
        metavar="YYYY-MM",
        help=translate("Cli", "the period holding this month (the current one by default)"),
    )
    report.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help=translate("Cli", "progress as of this day (today)")
    )
    report.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=translate("Cli", "paper size (A4, or Letter where that is the custom)"),
    )
    report.add_argument("--landscape", action="store_true", help=translate("Cli", "landscape"))
    report.add_argument("--man", action="store_true", help=translate("Cli", "money in 万円"))


def export_report(args: argparse.Namespace) -> int:
    """Open the plan read-only, write the PDF, say how many pages."""
    from PySide6.QtCore import QCoreApplication

    from kpidesk.cli_arguments import closed_period, day_argument
    from kpidesk.i18n.fill import fill
    from kpidesk.report.files import ReportFileError
    from kpidesk.report.options import Paper, ReportOptions, default_paper
    from kpidesk.report.writer import export_pdf
    from kpidesk.services.plan_files import open_plan

    plan_file = open_plan(args.file, read_only=True)
    try:
        session = plan_file.session
        options = ReportOptions(
            paper=Paper(args.paper) if args.paper else default_paper(),
            landscape=args.landscape,
            frozen=closed_period(session, args.period),
            as_of=day_argument(args.as_of),
            money_in_man=args.man,
        )
        try:
            pages = export_pdf(session, args.pdf, options)
        except ReportFileError as error:
            print(f"kpidesk: {error}", file=sys.stderr)
            return 1
    finally:
        plan_file.close()
    print(fill(QCoreApplication.translate("Cli", "Wrote %1 pages to %2"), pages, args.pdf))
    return 0


def main(argv: list[str]) -> int:
    """The whole command as `kpidesk export …` runs it: the plan's Qt-free modules first (PySide6
    reads the source of every module imported after it), then Qt off screen (QtGui: the report
    draws with QPainter alone, QtWidgets is never loaded), then the export."""
    _import_before_qt()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import_pyside()
    from PySide6.QtGui import QGuiApplication

    from kpidesk.ui.module_sources import skip_pyside_source_checks

    skip_pyside_source_checks()  # the report's modules, imported after PySide6, are not read
    from kpidesk.cli_arguments import CliError
    from kpidesk.i18n.catalog import choose_language, install_translators, requested_language

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    install_translators(app, choose_language(requested_language(argv)))
    try:
        return export_report(_parser().parse_args(argv))
    except CliError as error:
        print(f"kpidesk: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # one line, as every command says it
        print(f"kpidesk: {failure_text(error)}", file=sys.stderr)
        return 1


def main_then_exit(argv: list[str]) -> NoReturn:
    """The command, then straight out of the process: with the PDF written and synced and the
    plan closed, Python's and Qt's teardown does nothing the user waits for (about 70 ms of
    CPU here, an eighth of the command). What the previous export compiled alike (the
    dataclasses' methods, shiboken's support modules) is used again (kpidesk.kept_code).
    Nor does it collect cycles: about 80 automatic collections over the modules it loads took
    10 ms of the 12-page export, and the few cycles it makes go with the process."""
    gc.disable()
    kept_code = KeptCode(default_store())
    kept_code.install()
    code = main(argv)
    kept_code.save()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def failure_text(error: Exception) -> str:
    """What went wrong, in one line of the user's language."""
    from kpidesk.domain.problems import ValidationError
    from kpidesk.i18n.messages import file_error_text, refusal_text, storage_error_text
    from kpidesk.services.plan_files import PlanFileError
    from kpidesk.services.storage_faults import StorageError

    if isinstance(error, PlanFileError):
        return file_error_text(error.code, error.path, error.detail)
    if isinstance(error, ValidationError):
        return " ".join(refusal_text(error).split())
    if isinstance(error, StorageError):
        return storage_error_text(error.code, error.detail)
    return f"{type(error).__name__}: {error}"


def _parser() -> argparse.ArgumentParser:
    from PySide6.QtCore import QCoreApplication

    from kpidesk.cli_arguments import CommandParser

    root = CommandParser(
        prog="kpidesk", description=QCoreApplication.translate("Cli", "KPI Desk headless commands")
    )
    commands = root.add_subparsers(dest="command", required=True, parser_class=CommandParser)
    add_export_command(commands)
    return root


def _import_before_qt() -> None:
    import kpidesk.services.attribution_service
    import kpidesk.services.chart_data
    import kpidesk.services.plan_files
    import kpidesk.services.progress_service
    import kpidesk.services.review_service
    import kpidesk.services.smart_service  # noqa: F401
