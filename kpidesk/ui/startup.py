"""Starting the window: application set-up, and which plan it opens first."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kpidesk.i18n.catalog import choose_language, install_translators
from kpidesk.i18n.messages import demo_label
from kpidesk.services.demo import write_demo_plan
from kpidesk.ui.fonts import use_bundled_font
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.recent_files import last_file

translate = QCoreApplication.translate
DEMO_FILE = "demo.kpidesk"


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


def demo_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return folder / DEMO_FILE


def plan_to_open(file: str | None, demo: bool, settings: QSettings) -> Path | None:
    """The named file; else the demo plan (made on first use); else the last plan opened."""
    if file:
        return Path(file)
    last = None if demo else last_file(settings)
    if last:
        return Path(last)
    path = demo_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_demo_plan(path, demo_label)
    return path


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
    settings = QSettings()
    window = MainWindow(settings)
    path = plan_to_open(file, demo, settings)
    if path is not None:
        window.open_file(path)

    def after_first_paint() -> None:
        if on_first_paint is not None:
            on_first_paint()
        if screenshot:
            window.grab().save(screenshot)
            window.close()
            app.quit()

    FirstPaintWatcher(window, after_first_paint)
    window.show()
    return app.exec()
