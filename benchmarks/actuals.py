"""Years of daily actuals for 30 reps and 25 KPIs: open to the first chart, selection to chart.

Each against its floor in the same interleaved run (A B A B…, medians):

- open → first chart: a whole process each (`_chart_probe.py`), from just before Popen to the
  first paint of a chart: KPI Desk opening the plan on its Progress tab, against a bare
  pyqtgraph window that runs the same query with sqlite3 and draws one line. Budget 1.3×.
- selection → chart: in the real window, from selecting another KPI to its chart repainted,
  against the same bare pyqtgraph window running that KPI's query and redrawing its line.
  Budget: one frame (16 ms), at any history length (`--years 29` makes about 8M rows).

The plan has a closed period for every month of its history (the trend across periods reads
them all) and today's month open. CSV import is `csv_import.py`.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from fractions import Fraction
from pathlib import Path

from _installed import installed_environment

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROBE = Path(__file__).with_name("_chart_probe.py")
OPEN_BUDGET = 1.3  # app / floor
FRAME_MS = 16.0
TIMEOUT_S = 120


def build(folder: Path, reps: int, kpis: int, years: int, today: date) -> Path:
    """`kpis` counted KPIs under a revenue KGI, a value per rep per day for `years` years up
    to `today`, every month before today's closed as a period of its own."""
    from kpidesk.domain.model import Node, Plan, Relation, Rep, Split, Unit
    from kpidesk.services.plan_files import create_plan, open_plan

    nodes = {
        1: Node(1, None, 0, "Revenue", Unit.CURRENCY, relation=Relation.SUM, target=Fraction(10**8))
    }
    for i in range(2, kpis + 2):
        nodes[i] = Node(
            i,
            1,
            i - 2,
            f"KPI {i}",
            Unit.COUNT,
            solve_for=i == 2,
            target=Fraction(1000),
            plan=Fraction(1000),
            split=Split.EVEN,
        )
    team = [Rep(r, f"Rep {r}", r - 1) for r in range(1, reps + 1)]
    first = date(today.year - years, today.month, 1)
    path = folder / "big.kpidesk"
    create_plan(path, Plan("benchmark", nodes, team, period_start=first))
    db = sqlite3.connect(path)  # bulk load straight into the table, as years of imports did
    rng = random.Random(1)
    rows = 0
    with db:
        for ordinal in range(first.toordinal(), today.toordinal() + 1):
            day = date.fromordinal(ordinal).isoformat()
            db.executemany(
                "INSERT INTO actual (node_id, rep_id, day, value_e4) VALUES (?, ?, ?, ?)",
                [
                    (n, r, day, rng.randint(0, 9) * 10_000)
                    for n in range(2, kpis + 2)
                    for r in range(1, reps + 1)
                ],
            )
            rows += kpis * reps
    db.close()
    opened = open_plan(path)
    months = 0
    while opened.session.current_period().last_day < today:
        opened.session.start_next_period("same")
        months += 1
    opened.close()
    size = path.stat().st_size >> 20
    print(
        f"built {rows:,} actual rows ({first} to {today}), {months} closed periods, {size:.0f} MB"
    )
    return path


def reused_or_built(args, folder: Path, today: date) -> Path:
    """The plan to time: a copy of `--plan` when that file exists, else a new one (kept as
    `--plan` when asked). The timed runs use a copy, so the kept file stays as built."""
    if args.plan is None:
        return build(folder, args.reps, args.kpis, args.years, today)
    if not args.plan.exists():
        built = build(folder, args.reps, args.kpis, args.years, today)
        shutil.copyfile(built, args.plan)
        return built
    print(f"reusing {args.plan} ({args.plan.stat().st_size >> 20} MB)")
    copy = folder / "big.kpidesk"
    shutil.copyfile(args.plan, copy)
    return copy


def first_chart(
    kind: str, path: Path, settings: Path, node_id: int, as_of: date
) -> tuple[float, float]:
    """Seconds from just before Popen to the child's first chart paint, and the child's CPU
    seconds (every thread's, from its start) by then."""
    command = [sys.executable, str(PROBE), kind, str(path), str(settings), str(node_id)]
    command.append(as_of.isoformat())
    env = installed_environment(settings, PYQTGRAPH_QT_LIB="PySide6")
    start = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    for line in result.stdout.splitlines():
        if line.startswith("FIRST_CHART "):
            _, painted, cpu = line.split()
            return float(painted) - start, float(cpu)
    raise RuntimeError(f"{kind} probe did not draw:\n{result.stdout}{result.stderr}")


def measure_open(path: Path, folder: Path, pairs: int, as_of: date) -> dict[str, float]:
    """Median wall and CPU milliseconds of each side: "app", "floor", "app CPU", "floor CPU";
    and "paired", the median of each pair's own ratio (app / floor, wall)."""
    settings = folder / "settings"
    settings.mkdir(exist_ok=True)
    for kind in ("floor", "app"):  # untimed warm-up: file cache, .pyc files
        first_chart(kind, path, settings, 2, as_of)
    times: dict[str, list[float]] = {"app": [], "floor": [], "app CPU": [], "floor CPU": []}
    for i in range(pairs):
        for kind in ("floor", "app") if i % 2 == 0 else ("app", "floor"):
            wall, cpu = first_chart(kind, path, settings, 2, as_of)
            times[kind].append(wall)
            times[f"{kind} CPU"].append(cpu)
    medians = {kind: statistics.median(values) * 1000 for kind, values in times.items()}
    paired = [app / floor for app, floor in zip(times["app"], times["floor"], strict=True)]
    return medians | {"paired": statistics.median(paired)}


