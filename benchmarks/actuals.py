"""Three years of daily actuals for 30 reps and 25 KPIs: open, chart, reselect, import, memory."""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGETS = {"open to first chart": 1.0, "selection to chart": 0.1, "100,000-row CSV import": 5.0}


def build(folder: Path, reps: int, kpis: int, years: int) -> Path:
    """A plan of `kpis` counted KPIs under a revenue KGI, with a value per rep per day."""
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
    path = folder / "big.kpidesk"
    last = date(2026, 12, 31)
    first = last - timedelta(days=365 * years)
    plan = Plan("benchmark", nodes, team, period_start=date(2026, 12, 1))
    create_plan(path, plan)
    opened = open_plan(path)
    rng = random.Random(1)
    day, rows = first, 0
    while day <= last:
        values = {
            (n, r, day): Fraction(rng.randint(0, 9))
            for n in range(2, kpis + 2)
            for r in range(1, reps + 1)
        }
        opened.session.actuals.put(values)  # bulk load straight into the store
        rows += len(values)
        day += timedelta(days=1)
    opened.session.actuals.db.conn.commit()
    opened.close()
    print(f"built {rows:,} actual rows ({first} to {last})")
    return path


def csv_file(folder: Path, rows: int, reps: int, kpis: int) -> Path:
    path = folder / "crm.csv"
    rng = random.Random(2)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "kpi", "rep", "value"])
        start = date(2026, 12, 1)
        for i in range(rows):
            day = start + timedelta(days=i % 28)
            writer.writerow(
                [
                    day.isoformat(),
                    f"KPI {2 + i % kpis}",
                    f"Rep {1 + i // 28 % reps}",
                    rng.randint(0, 9),
                ]
            )
    return path


def measure(path: Path, data: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kpidesk.services.actuals_file import ColumnMapping, import_file
    from kpidesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    results = {}
    start = time.perf_counter()
    window = MainWindow(settings)
    window.open_file(path)
    window.show()
    window.as_of = date(2026, 12, 15)
    window.tree.setCurrentIndex(window.model.index_of(2))
    window.show_charts()
    window.charts.ensure_panel()
    app.processEvents()
    results["open to first chart"] = time.perf_counter() - start
    timings = []
    for node_id in (3, 4, 5, 6, 7):
        start = time.perf_counter()
        window.tree.setCurrentIndex(window.model.index_of(node_id))
        app.processEvents()
        timings.append(time.perf_counter() - start)
    results["selection to chart"] = sorted(timings)[len(timings) // 2]
    mapping = ColumnMapping(date="date", value="value", kpi="kpi", rep="rep")
    start = time.perf_counter()
    import_file(window.document.session, data, mapping, "benchmark")
    results["100,000-row CSV import"] = time.perf_counter() - start
    window.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--kpis", type=int, default=25)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--import-rows", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-actuals-"))
    path = build(folder, args.reps, args.kpis, args.years)
    data = csv_file(folder, args.import_rows, args.reps, args.kpis)
    results = measure(path, data)
    for label, seconds in results.items():
        verdict = "PASS" if seconds <= BUDGETS[label] else "FAIL"
        print(
            f"{label:<26}{seconds * 1000:9.0f} ms   budget {BUDGETS[label] * 1000:6.0f} ms  "
            f"{verdict}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory               {peak:9.0f} MB   (file {path.stat().st_size / 2**20:.0f} MB)")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    os._exit(main())
