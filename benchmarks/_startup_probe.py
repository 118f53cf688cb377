"""Child process for startup.py: opens one window and prints `FIRST_PAINT <time>` when it paints."""

from __future__ import annotations

import os
import sys
import time

USAGE = "usage: python benchmarks/_startup_probe.py app|floor DEMO_FILE SETTINGS_DIR"
CURVE = ([0, 1, 2, 3, 4, 5, 6], [3, 5, 4, 7, 6, 8, 9])


def report_first_paint() -> None:
    """Print the wall-clock time of the first paint and leave at once, skipping teardown."""
    print(f"FIRST_PAINT {time.time():.6f}", flush=True)
    os._exit(0)


def use_settings_dir(settings_dir: str) -> None:
    """Keep Qt's settings and app data in `settings_dir`, away from the user's own."""
    os.environ["XDG_CONFIG_HOME"] = os.path.join(settings_dir, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(settings_dir, "data")


def run_app(demo_file: str) -> int:
    """KPI Desk's real start-up path, opening the demo plan."""
    from kpidesk.app import run_gui

    return run_gui([demo_file], on_first_paint=report_first_paint)


def run_floor() -> int:
    """The floor: a QMainWindow holding a pyqtgraph PlotWidget with one small line."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    # isort: split
    import pyqtgraph as pg  # after PySide6, as in any PySide6 app that uses pyqtgraph

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
    plot = pg.PlotWidget()
    plot.plot(*CURVE)
    window.setCentralWidget(plot)
    window.resize(1180, 680)
    # The plot's opaque viewport covers the whole window, so Qt never sends the QMainWindow
    # itself a Paint event; watch its children too. The app's window does get one, first in
    # the same paint pass as its children, so both report just after the first paint pass.
    FirstPaint(window)
    window.show()
    return app.exec()


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("app", "floor"):
        print(USAGE, file=sys.stderr)
        return 2
    kind, demo_file, settings_dir = argv
    use_settings_dir(settings_dir)
    return run_app(demo_file) if kind == "app" else run_floor()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
