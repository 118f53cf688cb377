"""Starting the window: application set-up, and which plan it opens first."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kpidesk.i18n.catalog import choose_language, install_translators
from kpidesk.ui import clipboard_handoff
from kpidesk.ui.fonts import use_bundled_font
from kpidesk.ui.help_menu import new_demo_copy
from kpidesk.ui.icons import app_icon
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.recent_files import last_file, recent_files
from kpidesk.ui.screenshot import take_when_settled
from kpidesk.ui.welcome import WelcomeDialog

translate = QCoreApplication.translate


def gui_arguments(argv: list[str]) -> argparse.Namespace:
    """The window's command line, with help in the user's language."""
    parser = argparse.ArgumentParser(
        prog="kpidesk",
        description=translate("Startup", "KPI Desk: plan, track and review sales KPIs."),
        epilog=translate(
            "Startup", "Headless commands: kpidesk new FILE [--demo], kpidesk show FILE [--json]"
        ),
    )
    parser.add_argument(
        "file", nargs="?", help=translate("Startup", "plan file to open (.kpidesk)")
    )
    parser.add_argument(
        "--demo", action="store_true", help=translate("Startup", "open the demo plan")
    )
    parser.add_argument("--lang", choices=("ja", "en"), help=translate("Startup", "language"))
    parser.add_argument(
        "--screenshot", metavar="PNG", help=translate("Startup", "save the window as PNG and quit")
    )
    return parser.parse_args(argv)


def plan_to_open(file: str | None, demo: bool, settings: QSettings) -> Path | None:
    """The named file; else a fresh copy of the demo plan when asked; else the last plan
    opened; else nothing (the first start, which shows the welcome)."""
    if file:
        return Path(file)
    if demo:
        return new_demo_copy()
    last = last_file(settings)
    return Path(last) if last else None


def show_welcome(window: MainWindow, settings: QSettings) -> WelcomeDialog:
    """The first start (or a start whose last plan is gone): the ways in, beside the window."""
    dialog = WelcomeDialog(window, recent_files(settings))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class FirstPaintWatcher(QObject):
    """Calls `callback` once, right after the watched widget first paints."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def start_gui(
    file: str | None,
    demo: bool,
    language: str | None,
    screenshot: str | None,
    on_first_paint: Callable[[], None] | None = None,
) -> int:
    """Set up Qt, open the plan, show the window and run until it closes."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("KPI Desk")
    app.setApplicationName("KPI Desk")
    use_bundled_font(app)
    install_translators(app, choose_language(language))
    app.setWindowIcon(app_icon())
    clipboard_handoff.install(app)
    settings = QSettings()
    window = MainWindow(settings)
    path = plan_to_open(file, demo or bool(screenshot and not last_file(settings)), settings)
    if path is not None:
        window.open_file(path, ask_when_held=not screenshot)  # a screenshot never waits

    def after_first_paint() -> None:
        if on_first_paint is not None:
            on_first_paint()
        if path is None and not screenshot:
            show_welcome(window, settings)
        if screenshot:  # once the header and the pace rows are in (kpidesk.ui.screenshot)
            take_when_settled(window, screenshot, lambda: (window.close(), app.quit()))

    FirstPaintWatcher(window, after_first_paint)
    window.show()
    return app.exec()
