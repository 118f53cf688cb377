"""Starting the window: application set-up, and which plan it opens first."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kpidesk.i18n.catalog import choose_language, install_translators
from kpidesk.ui import clipboard_handoff
from kpidesk.ui.fonts import use_bundled_font
from kpidesk.ui.recent_files import last_file, recent_files
from kpidesk.ui.shell import StartupShell, show_app_icon

if TYPE_CHECKING:  # the window and its plan are imported after the shell has painted
    from kpidesk.ui.main_window import MainWindow
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
        from kpidesk.ui.help_menu import new_demo_copy

        return new_demo_copy()
    last = last_file(settings)
    return Path(last) if last else None


def show_welcome(window: MainWindow, settings: QSettings) -> WelcomeDialog:
    """The first start (or a start whose last plan is gone): the ways in, beside the window."""
    from PySide6.QtCore import Qt

    from kpidesk.ui.welcome import WelcomeDialog

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
    after_window_paint: Callable[[], None] | None = None,
) -> int:
    """Set up Qt, paint the light shell, then open the plan in the real window and run until it
    closes. `on_first_paint` is called right after the shell's first paint, `after_window_paint`
    in the event loop's turn after the real window's."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("KPI Desk")
    app.setApplicationName("KPI Desk")
    use_bundled_font(app)
    install_translators(app, choose_language(language))
    show_app_icon(app)
    clipboard_handoff.install(app)
    settings = QSettings()
    shell = StartupShell()

    def open_the_plan() -> None:
        try:
            open_window(shell, settings, file, demo, screenshot, after_window_paint)
        except Exception:  # no window to hand over to: leave, rather than show the shell for ever
            shell.close()
            app.exit(1)
            raise

    def after_shell_paint() -> None:
        if on_first_paint is not None:
            on_first_paint()
        QTimer.singleShot(0, open_the_plan)

    FirstPaintWatcher(shell, after_shell_paint)
    shell.show()
    return app.exec()


def open_window(
    shell: StartupShell,
    settings: QSettings,
    file: str | None,
    demo: bool,
    screenshot: str | None,
    after_paint: Callable[[], None] | None = None,
) -> MainWindow:
    """Build the real window (importing the plan file, the services and the views now), open
    the plan in it and put it where the shell is."""
    from kpidesk.ui.icons import app_icon
    from kpidesk.ui.main_window import MainWindow
    from kpidesk.ui.screenshot import take_when_settled

    QApplication.instance().setWindowIcon(app_icon())  # every size drawn, for the taskbar
    window = MainWindow(settings)
    path = plan_to_open(file, demo or bool(screenshot and not last_file(settings)), settings)
    if path is not None:
        window.open_file(path, ask_when_held=not screenshot)  # a screenshot never waits

    def after_first_paint() -> None:
        if after_paint is not None:
            QTimer.singleShot(0, after_paint)
        if path is None and not screenshot:
            show_welcome(window, settings)
        if screenshot:  # once the header and the pace rows are in (kpidesk.ui.screenshot)
            app = QApplication.instance()
            take_when_settled(window, screenshot, lambda: (window.close(), app.quit()))

    FirstPaintWatcher(window, after_first_paint)
    shell.hand_over(window)
    return window
