"""Recompute and view-refresh times after one edit in a plan of 2,000 KPIs and 30 reps.

The plan has realistic figures (a ¥1,000,000,000 KGI, see _plans.py); the view refresh here
has no view attached: benchmarks/window_edit.py times an edit in the real window.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _plans import realistic_plan

from kpidesk.domain.decomposition import compute, recompute
from kpidesk.domain.model import Plan, Unit

BUDGET_MS = 10.0


def typed_leaves(plan: Plan) -> list[int]:
    """The leaves a plan value is typed into, rates left out (they cannot pass 100 %)."""
    return [
        n for n in plan.nodes if not plan.children_of(n) and plan.nodes[n].unit is not Unit.PERCENT
    ]


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def time_domain(plan: Plan, edits: int) -> dict[str, float]:
    rng = random.Random(1)
    leaves = typed_leaves(plan)
    inner = [n for n in plan.nodes if plan.children_of(n) and n != 1]
    base = compute(plan)
    timings: dict[str, list[float]] = {"full": [], "leaf plan": [], "inner target": [], "kgi": []}
    root = plan.nodes[1]
    for step in range(edits):
        start = time.perf_counter()
        compute(plan)
        timings["full"].append(time.perf_counter() - start)
        edited = plan.with_nodes({1: root.with_changes(target=root.target + step + 1)})
        start = time.perf_counter()
        recompute(edited, base, [1])
        timings["kgi"].append(time.perf_counter() - start)
        for key, pool, field in (("leaf plan", leaves, "plan"), ("inner target", inner, "target")):
            node = plan.nodes[rng.choice(pool)]
            edited = plan.with_nodes(
                {node.id: node.with_changes(**{field: Fraction(rng.randint(1, 99))})}
            )
            start = time.perf_counter()
            recompute(edited, base, [node.id])
            timings[key].append(time.perf_counter() - start)
    return {key: median_ms(values) for key, values in timings.items()}


def time_session_and_view(plan: Plan, edits: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from kpidesk.i18n.formatting import NumberFormat
    from kpidesk.services.plan_files import create_plan, open_plan
    from kpidesk.ui.plan_tree_model import PlanTreeModel

    QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-bench-"))
    create_plan(folder / "big.kpidesk", plan)
    opened = open_plan(folder / "big.kpidesk")
    session = opened.session
    model = PlanTreeModel(NumberFormat())
    model.splits = session.splits
    model.reset(session.plan, session.figures)
    repainted: list[int] = []
    model.dataChanged.connect(lambda top, bottom, roles: repainted.append(model.node_id(top)))
    leaves = typed_leaves(session.plan)
    rng = random.Random(2)
    edit_times, view_times, rows = [], [], []
    for _ in range(edits):
        node_id = rng.choice(leaves)
        start = time.perf_counter()
        outcome = session.set_plan_value(node_id, Fraction(rng.randint(1, 99)))
        edit_times.append(time.perf_counter() - start)
        repainted.clear()
        start = time.perf_counter()
        model.update(
            session.plan, session.figures, outcome.changed_node_ids, outcome.structure_changed
        )
        view_times.append(time.perf_counter() - start)
        rows.append(len(repainted))
    opened.close()
    return {
        "edit (transaction + recompute)": median_ms(edit_times),
        "view refresh": median_ms(view_times),
        "rows repainted (median)": statistics.median(rows),
        "rows in the tree": len(session.plan.nodes),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--check", action="store_true", help="exit 1 when over budget")
    args = parser.parse_args()
    plan = realistic_plan(args.nodes, args.reps)
    print(f"Plan: {len(plan.nodes)} KPIs, {len(plan.reps)} reps; {args.edits} edits each\n")
    domain = time_domain(plan, args.edits)
    print(f"full compute (for reference)      {domain['full']:8.2f} ms")
    print(f"recompute after a leaf plan edit  {domain['leaf plan']:8.2f} ms")
    print(f"recompute after an inner target   {domain['inner target']:8.2f} ms")
    print(f"recompute after the KGI target    {domain['kgi']:8.2f} ms  (every requirement moves)")
    for label, value in time_session_and_view(plan, args.edits).items():
        unit = "ms" if "rows" not in label else ""
        print(f"{label:<34}{value:8.2f} {unit}".rstrip())
    worst = max(domain["leaf plan"], domain["inner target"], domain["kgi"])
    verdict = "PASS" if worst <= BUDGET_MS else "FAIL"
    print(f"\nrecompute budget {BUDGET_MS:.0f} ms: {worst:.2f} ms  {verdict}")
    sys.stdout.flush()
    return 1 if args.check and verdict == "FAIL" else 0


if __name__ == "__main__":
    # Leave without tearing Qt down: PySide6 can crash in interpreter finalisation after a
    # QApplication was made and dropped, which would hide the exit code.
    os._exit(main())
