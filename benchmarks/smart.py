"""SMART at a glance on a plan of 2,000 KPIs: the summary and every badge, cold and after edits."""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _plans import realistic_plan  # the same plan as the recompute benchmark
from recompute import typed_leaves

BUDGET_MS = 50.0  # one edit's refresh of the summary, the badges and the filter


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def closed_months(session, months: int) -> int:
    """Close `months` months, each with a weekly team actual for every KPI; returns the rows."""
    rng = random.Random(3)
    rows = 0
    for _ in range(months):
        first = session.current_period().first_day
        values = {
            (node_id, 0, first + timedelta(days=day)): Fraction(rng.randint(1, 120))
            for node_id in session.plan.nodes
            for day in range(0, 28, 7)
        }
        session.record_actuals(values)
        rows += len(values)
        session.start_next_period("same")
    return rows


def uncached_summary(session) -> tuple[int, int]:
    """What the summary cost before the cache: the record of past periods queried per KPI."""
    from kpidesk.domain.smart import SmartRecord, assess
    from kpidesk.services.smart_service import past_actuals

    plan, smart = session.plan, 0
    kpis = [n for n in plan.nodes.values() if not n.is_root]
    for node in kpis:
        record = plan.smart.get(node.id, SmartRecord())
        facts = record.facts(past_actuals(session, node.id))
        smart += assess(plan, node.id, facts, session.figures[node.id].required.value).smart
    return smart, len(kpis)


def run(nodes: int, reps: int, months: int, edits: int) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QStatusBar, QTabWidget, QTreeView

    from kpidesk.i18n.formatting import NumberFormat
    from kpidesk.services.plan_files import create_plan, open_plan
    from kpidesk.services.smart_service import SmartCache
    from kpidesk.ui.plan_controller import PlanController
    from kpidesk.ui.plan_tree_model import Column, PlanTreeModel
    from kpidesk.ui.smart_glance import SmartGlance

    QApplication.instance() or QApplication([])
    plan = realistic_plan(nodes, reps)
    plan.period_start = date(2026, 1, 1)
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-bench-"))
    create_plan(folder / "big.kpidesk", plan)
    opened = open_plan(folder / "big.kpidesk")
    session = opened.session
    rows = closed_months(session, months)
    fmt = NumberFormat()

    start = time.perf_counter()
    uncached = uncached_summary(session)
    before = time.perf_counter() - start
    start = time.perf_counter()
    cold = SmartCache(session).summary()
    cold_time = time.perf_counter() - start
    assert uncached is None or cold == uncached

    model = PlanTreeModel(fmt)
    model.splits = session.splits
    tree, tabs, bar = QTreeView(), QTabWidget(), QStatusBar()
    tree.setModel(model)
    glance = SmartGlance(tree, model, tabs, bar)
    model.reset(session.plan, session.figures)
    glance.attach(PlanController(session, fmt))
    glance.filter_action.setChecked(True)

    def badges() -> None:
        """Every badge's mark and colour (a view asks only for the rows on screen)."""
        for node_id in session.plan.nodes:
            index = model.index_of(node_id, Column.SMART)
            index.data()
            index.data(Qt.ItemDataRole.ForegroundRole)

    rng = random.Random(4)
    kpis = [n for n in session.plan.nodes if n != 1]
    leaves = typed_leaves(session.plan)
    timings: dict[str, list[float]] = {"smart record": [], "leaf plan": [], "open actual": []}
    set_smart: list[float] = []
    for step in range(edits):
        for key in timings:
            node_id = rng.choice(leaves if key == "leaf plan" else kpis)
            if key == "smart record":
                start = time.perf_counter()
                session.set_smart(node_id, owner=f"Owner {step}")
                set_smart.append(time.perf_counter() - start)
            elif key == "leaf plan":
                session.set_plan_value(node_id, Fraction(rng.randint(1, 99)))
            else:
                day = session.current_period().first_day + timedelta(days=step % 28)
                session.record_actuals({(node_id, 0, day): Fraction(step + 1)})
            start = time.perf_counter()
            glance.refresh()  # the summary, the changed badges and the filter, as after an edit
            timings[key].append(time.perf_counter() - start)
    start = time.perf_counter()
    badges()
    every_badge = time.perf_counter() - start
    opened.close()
    return {
        "nodes": len(session.plan.nodes),
        "actual rows": rows,
        "before the cache": before * 1000,
        "cold cache": cold_time * 1000,
        **{key: median_ms(values) for key, values in timings.items()},
        "every badge": every_badge * 1000,
        "set_smart": median_ms(set_smart),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--months", type=int, default=3, help="closed months of actuals")
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--check", action="store_true", help="exit 1 when over budget")
    args = parser.parse_args()
    r = run(args.nodes, args.reps, args.months, args.edits)
    print(
        f"Plan: {r['nodes']} KPIs, {args.reps} reps, {args.months} closed months "
        f"({r['actual rows']:,} actual rows); {args.edits} edits each\n"
    )
    print(f"summary before the cache (query per KPI)  {r['before the cache']:8.1f} ms")
    print(f"summary, cold cache (query per period)    {r['cold cache']:8.1f} ms")
    print(f"every badge's mark and colour (2,000 rows) {r['every badge']:8.1f} ms")
    print("summary + changed badges + filter after:")
    print(f"  a SMART record edit                     {r['smart record']:8.1f} ms")
    print(f"  a leaf plan edit (requirements move)    {r['leaf plan']:8.1f} ms")
    print(f"  an actual in the open period            {r['open actual']:8.1f} ms  (cache kept)")
    print(f"\n(the SMART edit itself in PlanSession: {r['set_smart']:.1f} ms)")
    worst = max(r["smart record"], r["leaf plan"], r["open actual"])
    verdict = "PASS" if worst <= BUDGET_MS else "FAIL"
    print(f"\nrefresh budget {BUDGET_MS:.0f} ms: {worst:.1f} ms  {verdict}")
    sys.stdout.flush()
    return 1 if args.check and verdict == "FAIL" else 0


if __name__ == "__main__":
    os._exit(main())  # no Qt teardown: see recompute.py
