"""Child process for actuals.py: opens a plan to its first chart and prints `FIRST_CHART <time>`.

    python benchmarks/_chart_probe.py app|floor PLAN_FILE SETTINGS_DIR NODE_ID AS_OF

- app: KPI Desk's window on the plan, the Progress tab showing NODE_ID as of AS_OF, in a
  process prepared as `kpidesk` prepares its own (kpidesk.app.prepare_window_process: the code
  the last start compiled alike is used again, from SETTINGS_DIR/cache; actuals.py's
  untimed warm-up run writes it).
- floor: a bare pyqtgraph window that runs the query the chart needs (the KPI's daily team
  totals in the period, summed over reps) with plain sqlite3 and draws them cumulated as one
  line.
Both report right after the first paint of a pyqtgraph view (`FIRST_CHART <time> <CPU
seconds>`), and leave with os._exit(0).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date

USAGE = __doc__.splitlines()[2].strip()


def report(after=None) -> None:
    """The wall-clock time and this process's CPU time (every thread's) at the first chart."""
    print(f"FIRST_CHART {time.time():.6f} {time.process_time():.6f}", flush=True)
    if after is not None:
        after()  # past the clock
    os._exit(0)


def watch_first_chart_paint(app, after=None) -> None:
    """Report after the first Paint of any pyqtgraph GraphicsView's viewport, then run
    `after`."""
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and isinstance(watched.parent(), pg.GraphicsView):
                app.removeEventFilter(self)
                QTimer.singleShot(0, lambda: report(after))
            return False

    app._chart_watcher = Watcher()  # kept alive with the app
    app.installEventFilter(app._chart_watcher)


def run_app(path: str, node_id: int, as_of: date) -> int:
    from kpidesk.app import prepare_window_process

    kept_code = prepare_window_process()  # as `kpidesk` starts: kept code, sources not kept
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kpidesk.ui.gui_thread_gc import collect_on_gui_thread
    from kpidesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    collect_on_gui_thread(app)  # as run_gui: cycles are collected on the GUI thread's timer
    settings = QSettings()
    window = MainWindow(settings)
    window.open_file(path)
    window.as_of = as_of
    window.tree.setCurrentIndex(window.model.index_of(node_id))
    window.show_charts()
    # close the plan once the chart is timed, as a closed window does: left locked by a dead
    # process, every next run opened it as after a crash (quick_check of the whole file)
    def after_chart() -> None:
        window.document.close()
        kept_code.save_and_uninstall()

    import kpidesk.ui.charts.qtgraph  # noqa: F401 - pyqtgraph loaded as the window loads it
    watch_first_chart_paint(app, after=after_chart)  # imports pyqtgraph: loaded by now
    window.show()
    return app.exec()


def run_floor(path: str, node_id: int, as_of: date) -> int:
    import sqlite3

    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    first = as_of.replace(day=1)
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = connection.execute(
        "SELECT day, SUM(value_e4) FROM actual WHERE node_id = ? AND day BETWEEN ? AND ?"
        " GROUP BY day ORDER BY day",
        [node_id, first.isoformat(), as_of.isoformat()],
    ).fetchall()
    total, xs, ys = 0, [], []
    for i, (_day, value) in enumerate(rows):
        total += value / 10_000
        xs.append(i)
        ys.append(total)
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot(xs, ys)
    window.setCentralWidget(plot)
    window.resize(1180, 680)
    watch_first_chart_paint(app)
    window.show()
    return app.exec()


def main(argv: list[str]) -> int:
    if len(argv) != 5 or argv[0] not in ("app", "floor"):
        print(USAGE, file=sys.stderr)
        return 2
    kind, path, settings_dir, node_id, as_of = argv
    os.environ["XDG_CONFIG_HOME"] = os.path.join(settings_dir, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(settings_dir, "data")
    os.environ["XDG_CACHE_HOME"] = os.path.join(settings_dir, "cache")
    run = run_app if kind == "app" else run_floor
    return run(path, int(node_id), date.fromisoformat(as_of))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
