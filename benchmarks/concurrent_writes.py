"""Two processes editing one plan file at once: how long each edit takes, and whether any is lost.

    .venv/bin/python benchmarks/concurrent_writes.py [--edits 400] [--processes 2]

Each process records its own actuals, one transaction per edit as the window does, through
the session on its own connection. Prints per-process latency (median, 95th percentile, max),
edits that reported "busy", and whether every landed value is in the file afterwards.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path


def keys(node_id: int, count: int):
    return [(node_id, n % 10 + 1, date(2026, 1, 1) + timedelta(days=n // 10)) for n in range(count)]


def child(path: str, node_id: int, count: int) -> None:
    from kpidesk.services.plan_session import PlanSession
    from kpidesk.services.storage_faults import StorageError
    from kpidesk.storage.plan_file import open_plan_file
    from kpidesk.storage.plan_store import PlanStore

    session = PlanSession(PlanStore(open_plan_file(path)))
    took, busy = [], 0
    for index, key in enumerate(keys(node_id, count)):
        started = time.perf_counter()
        try:
            session.record_actuals({key: Fraction(index + 1)})
        except StorageError as error:
            if error.code != "busy":
                raise
            busy += 1
        took.append(time.perf_counter() - started)
    print(json.dumps({"took": took, "busy": busy}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=400)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    from kpidesk.domain.demo import demo_plan
    from kpidesk.storage.actual_store import ActualStore
    from kpidesk.storage.plan_file import create_plan_file, open_plan_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.kpidesk"
        create_plan_file(path, demo_plan(lambda key: key))
        nodes = [3, 4, 5, 2][: args.processes]
        started = time.perf_counter()
        children = [
            subprocess.Popen(
                [sys.executable, __file__, "--child", str(path), str(node), str(args.edits)],
                stdout=subprocess.PIPE,
                text=True,
            )
            for node in nodes
        ]
        reports = [json.loads(c.communicate()[0]) for c in children]
        wall = time.perf_counter() - started
        db = open_plan_file(path)
        wanted = [key for node in nodes for key in keys(node, args.edits)]
        stored = ActualStore(db).get(wanted)
        db.close()
    print(f"{len(nodes)} processes x {args.edits} edits on one file: {wall:.1f} s wall")
    for node, report in zip(nodes, reports, strict=True):
        took = sorted(report["took"])
        p95 = took[int(len(took) * 0.95) - 1]
        print(
            f"  KPI {node}: median {statistics.median(took) * 1000:.1f} ms, "
            f"p95 {p95 * 1000:.1f} ms, max {took[-1] * 1000:.1f} ms, busy {report['busy']}"
        )
    landed = len(wanted) - sum(report["busy"] for report in reports)
    print(f"in the file afterwards: {len(stored)} of {landed} landed edits")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
