"""Entry point: `kpidesk` opens the window; `kpidesk new|show …` runs a headless command."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from kpidesk.i18n.fill import fill

CLI_COMMANDS = (
    *("new", "show", "export-def", "import", "export-actuals", "export"),
    *("backups", "restore"),
    *("package", "collect", "history", "notes"),
    *("import-yomi", "export-yomi"),
    *("reopen", "close-period"),
)
APP_NAME = "KPI Desk"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in CLI_COMMANDS:
        if argv[0] == "export":  # the meeting PDF: only what it draws, not every command
            from kpidesk.report.command import main_then_exit

            main_then_exit(argv)
        from kpidesk.qt_import import import_pyside

        import_pyside()  # every command speaks through Qt's translations
        from kpidesk.cli import run

        return run(argv)
    return run_gui(argv)


def run_gui(argv: list[str], on_first_paint: Callable[[], None] | None = None) -> int:
    headless = _no_display()
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    kept_code = prepare_window_process()
    from PySide6.QtWidgets import QApplication

    from kpidesk.i18n.catalog import choose_language, install_translators, requested_language

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from kpidesk.ui.gui_thread_gc import collect_on_gui_thread

    collect_on_gui_thread(app)  # a collection in a worker thread can freeze the window
    language = choose_language(requested_language(argv))
    install_translators(app, language)

    from kpidesk.ui.startup import gui_arguments, start_gui

    args = gui_arguments(argv)
    if headless:
        args.screenshot = args.screenshot or str(no_display_picture())
        print(no_display_message(args.screenshot), file=sys.stderr)
        _quiet_offscreen_notices()
    return start_gui(
        args.file, args.demo, language, args.screenshot, on_first_paint,
        kept_code.save_and_uninstall,
    )


def prepare_window_process():
    """Before the window's imports: what the last start compiled alike (the dataclasses'
    methods, shiboken's support modules) is used again, and PySide6 neither reads nor keeps
    each later module's source (`kpidesk.ui.module_sources`). Returns the `KeptCode`, whose
    `save_and_uninstall()` is for after the window has painted. Python collects no cycles on
    its own from here: the GUI thread's collector (`collect_on_gui_thread`) does it, on a
    timer, once the application object exists; until then PySide6's import made about 25
    automatic collections (5 ms) of no garbage worth it. `benchmarks/_chart_probe.py` starts
    the same way, and installs that collector as `run_gui` does."""
    import gc

    gc.disable()
    from kpidesk.kept_code import KeptCode, default_store

    kept_code = KeptCode(default_store("window-code"))
    kept_code.install()
    from kpidesk.qt_import import import_pyside

    import_pyside()  # loads the support module whose check is replaced

    from kpidesk.ui.module_sources import skip_pyside_source_checks

    skip_pyside_source_checks()  # PySide6 would read and keep every later module's source
    return kept_code


def no_display_picture() -> Path:
    """Where the window is drawn when there is no display: the temporary folder, never the
    folder the command was run in (a manager's Documents or a repository)."""
    import tempfile

    return Path(tempfile.gettempdir()) / "kpidesk-window.png"


def no_display_message(target: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return fill(
        QCoreApplication.translate(
            "Startup",
            "kpidesk: no display found, so the window is drawn off screen into %1. "
            "Run KPI Desk on a desktop, or under xvfb-run, to use it.",
        ),
        target,
    )


def _quiet_offscreen_notices() -> None:
    """The offscreen platform says it cannot size windows to their hints: true, and no news to
    a user who asked for a picture. Every other message still goes through."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message: str) -> None:
        if "does not support propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )
