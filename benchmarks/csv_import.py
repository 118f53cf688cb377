"""CSV import of 1,000,000 distinct actuals: `kpidesk import` against `sqlite-utils insert --csv`.

Both are whole commands, run A B A B… (at least 7 pairs), each timed from just before it starts
to its exit, with its peak memory (maxrss of that child alone, from wait4). Every row is a
different (day, KPI, rep), so the plan ends with a million values. Budgets: no slower than
sqlite-utils, and within 150 MB.

A third process in each round imports as the window does (services.actuals_file.import_file,
keeping the batch in the plan file for undo); once at the end, a child imports, undoes, redoes
and reopens the plan (which drops the batch) and prints each step's time.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

MEMORY_BUDGET_MB = 150
KPIDESK_COLUMNS = ["--date", "date", "--kpi", "kpi", "--rep", "rep", "--value", "value"]
KPIDESK_COLUMNS.append("--accept-dates")  # the rows run back before the plan's month
WINDOW_IMPORT = """
import json, sys, time
from kpidesk.services.actuals_file import ColumnMapping, import_file
from kpidesk.services.plan_files import OpenPlan
plan = OpenPlan(sys.argv[1])
mapping = ColumnMapping(date="date", value="value", kpi="kpi", rep="rep")
times = {}
start = time.perf_counter()
outcome, _ = import_file(plan.session, sys.argv[2], mapping, "now", confirmed=True)
times["import"] = time.perf_counter() - start
if sys.argv[3:] == ["undo"]:
    for step in ("undo", "redo"):
        start = time.perf_counter()
        getattr(plan.session, step)(outcome.change)
        times[step] = time.perf_counter() - start
plan.close()
if sys.argv[3:] == ["undo"]:
    start = time.perf_counter()
    OpenPlan(sys.argv[1]).close()
    times["reopen, dropping the batch"] = time.perf_counter() - start
print(json.dumps(times))
"""

DIALOG_IMPORT = """
import json, resource, sys, time
from kpidesk.services.actuals_file import ColumnMapping, import_file, interpret, read_table
from kpidesk.services.import_preview import preview
from kpidesk.services.plan_files import OpenPlan
plan = OpenPlan(sys.argv[1])
session = plan.session
mapping = ColumnMapping(date="date", value="value", kpi="kpi", rep="rep")
read = {"preview": preview, "interpret": interpret}[sys.argv[3]]
figures = {}
start = time.perf_counter()
header, rows = read_table(sys.argv[2])
shown = read(header, rows, mapping, session.plan, session.today(), session.current_period())
figures["preview s"] = time.perf_counter() - start
figures["preview MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()  # the dialog keeps its preview while the file loads
outcome, _ = import_file(session, sys.argv[2], mapping, "now", confirmed=True)
figures["load s"] = time.perf_counter() - start
assert shown.rows == int(sys.argv[4])
plan.close()
print(json.dumps(figures))
"""


def build_plan(path: Path, kpis: int, reps: int) -> None:
    from kpidesk.domain.model import Node, Plan, Relation, Rep, Unit
    from kpidesk.services.plan_files import create_plan

    nodes = {1: Node(1, None, 0, "Revenue", Unit.CURRENCY, relation=Relation.SUM)}
    for i in range(2, kpis + 2):
        nodes[i] = Node(i, 1, i - 2, f"KPI {i}", Unit.COUNT, plan=Fraction(1000))
    team = [Rep(r, f"Rep {r}", r - 1) for r in range(1, reps + 1)]
    create_plan(path, Plan("import", nodes, team, period_start=date(2026, 12, 1)))


def write_csv(path: Path, rows: int, kpis: int, reps: int) -> None:
    """`rows` distinct (day, KPI, rep) rows, days counting back from 2026-12-31."""
    rng = random.Random(2)
    per_day = kpis * reps
    last = date(2026, 12, 31)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "kpi", "rep", "value"])
        for i in range(rows):
            day = last - timedelta(days=i // per_day)
            within = i % per_day
            kpi, rep = 2 + within // reps, 1 + within % reps
            writer.writerow([day.isoformat(), f"KPI {kpi}", f"Rep {rep}", rng.randint(0, 99)])


def run(command: list[str], before=None, output: list | None = None) -> tuple[float, float]:
    """(seconds, peak MB) of one whole command; `before` prepares its target first; the
    command's standard output is added to `output` when given."""
    if before is not None:
        before()
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command[0]} failed: {child.stderr.read().decode()[-2000:]}")
    if output is not None:
        output.append(child.stdout.read().decode())
    child.stdout.close()
    child.stderr.close()
    return seconds, usage.ru_maxrss / 1024


