"""The Diagram tab of a 2,000-KPI plan: its first look, the return to it, a repaint while panning.

In the real window, against a floor in the same interleaved run: a bare QGraphicsView with one
rectangle and one line of text for each of the same 2,000 boxes, fitted the same way. Two
plans: a realistic one (products and sums three wide) and a wide one (2,000 KPIs under one),
whose family of 2,000 shares one spine.

- first look: the tab shown for the first time, until it has painted;
- return: back to the tab after another tab and a selection (the tab keeps its scene);
- repaint: the view's viewport repainted at actual size (zoom 1) beside the selected KPI, as
  each step of a pan or a scroll repaints it. Budget: one frame (16 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _plans import realistic_plan
from PySide6.QtCore import QRectF, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from kpidesk.domain.model import Node, Plan, Unit
from kpidesk.i18n.catalog import install_translators
from kpidesk.services.plan_files import create_plan
from kpidesk.ui.fonts import use_bundled_font
from kpidesk.ui.main_window import MainWindow

FRAME_MS = 16.0
SIZE = (1280, 800)


def wide_plan(children: int) -> Plan:
    """A KGI, one KPI under it, and `children` KPIs under that one."""
    nodes = {
        1: Node(1, None, 0, "KGI", Unit.CURRENCY, target=Fraction(10**9)),
        2: Node(2, 1, 0, "Prospects", Unit.COUNT),
    }
    for i in range(children):
        nodes[3 + i] = Node(3 + i, 2, i, f"Source {i + 1}", Unit.COUNT)
    return Plan("wide", nodes)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def app_side(app: QApplication, path: Path) -> dict[str, float]:
    window = MainWindow(QSettings())
    window.open_file(str(path))
    window.resize(*SIZE)
    window.show()
    settle(app)
    start = time.perf_counter()
    window.show_diagram()
    settle(app)
    first = time.perf_counter() - start
    window.show_actuals()
    node_ids = list(window.document.session.plan.nodes)
    window.tree.setCurrentIndex(window.model.index_of(node_ids[len(node_ids) // 2]))
    settle(app)
    start = time.perf_counter()
    window.show_diagram()
    settle(app)
    back = time.perf_counter() - start
    view = window.diagram.view
    view.set_zoom(1.0)
    view.centerOn(view.box_item(node_ids[len(node_ids) // 2]).sceneBoundingRect().center())
    settle(app)
    repaint = _median_repaint(view)
    window.document.close()
    window.deleteLater()
    settle(app)
    return {"first look": first, "return": back, "repaint": repaint}


def floor_side(app: QApplication, boxes: int) -> dict[str, float]:
    """A bare view of `boxes` rectangles with a line of text each, in a column."""
    scene = QGraphicsScene()
    for i in range(boxes):
        scene.addRect(QRectF(400, i * 110, 200, 100))
        text = QGraphicsSimpleTextItem(f"Source {i + 1}  ¥1,234,567")
        text.setPos(410, i * 110 + 10)
        scene.addItem(text)
    view = QGraphicsView(scene)
    view.resize(*SIZE)
    start = time.perf_counter()
    view.show()
    view.fitInView(scene.sceneRect())
    settle(app)
    first = time.perf_counter() - start
    view.resetTransform()
    view.centerOn(500, boxes * 55)
    settle(app)
    repaint = _median_repaint(view)
    view.deleteLater()
    settle(app)
    return {"first look": first, "return": 0.0, "repaint": repaint}


def _median_repaint(view: QGraphicsView, runs: int = 11) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=7, help="interleaved pairs (default 7)")
    parser.add_argument("--kpis", type=int, default=2000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    use_bundled_font(app)
    install_translators(app, "en")
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-diagram-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    plans = {"realistic": realistic_plan(args.kpis), "wide": wide_plan(args.kpis - 2)}
    print(f"{args.pairs} interleaved pairs each, medians (ms); the floor's 'return' is not timed")
    print(f"{'plan':10s} {'step':11s} {'app':>8s} {'floor':>8s}")
    failed = False
    for name, plan in plans.items():
        path = folder / f"{name}.kpidesk"
        create_plan(path, plan)
        app_side(app, path)  # untimed warm-up: modules, fonts, glyphs
        floor_side(app, args.kpis)
        runs: dict[str, dict[str, list[float]]] = {"app": {}, "floor": {}}
        for i in range(args.pairs):
            sides = [
                ("app", lambda p=path: app_side(app, p)),
                ("floor", lambda: floor_side(app, args.kpis)),
            ]
            for side, measure in sides if i % 2 == 0 else sides[::-1]:
                for step, seconds in measure().items():
                    runs[side].setdefault(step, []).append(seconds)
        for step in ("first look", "return", "repaint"):
            ours = 1000 * statistics.median(runs["app"][step])
            floor = 1000 * statistics.median(runs["floor"][step])
            verdict = ""
            if step == "repaint":
                verdict = "PASS" if ours <= FRAME_MS else "FAIL"
                failed |= ours > FRAME_MS
            print(f"{name:10s} {step:11s} {ours:8.1f} {floor:8.1f}  {verdict}")
    print(f"budget: a repaint while panning within one frame ({FRAME_MS:.0f} ms)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
