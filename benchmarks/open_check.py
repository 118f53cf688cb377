"""What checking a plan before opening it costs: the read-only check alone and the whole open.

    .venv/bin/python benchmarks/open_check.py [--kpis 2000] [--runs 5]

Builds plans of `--kpis` KPIs (benchmarks/_plans.realistic_plan) with 0, 200,000 and 800,000
actual rows and prints, per plan, its size and the median over `--runs` of:
- check: storage.plan_check.check_plan_file (quick_check when the file is at most
  QUICK_CHECK_MAX_BYTES, the shape, every row's values, the tree, the full load and figures);
- open: services.plan_files.open_plan and close (the check, the lock, the session's own load).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._plans import realistic_plan
from kpidesk.services.plan_files import create_plan, open_plan
from kpidesk.storage.plan_check import QUICK_CHECK_MAX_BYTES, check_plan_file


def build(folder: Path, kpis: int, rows: int) -> Path:
    path = folder / f"plan-{kpis}-{rows}.kpidesk"
    plan = realistic_plan(kpis)
    plan.period_start = date(2026, 11, 1)
    create_plan(path, plan)
    leaves = [n.id for n in plan.nodes.values() if not plan.has_children(n.id)][:40]
    opened = open_plan(path)
    day0, batch, made = date(2020, 1, 1), {}, 0
    while made < rows:
        node, rep, day = leaves[made % 40], 1 + (made // 40) % 20, made // 800
        batch[(node, rep, day0 + timedelta(days=day))] = 1 + made % 97
        made += 1
        if len(batch) == 50_000 or made == rows:
            opened.session.actuals.put(batch)
            batch = {}
    opened.session.actuals.db.conn.commit()
    opened.close()
    return path


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kpis", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"quick_check on open up to {QUICK_CHECK_MAX_BYTES / 2**20:.0f} MB")
    with tempfile.TemporaryDirectory() as folder:
        for rows in (0, 200_000, 800_000):
            path = build(Path(folder), args.kpis, rows)
            check = median_seconds(lambda p=path: check_plan_file(p), args.runs)
            opening = median_seconds(lambda p=path: open_plan(p).close(), args.runs)
            size = path.stat().st_size / 2**20
            print(
                f"{args.kpis:,} KPIs, {rows:>7,} actuals, {size:5.1f} MB:"
                f" check {check * 1000:6.0f} ms, open {opening * 1000:6.0f} ms"
                f" (check {check / opening:.0%} of it)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