def dialog_rounds(plan: Path, data: Path, rows: int, rounds: int, fresh_plan) -> None:
    """The window's Import dialog in one process: its preview, then the load it confirms,
    with the preview as it is now (`import_preview.preview`, bounded) and as it was
    (`interpret`, every value in a dict); a bare open of the plan is the memory floor."""
    bare = [
        sys.executable,
        "-c",
        "import sys; from kpidesk.services.plan_files import OpenPlan;"
        " from kpidesk.services import import_preview; OpenPlan(sys.argv[1]).close()",
        str(plan),
    ]
    kinds = ["preview", "interpret", "bare"]
    print(f"The Import dialog's path for {rows:,} rows, {rounds} rounds (peak = maxrss)\n")
    print(" round  kind        preview s  preview MB   load s   peak MB")
    peaks: dict[str, list[float]] = {kind: [] for kind in kinds}
    for i in range(rounds):
        for kind in kinds if i % 2 == 0 else kinds[::-1]:
            if kind == "bare":
                seconds, peak = run(bare, fresh_plan)
                print(f"{i + 1:>6}  {kind:<10} {'':>10} {'':>11} {seconds:>8.2f} {peak:>9.0f}")
            else:
                output: list[str] = []
                command = [sys.executable, "-c", DIALOG_IMPORT, str(plan), str(data), kind]
                _seconds, peak = run([*command, str(rows)], fresh_plan, output)
                f = json.loads(output[0])
                print(
                    f"{i + 1:>6}  {kind:<10} {f['preview s']:>10.2f} {f['preview MB']:>11.0f}"
                    f" {f['load s']:>8.2f} {peak:>9.0f}"
                )
            peaks[kind].append(peak)
    for kind in kinds:
        print(f"median peak, {kind:<10} {statistics.median(peaks[kind]):6.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--kpis", type=int, default=25)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument(
        "--dialog", action="store_true", help="only the Import dialog's preview and load"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-import-"))
    bin_dir = Path(sys.executable).parent
    try:
        template, data = folder / "template.kpidesk", folder / "crm.csv"
        build_plan(template, args.kpis, args.reps)
        write_csv(data, args.rows, args.kpis, args.reps)
        plan, floor_db = folder / "plan.kpidesk", folder / "floor.db"

        def fresh_plan() -> None:
            shutil.copyfile(template, plan)

        def fresh_floor() -> None:
            floor_db.unlink(missing_ok=True)

        if args.dialog:
            dialog_rounds(plan, data, args.rows, args.pairs, fresh_plan)
            return 0
        window = [sys.executable, "-c", WINDOW_IMPORT, str(plan), str(data)]
        floor_insert = [str(bin_dir / "sqlite-utils"), "insert", str(floor_db), "actual"]
        kinds = {
            "kpidesk": (
                [str(bin_dir / "kpidesk"), "import", str(plan), str(data), *KPIDESK_COLUMNS],
                fresh_plan,
            ),
            "window": (window, fresh_plan),
            "sqlite-utils": (
                [*floor_insert, str(data), "--csv"],
                fresh_floor,
            ),
        }
        print(f"CSV import of {args.rows:,} distinct rows, {args.pairs} rounds, medians\n")
        print(" round   kpidesk s   MB   window path s   MB   sqlite-utils s   MB")
        results: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
        for i in range(args.pairs):
            order = list(kinds) if i % 2 == 0 else list(kinds)[::-1]
            for kind in order:
                command, before = kinds[kind]
                results[kind].append(run(command, before))
            cells = "".join(
                f"{results[kind][-1][0]:>{width}.2f} {results[kind][-1][1]:>5.0f}"
                for kind, width in (("kpidesk", 11), ("window", 16), ("sqlite-utils", 17))
            )
            print(f"{i + 1:>6} {cells}")
        steps: list[str] = []
        run([*window, "undo"], fresh_plan, steps)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    seconds = {k: statistics.median(s for s, _ in v) for k, v in results.items()}
    memory = {k: statistics.median(m for _, m in v) for k, v in results.items()}
    floor = seconds["sqlite-utils"]
    for kind, label in (
        ("kpidesk", "kpidesk import (CLI)"),
        ("window", "window path (undoable)"),
        ("sqlite-utils", "sqlite-utils insert"),
    ):
        print(f"{label:<24} {seconds[kind]:7.2f} s  {memory[kind]:6.0f} MB", end="")
        print("" if kind == "sqlite-utils" else f"  ratio {seconds[kind] / floor:.2f}")
    timed = json.loads(steps[0])
    print("once, window path: " + ", ".join(f"{k} {v:.2f} s" for k, v in timed.items()))
    ratio = seconds["kpidesk"] / floor
    print(f"time ratio {ratio:.2f} (budget ≤ 1.0)  " + ("PASS" if ratio <= 1 else "FAIL"))
    fits = memory["kpidesk"] <= MEMORY_BUDGET_MB
    print(f"memory {memory['kpidesk']:.0f} MB (budget ≤ {MEMORY_BUDGET_MB} MB)  ", end="")
    print("PASS" if fits else "FAIL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
