"""Collect from reps: 200 packages x one month of daily actuals x 25 KPIs into one plan.

The set-up (not timed) makes a plan of 25 KPIs split across 200 reps for November 2026, sends
the 200 packages, and writes into each, as its rep would, a value for every KPI on every day
of the month (30 x 25 = 750 values, 150,000 in all). Then a fresh child process collects them
all, as `kpidesk collect` and the window do: the plan snapshot and the preview (reading every
package), and the load as one transaction; it reports the time of each step and its peak
memory (maxrss of that child alone). Budget: 3 s for preview and load together.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

BUDGET_SECONDS = 3.0


def build(folder: Path, reps: int, kpis: int) -> Path:
    from kpidesk.domain.model import Node, Plan, Relation, Rep, Split, Unit
    from kpidesk.services.plan_files import create_plan, open_plan
    from kpidesk.services.team_packages import send_packages

    nodes = {1: Node(1, None, 0, "Revenue", Unit.COUNT, relation=Relation.SUM)}
    for i in range(2, kpis + 2):
        nodes[i] = Node(i, 1, i - 2, f"KPI {i}", Unit.COUNT, plan=Fraction(1000), split=Split.EVEN)
    team = [Rep(r, f"Rep {r}", r - 1) for r in range(1, reps + 1)]
    plan_path = folder / "team.kpidesk"
    create_plan(plan_path, Plan("team", nodes, team, period_start=date(2026, 11, 1)))
    packages = folder / "packages"
    packages.mkdir()
    plan_file = open_plan(plan_path)
    try:
        paths = send_packages(plan_file.session, packages)
    finally:
        plan_file.close()
    days = [date(2026, 11, 1) + timedelta(days=d) for d in range(30)]
    for number, path in enumerate(paths, start=1):
        with sqlite3.connect(path) as connection:
            connection.executemany(
                "INSERT INTO actual (node_id, rep_id, day, value_e4) VALUES (?, ?, ?, ?)",
                [
                    (node_id, number, day.isoformat(), (node_id + day.day + number) * 10_000)
                    for node_id in range(2, kpis + 2)
                    for day in days
                ],
            )
        connection.close()
    return plan_path


def child(plan_path: str, packages: str) -> None:
    from kpidesk.services.plan_files import open_plan
    from kpidesk.services.rep_collect import (
        KEEP_MINE,
        package_paths,
        plan_facts,
        preview_packages,
    )

    plan_file = open_plan(plan_path)
    session = plan_file.session
    started, cpu_started = time.perf_counter(), time.process_time()
    period = session.current_period()
    facts = plan_facts(session.store.db, (period.first_day, period.last_day))
    previews = preview_packages(facts, package_paths([packages]))
    previewed = time.perf_counter()
    outcome = session.collect_packages(previews, {}, KEEP_MINE)
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    values = len(outcome.change.edits[0].after)
    refused = sum(1 for p in previews if p.refusal)
    plan_file.close()
    cpu = cpu_loaded - cpu_started
    print(f"RESULT {previewed - started:.3f} {loaded - previewed:.3f} {values} {refused} {cpu:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=200)
    parser.add_argument("--kpis", type=int, default=25)
    parser.add_argument("--check", action="store_true", help="exit 1 over budget")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        made = time.perf_counter()
        plan_path = build(folder, args.reps, args.kpis)
        print(f"set-up: {args.reps} packages sent and filled in {time.perf_counter() - made:.1f} s")
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(plan_path), str(folder / "packages")],
            stdout=subprocess.PIPE,
            text=True,
        )
        out = process.stdout.read()
        _pid, _status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    line = next(line for line in out.splitlines() if line.startswith("RESULT"))
    preview, load, values, refused, cpu = line.split()[1:]
    total = float(preview) + float(load)
    print(f"preview (snapshot + read {args.reps} packages): {float(preview):.2f} s")
    print(f"load ({values} values, one transaction):       {float(load):.2f} s")
    print(f"preview + load: {total:.2f} s (budget {BUDGET_SECONDS:.0f} s); refused: {refused}")
    print(f"CPU time of preview + load: {float(cpu):.2f} s (the machine's load: {_load()})")
    print(f"child process wall time incl. start-up: {wall:.2f} s")
    print(f"peak memory of the child: {usage.ru_maxrss / 1024:.0f} MB")
    verdict = "PASS" if total <= BUDGET_SECONDS else "FAIL"
    print(verdict)
    return 1 if args.check and verdict == "FAIL" else 0


def _load() -> str:
    try:
        return ", ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