class ChartPainted:
    """Counts paints of pyqtgraph views, to stop a clock when a chart has redrawn."""

    def __init__(self, app) -> None:
        import pyqtgraph as pg
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint and isinstance(
                    watched.parent(), pg.GraphicsView
                ):
                    counter.count += 1
                return False

        self.count = 0
        self.filter = Filter()
        app.installEventFilter(self.filter)

    def wait_for_next(self, app) -> None:
        before = self.count
        deadline = time.perf_counter() + TIMEOUT_S
        while self.count == before:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the chart did not repaint")

    def settle(self, app, quiet_s: float = 0.05) -> None:
        """Untimed: let every event a side left run out (a second paint after the one timed
        was counted in the other side's time), until nothing painted for `quiet_s`."""
        seen, quiet_since = self.count, time.perf_counter()
        while time.perf_counter() - quiet_since < quiet_s:
            app.processEvents()
            time.sleep(0.001)
            if self.count != seen:
                seen, quiet_since = self.count, time.perf_counter()


def measure_selection(path: Path, folder: Path, pairs: int, kpis: int, as_of: date):
    import pyqtgraph as pg
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow

    from kpidesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    painted = ChartPainted(app)
    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    os.environ["KPIDESK_BACKUP_DIR"] = str(folder / "backups")  # not the user's own folder
    window = MainWindow(settings)
    window.open_file(path)
    window.as_of = as_of
    window.show_charts()
    window.show()
    window.tree.setCurrentIndex(window.model.index_of(2))
    painted.wait_for_next(app)
    # the copy made as the plan opens runs in a worker thread for seconds at 8M rows (527 MB):
    # wait for it, untimed, so that the selections are timed as they are after it
    window.backup_actions.keeper.finish()
    app.processEvents()

    floor = QMainWindow()
    plot = pg.PlotWidget()
    curve = plot.plot([0], [0])
    floor.setCentralWidget(plot)
    floor.resize(1180, 680)
    floor.show()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    first = as_of.replace(day=1).isoformat()

    def app_side(node_id: int) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.thread_time()
        window.tree.setCurrentIndex(window.model.index_of(node_id))
        painted.wait_for_next(app)
        return time.perf_counter() - start, time.thread_time() - cpu

    def floor_side(node_id: int) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.thread_time()
        rows = connection.execute(
            "SELECT day, SUM(value_e4) FROM actual WHERE node_id = ? AND day BETWEEN ? AND ?"
            " GROUP BY day ORDER BY day",
            [node_id, first, as_of.isoformat()],
        ).fetchall()
        total, ys = 0, []
        for _day, value in rows:
            total += value / 10_000
            ys.append(total)
        curve.setData(list(range(len(ys))), ys)
        painted.wait_for_next(app)
        return time.perf_counter() - start, time.thread_time() - cpu

    app_side(3), painted.settle(app), floor_side(3), painted.settle(app)  # untimed warm-up
    times: dict[str, list[float]] = {"app": [], "floor": [], "app CPU": [], "floor CPU": []}
    for i in range(pairs):
        node_id = 2 + (i + 2) % kpis
        sides = (("floor", floor_side), ("app", app_side))
        for name, side in sides if i % 2 == 0 else sides[::-1]:
            wall, cpu = side(node_id)
            painted.settle(app)
            times[name].append(wall)
            times[f"{name} CPU"].append(cpu)  # the UI thread's own: steadier on a busy machine
    return {kind: statistics.median(values) * 1000 for kind, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--kpis", type=int, default=25)
    parser.add_argument("--years", type=int, default=3, help="history (29 years: about 8M rows)")
    parser.add_argument("--pairs", type=int, default=7, help="interleaved pairs (default 7)")
    parser.add_argument(
        "--plan",
        type=Path,
        help="keep the built plan in this file and reuse it when it is there (8M rows take a"
        " while to build); it must have been built today with the same --reps/--kpis/--years",
    )
    parser.add_argument(
        "--selection-only", action="store_true", help="time selection → chart only, not the open"
    )
    args = parser.parse_args()
    today = date.today()
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-actuals-"))
    try:
        path = reused_or_built(args, folder, today)
        opened = None if args.selection_only else measure_open(path, folder, args.pairs, today)
        selected = measure_selection(path, folder, args.pairs, args.kpis, today)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\n{args.pairs} interleaved pairs each, medians")
    if opened is not None:
        open_ratio = opened["app"] / opened["floor"]
        print(
            f"open → first chart   app {opened['app']:7.0f} ms  floor {opened['floor']:7.0f} ms"
            f"  ratio {open_ratio:5.2f}  budget ≤ {OPEN_BUDGET}  "
            + ("PASS" if open_ratio <= OPEN_BUDGET else "FAIL")
        )
        print(
            f"  (CPU to the chart   app {opened['app CPU']:7.0f} ms  floor"
            f" {opened['floor CPU']:7.0f} ms  ratio {opened['app CPU'] / opened['floor CPU']:5.2f})"
        )
        print(f"  (pair by pair: the median of each pair's own ratio {opened['paired']:5.2f})")
    print(
        f"selection → chart    app {selected['app']:7.1f} ms  floor {selected['floor']:7.1f} ms"
        f"  ratio {selected['app'] / selected['floor']:5.2f}  budget ≤ {FRAME_MS:.0f} ms  "
        + ("PASS" if selected["app"] <= FRAME_MS else "FAIL")
    )
    app_cpu, floor_cpu = selected["app CPU"], selected["floor CPU"]
    print(
        f"  UI thread's CPU    app {app_cpu:7.1f} ms  floor {floor_cpu:7.1f} ms"
        f"  ratio {app_cpu / floor_cpu:5.2f}"
        f"  (load average {os.getloadavg()[0]:.1f})"
    )
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    os._exit(main())
