"""Child process for startup.py: opens one window and prints `FIRST_PAINT <time>` when it paints."""

from __future__ import annotations

import os
import sys
import time

USAGE = "usage: python benchmarks/_startup_probe.py app|plan|tree|pyqtgraph DEMO_FILE SETTINGS_DIR"
KINDS = ("app", "plan", "tree", "pyqtgraph")
FLOOR_ROWS = 6  # the demo plan's KPIs, in eight columns like the app's tree


def report_first_paint() -> None:
    """Print the wall-clock time of the first paint and leave at once, skipping teardown."""
    print(f"FIRST_PAINT {time.time():.6f}", flush=True)
    os._exit(0)


def use_settings_dir(settings_dir: str) -> None:
    """Keep Qt's settings and app data in `settings_dir`, away from the user's own."""
    os.environ["XDG_CONFIG_HOME"] = os.path.join(settings_dir, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(settings_dir, "data")


def app_arguments(demo_file: str) -> list[str]:
    """The plan, and `--lang` when startup.py was given one (in $STARTUP_LANG)."""
    language = os.environ.get("STARTUP_LANG")
    return [demo_file, "--lang", language] if language else [demo_file]


def run_app(demo_file: str) -> int:
    """KPI Desk's real start-up path, opening the demo plan."""
    from kpidesk.app import run_gui

    return run_gui(app_arguments(demo_file), on_first_paint=report_first_paint)


def run_app_until_the_plan_shows(demo_file: str) -> int:
    """The same start, timed to the first paint of the window holding the plan (after the
    shell's): what the user waits for before working."""
    from kpidesk.app import run_gui
    from kpidesk.ui import startup

    open_window = startup.open_window

    def open_and_watch(*args, **kwargs):
        window = open_window(*args, **kwargs)  # shown, not painted yet
        startup.FirstPaintWatcher(window, report_first_paint)
        return window

    startup.open_window = open_and_watch
    return run_gui(app_arguments(demo_file))


def run_floor(with_pyqtgraph: bool) -> int:
    """A floor: a QMainWindow holding a QTreeView of the demo plan's size, as the app shows
    first; with `with_pyqtgraph`, pyqtgraph (and numpy) is imported too, but draws nothing,
    since the app's first paint draws no chart either."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView, QWidget

    if with_pyqtgraph:
        import pyqtgraph  # noqa: F401 - after PySide6, as in any PySide6 app that uses it

    class FirstPaint(QObject):
        """Like kpidesk's FirstPaintWatcher: report once, right after the first paint pass."""

        def __init__(self, window: QMainWindow) -> None:
            super().__init__(window)
            self._widgets = [window, *window.findChildren(QWidget)]
            for widget in self._widgets:
                widget.installEventFilter(self)

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                for widget in self._widgets:
                    widget.removeEventFilter(self)
                QTimer.singleShot(0, report_first_paint)
            return False

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = QMainWindow()
    model = QStandardItemModel(0, 8)
    for row in range(FLOOR_ROWS):
        model.appendRow([QStandardItem(f"{row * 1000 + column:,}") for column in range(8)])
    tree = QTreeView()
    tree.setModel(model)
    window.setCentralWidget(tree)
    window.resize(1180, 680)
    FirstPaint(window)
    window.show()
    return app.exec()


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in KINDS:
        print(USAGE, file=sys.stderr)
        return 2
    kind, demo_file, settings_dir = argv
    use_settings_dir(settings_dir)
    if kind == "app":
        return run_app(demo_file)
    if kind == "plan":
        return run_app_until_the_plan_shows(demo_file)
    return run_floor(kind == "pyqtgraph")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
