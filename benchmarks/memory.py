"""Peak memory with every tab open on a 2,000-KPI plan, against a bare PySide6 + pyqtgraph window.

Each side is a whole process, run A B A B… (at least 7 pairs), and its peak resident memory
(maxrss from wait4) is compared, medians:

- app: KPI Desk started as the user starts it (`kpidesk.app.run_gui` on the plan: the shell,
  then the window), on the plan (realistic figures, 30 reps, a week of actuals for every KPI),
  every tab shown in turn (Tree, Diagram, Actuals, Progress, Reviews, Pipeline; Details,
  SMART), with the KGI selected.
- floor: a QMainWindow with tabs holding a QTreeView of the same rows and columns and a
  pyqtgraph PlotWidget with one line.

Budget: app ≤ 1.3 × floor.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

BUDGET = 1.3
COLUMNS = 8


def build(path: Path, kpis: int) -> None:
    from _plans import realistic_plan

    from kpidesk.services.plan_files import create_plan, open_plan

    first = date.today().replace(day=1)
    create_plan(path, replace(realistic_plan(kpis), period_start=first))
    opened = open_plan(path)
    session = opened.session
    days = [first + timedelta(days=d) for d in range(7)]
    leaves = [n for n in session.plan.nodes if not session.plan.children_of(n)]
    counted = [n for n in leaves if session.plan.nodes[n].unit != "percent"]
    session.record_actuals({(n, 0, d): Fraction(3) for n in counted for d in days})
    opened.close()


def child(kind: str, path: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if kind == "app":
        return start_app(path)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    if kind == "floor":
        import pyqtgraph as pg
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QMainWindow, QTabWidget, QTreeView

        rows = int(os.environ.get("FLOOR_ROWS", "2000"))
        window = QMainWindow()
        tabs = QTabWidget()
        model = QStandardItemModel(0, COLUMNS)
        for row in range(rows):
            model.appendRow([QStandardItem(f"{row * 1000 + c:,}") for c in range(COLUMNS)])
        tree = QTreeView()
        tree.setModel(model)
        plot = pg.PlotWidget()
        plot.plot(list(range(31)), [i * i for i in range(31)])
        tabs.addTab(tree, "Tree")
        tabs.addTab(plot, "Chart")
        window.setCentralWidget(tabs)
        window.resize(1180, 680)
        window.show()
        settle(app)
        tabs.setCurrentIndex(1)
        settle(app)
    os._exit(0)


def start_app(path: str) -> int:
    """The real start-up path; once the window holds the plan, every tab in turn, then leave."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kpidesk.app import run_gui

    settings = Path(path).with_suffix(".settings")
    os.environ["XDG_CONFIG_HOME"] = str(settings / "config")  # not the user's own settings
    os.environ["XDG_DATA_HOME"] = str(settings / "data")

    def when_the_window_is_in() -> None:
        app = QApplication.instance()
        windows = [w for w in app.topLevelWidgets() if hasattr(w, "document") and w.isVisible()]
        if not windows or windows[0].document is None:
            QTimer.singleShot(20, when_the_window_is_in)
            return
        window = windows[0]
        window.tree.setCurrentIndex(window.model.index_of(1))
        settle(app)
        for index in range(window.views.count()):
            window.views.setCurrentIndex(index)
            settle(app)
        for index in range(window.detail_tabs.count()):
            window.detail_tabs.setCurrentIndex(index)
            settle(app)
        window.close()  # the plan's lock goes, so the next run opens it as the user would
        os._exit(0)

    return run_gui([path], on_first_paint=lambda: QTimer.singleShot(0, when_the_window_is_in))


def settle(app) -> None:
    end = time.perf_counter() + 0.2
    while time.perf_counter() < end:
        app.processEvents()


def peak_mb(kind: str, path: Path, rows: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6")
    env["FLOOR_ROWS"] = str(rows)
    command = [sys.executable, __file__, "--child", kind, str(path)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{kind} failed: {process.stderr.read().decode()[-2000:]}")
    process.stderr.close()
    return usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kpis", type=int, default=2000)
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PLAN"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-memory-"))
    try:
        path = folder / "plan.kpidesk"
        build(path, args.kpis)
        peaks: dict[str, list[float]] = {"app": [], "floor": []}
        print(f"Peak memory, {args.pairs} pairs A B, {args.kpis} KPIs\n pair   app MB  floor MB")
        for i in range(args.pairs):
            for kind in ("floor", "app") if i % 2 == 0 else ("app", "floor"):
                peaks[kind].append(peak_mb(kind, path, args.kpis))
            print(f"{i + 1:>5}  {peaks['app'][-1]:>7.0f}  {peaks['floor'][-1]:>8.0f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    app, floor = (statistics.median(peaks[k]) for k in ("app", "floor"))
    ratio = app / floor
    print(f"\nmedian app {app:.0f} MB, floor {floor:.0f} MB: ratio {ratio:.2f} (budget ≤ {BUDGET})")
    print("PASS" if ratio <= BUDGET else "FAIL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
