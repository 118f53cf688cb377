"""SMART in the real window on 2,000 KPIs: an owner committed, the filter toggled, the tab opened.

Each against a floor in the same interleaved run: a bare QMainWindow with a QTreeView on a
QStandardItemModel of the same rows (same parents, same columns, all expanded) beside a tab
widget whose second tab holds a static form of the SMART form's shape, and a status-bar button:
  (a) owner typed + Enter  floor: Enter in a line edit of that form writes a mark into the row's
                           SMART cell and a new count into the status-bar button
  (b) the filter on / off  floor: the same rows hidden / shown with QTreeView.setRowHidden
  (c) the SMART tab opened floor: its tab clicked; the form's title takes the row's name
The clock stops at the end of the paint pass that shows the change (window_edit.PaintSeen);
the UI thread's CPU time is printed too (it varies less on a shared machine).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _plans import realistic_plan
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from window_edit import FRAME_MS, PaintSeen, english_app, settle, wait_until

from kpidesk.domain.model import Plan, Unit
from kpidesk.domain.smart import Criterion, Result, SmartRecord
from kpidesk.i18n.messages import smart_summary_text
from kpidesk.i18n.smart_marks import smart_mark
from kpidesk.services.plan_files import create_plan, open_plan
from kpidesk.services.smart_service import smart_cache
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column

KINDS = ("owner", "filter on", "filter off", "tab")
LABELS = {
    "owner": "(a) owner typed + Enter → badge + summary",
    "filter on": "(b) 'not SMART only' filter on → tree",
    "filter off": "(b) the filter off again → tree",
    "tab": "(c) SMART tab opened for a KPI",
}


def build_plan(nodes: int, reps: int) -> Plan:
    """The benchmark plan with a SMART record on every KPI: a definition and a data source,
    and an owner on about half of them (the rest fall short of Specific for want of one)."""
    plan = realistic_plan(nodes, reps)
    plan.period_start = date(2026, 1, 1)
    rng = random.Random(5)
    for node_id, node in plan.nodes.items():
        if not node.is_root:
            owner = f"Owner {node_id % 40}" if rng.random() < 0.5 else ""
            plan.smart[node_id] = SmartRecord(owner, f"{node.name}: what counts", "CRM report")
    return plan


def close_months(path: Path, months: int) -> int:
    """Close `months` months, each with a weekly team actual for every KPI near what it needs
    (rates between 50 and 100 %); returns the rows written."""
    rng = random.Random(3)
    opened = open_plan(path)
    session, rows = opened.session, 0
    for _ in range(months):
        first = session.current_period().first_day
        values = {}
        for node_id, node in session.plan.nodes.items():
            required = session.figures[node_id].required.value
            for day in range(0, 28, 7):
                if node.unit is Unit.PERCENT:
                    value = Fraction(rng.randint(50, 100), 100)
                elif required is None or required <= 0:
                    value = Fraction(rng.randint(1, 100))
                else:
                    value = Fraction(round(required / 4 * Fraction(rng.randint(90, 130), 100)))
                values[(node_id, 0, first + timedelta(days=day))] = value
        session.record_actuals(values)
        rows += len(values)
        session.start_next_period("same")
    opened.close()
    return rows


def clicked_tab(tabs: QTabWidget, index: int) -> None:
    """A mouse click on a tab, as a person opens it."""
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


class Timed:
    """Wall and UI-thread CPU time from start() to the end of a watched widget's paint pass."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {kind: [] for kind in KINDS}
        self.cpu: dict[str, list[float]] = {kind: [] for kind in KINDS}

    def run(self, kind: str, painted: PaintSeen, act, shown) -> None:
        settle()
        before = painted.count
        start, cpu = time.perf_counter(), time.thread_time()
        act()
        wait_until(lambda: painted.count > before and shown())
        painted.end_of_paint()  # when no event followed the paint
        end, end_cpu = painted.ended_at
        self.wall[kind].append(end - start)
        self.cpu[kind].append(end_cpu - cpu)

    def clear(self) -> None:
        for samples in (*self.wall.values(), *self.cpu.values()):
            samples.clear()


class AppSide(Timed):
    """KPI Desk's main window on the plan, used as a person does."""

    def __init__(self, path: Path, settings: QSettings) -> None:
        super().__init__()
        self.window = window = MainWindow(settings)
        window.open_file(path)
        window.show()
        settle()
        self.glance = window.smart_glance
        self.tabs = window.detail_tabs
        self.smart_tab = self.tabs.indexOf(window.smart_places.area)
        self.tree_painted = PaintSeen(window.tree.viewport())
        self.form_painted = PaintSeen(self.glance.form)
        found = smart_cache(window.document.session).assessments()
        self.total, self.smart = len(found), sum(1 for a in found.values() if a.smart)
        # the KPIs an owner makes SMART: Specific is the only criterion they fall short of
        self.owner_targets = [
            node_id
            for node_id, assessment in found.items()
            if not assessment.smart
            and [c for c in Criterion if not assessment.met(c)] == [Criterion.SPECIFIC]
        ]
        self.kpis = list(found)
        self.probe: int | None = None  # a row the filter hides, known after its first run
        self.step = 0

    def select(self, node_id: int) -> None:
        tree, index = self.window.tree, self.window.model.index_of(node_id, Column.NAME)
        tree.scrollTo(index)
        tree.setCurrentIndex(index)

    def owner(self) -> None:
        """Type an owner into the SMART form of a KPI that lacks only one, press Enter; stop
        when the tree's badge and the status bar's summary show it SMART."""
        node_id = self.owner_targets.pop()
        self.select(node_id)
        self.tabs.setCurrentIndex(self.smart_tab)
        settle()
        form, model, summary = self.glance.form, self.window.model, self.glance.summary
        assert form.node_id == node_id, "the SMART tab should show the selected KPI"
        form.owner.setFocus()
        QTest.keyClicks(form.owner, "Sato")
        self.smart += 1
        expected = smart_summary_text(self.smart, self.total)
        badge = model.index_of(node_id, Column.SMART)
        self.window.tree.scrollTo(badge)  # the badge on screen, as the person sees it
        self.run(
            "owner",
            self.tree_painted,
            lambda: QTest.keyClick(form.owner, Qt.Key.Key_Return),
            lambda: badge.data() == smart_mark(Result.PASS) and summary.text() == expected,
        )

    def filter(self, on: bool) -> None:
        """View ▸ Only KPIs That Fall Short of SMART; stop when the tree has repainted with a
        row the filter hides (`probe`, one SMART KPI) hidden or shown again."""
        action, tree = self.window.smart_places.filter_action, self.window.tree
        tree.scrollToTop()
        probe = self.window.model.index_of(self.probe) if self.probe else None
        self.run(
            "filter on" if on else "filter off",
            self.tree_painted,
            action.trigger,
            lambda: probe is None or tree.isRowHidden(probe.row(), probe.parent()) == on,
        )

    def hidden_rows(self) -> list[int]:
        tree, model = self.window.tree, self.window.model
        hidden = []
        for node_id in self.kpis:
            index = model.index_of(node_id)
            if tree.isRowHidden(index.row(), index.parent()):
                hidden.append(node_id)
        return hidden

    def tab(self) -> None:
        """Details showing, a KPI selected; click the SMART tab; stop when its form shows it."""
        self.tabs.setCurrentIndex(0)
        self.step += 1
        node_id = self.kpis[(self.step * 7919) % len(self.kpis)]
        self.select(node_id)
        settle()
        form = self.glance.form
        name = self.window.document.session.plan.nodes[node_id].name
        self.run(
            "tab",
            self.form_painted,
            lambda: clicked_tab(self.tabs, self.smart_tab),
            lambda: form.title.text() == name,
        )


class StaticSmartForm(QWidget):
    """The SMART form's shape with nothing behind it: a title, three fields, five boxes."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.owner = QLineEdit()
        fields = QFormLayout()
        fields.addRow("Owner", self.owner)
        fields.addRow("Definition", QLineEdit())
        fields.addRow("Data source", QLineEdit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(QLabel("4 of 5 criteria need attention."))
        layout.addLayout(fields)
        for criterion in Criterion:
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            inner.addWidget(QLabel(f"! {criterion.value}   Warning"))
            inner.addWidget(QLabel("The reasons, one per line"))
            inner.addWidget(QCheckBox("Checked"))
            inner.addWidget(QLineEdit())
            layout.addWidget(box)
        layout.addStretch(1)


class FloorSide(Timed):
    """A bare window of the same rows: tree, two tabs (the second a static SMART form), a
    status-bar button; each change made the plainest way Qt allows."""

    def __init__(self, plan: Plan, app_window: MainWindow) -> None:
        super().__init__()
        self.window = QMainWindow()
        self.model = QStandardItemModel(0, len(Column))
        self.items: dict[int, list[QStandardItem]] = {}
        for node_id, node in sorted(plan.nodes.items(), key=lambda kv: kv[1].position):
            row = [QStandardItem(node.name)]
            row += [QStandardItem(f"{node_id * 1000 + c:,}") for c in range(1, len(Column))]
            self.items[node_id] = row
        for node_id, node in plan.nodes.items():
            parent = self.model if node.parent_id is None else self.items[node.parent_id][0]
            parent.appendRow(self.items[node_id])
        self.names = {node_id: node.name for node_id, node in plan.nodes.items()}
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.expandAll()
        self.form = StaticSmartForm()
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.form)
        self.tabs = QTabWidget()
        self.tabs.addTab(QWidget(), "Details")
        self.tabs.addTab(area, "SMART")
        self.tabs.currentChanged.connect(self._tab_shown)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tabs)
        self.window.setCentralWidget(splitter)
        splitter.setSizes(app_window.centralWidget().sizes())
        for column in Column:  # the app's column widths, so the same cells are on screen
            self.tree.setColumnWidth(column, app_window.tree.columnWidth(column))
        self.summary = QToolButton()
        self.window.statusBar().addPermanentWidget(self.summary)
        self.form.owner.editingFinished.connect(self._owner_finished)
        self.window.resize(app_window.size())
        self.window.show()
        settle()
        self.tree_painted = PaintSeen(self.tree.viewport())
        self.form_painted = PaintSeen(self.form)
        self.current: int | None = None
        self.hide: list[int] = []  # the rows the app's filter hides, set after its first run
        self.kpis = [n for n in plan.nodes if plan.nodes[n].parent_id is not None]
        self.step = 0
        self.counted = 0

    def _tab_shown(self, index: int) -> None:
        if index == 1 and self.current is not None:
            self.form.title.setText(self.names[self.current])

    def _owner_finished(self) -> None:
        self.items[self.current][Column.SMART].setText(smart_mark(Result.PASS))
        self.counted += 1
        self.summary.setText(f"{self.counted} of {len(self.kpis)} KPIs SMART")

    def select(self, node_id: int) -> None:
        self.current = node_id
        index = self.items[node_id][0].index()
        self.tree.scrollTo(index)
        self.tree.setCurrentIndex(index)

    def owner(self) -> None:
        self.step += 1
        node_id = self.kpis[(self.step * 7919) % len(self.kpis)]
        self.select(node_id)
        self.tabs.setCurrentIndex(1)
        self.form.owner.clear()
        self.form.owner.setFocus()
        QTest.keyClicks(self.form.owner, f"Sato {self.step}")
        item, expected = self.items[node_id][Column.SMART], self.counted + 1
        self.tree.scrollTo(item.index())
        self.run(
            "owner",
            self.tree_painted,
            lambda: QTest.keyClick(self.form.owner, Qt.Key.Key_Return),
            lambda: item.text() == smart_mark(Result.PASS) and self.counted == expected,
        )

    def filter(self, on: bool) -> None:
        self.tree.scrollToTop()

        def toggle() -> None:
            for node_id in self.hide:
                index = self.items[node_id][0].index()
                self.tree.setRowHidden(index.row(), index.parent(), on)

        self.run("filter on" if on else "filter off", self.tree_painted, toggle, lambda: True)

    def tab(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.step += 1
        node_id = self.kpis[(self.step * 7919) % len(self.kpis)]
        self.select(node_id)
        name = self.names[node_id]
        self.run(
            "tab",
            self.form_painted,
            lambda: clicked_tab(self.tabs, 1),
            lambda: self.form.title.text() == name,
        )


def one_round(side) -> None:
    """One of each timed step, in the order a person might make them."""
    side.tab()
    side.owner()
    side.filter(True)
    side.filter(False)


def measure(nodes: int, reps: int, months: int, pairs: int, folder: Path) -> dict:
    path = folder / "smart.kpidesk"
    plan = build_plan(nodes, reps)
    create_plan(path, plan)
    rows = close_months(path, months)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    app_side = AppSide(path, settings)
    floor_side = FloorSide(app_side.window.document.session.plan, app_side.window)
    if len(app_side.owner_targets) < pairs + 1:
        raise SystemExit(f"only {len(app_side.owner_targets)} KPIs lack only an owner")
    one_round(app_side)  # untimed warm-up; the app's filter shows which rows it hides
    app_side.filter(True)
    floor_side.hide = app_side.hidden_rows()
    app_side.probe = floor_side.hide[len(floor_side.hide) // 2]
    app_side.filter(False)
    one_round(floor_side)
    app_side.clear(), floor_side.clear()
    for i in range(pairs):
        sides = (floor_side, app_side)
        for kind in KINDS:  # each step alternates which side goes first
            for side in sides if i % 2 == 0 else sides[::-1]:
                if kind == "owner":
                    side.owner()
                elif kind.startswith("filter"):
                    side.filter(kind == "filter on")
                else:
                    side.tab()
    result = {
        "rows": rows,
        "kpis": app_side.total,
        "smart": app_side.smart - pairs - 1,
        "hidden": len(floor_side.hide),
    }
    for name, side in (("app", app_side), ("floor", floor_side)):
        for kind in KINDS:
            result[(name, kind)] = statistics.median(side.wall[kind]) * 1000
            result[(name, kind, "cpu")] = statistics.median(side.cpu[kind]) * 1000
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=2000, help="KPIs (default %(default)s)")
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--months", type=int, default=3, help="closed months of actuals")
    parser.add_argument("--pairs", type=int, default=7, help="interleaved pairs (default 7)")
    parser.add_argument("--check", action="store_true", help="exit 1 when (a) is over 16 ms")
    args = parser.parse_args(argv)
    app = english_app()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="kpidesk-smart-") as folder:
        r = measure(args.nodes, args.reps, args.months, args.pairs, Path(folder))
    print(
        f"SMART in the real window: {r['kpis']:,} KPIs, {args.months} closed months "
        f"({r['rows']:,} actual rows), {r['smart']:,} SMART, the filter hides {r['hidden']:,};"
        f"\n{args.pairs} interleaved pairs, medians; platform {app.platformName()};"
        f" load average {load:.1f} → {os.getloadavg()[0]:.1f}"
    )
    print("floor: a bare QTreeView window of the same rows, the same kind of change\n")
    print(f"{'':44} wall ms  floor  ratio   CPU ms  floor  ratio")
    for kind in KINDS:
        wall, floor = r[("app", kind)], r[("floor", kind)]
        cpu, cpu_floor = r[("app", kind, "cpu")], r[("floor", kind, "cpu")]
        print(
            f"{LABELS[kind]:44} {wall:7.1f}  {floor:5.1f}  {wall / floor:5.1f}"
            f"   {cpu:6.1f}  {cpu_floor:5.1f}  {cpu / cpu_floor:5.1f}"
        )
    owner = r[("app", "owner")]
    verdict = "PASS" if owner <= FRAME_MS else "FAIL"
    print(f"\n(a) against the frame ({FRAME_MS:.0f} ms): {owner:.1f} ms  {verdict}", flush=True)
    return 1 if args.check and verdict == "FAIL" else 0


if __name__ == "__main__":
    os._exit(main())  # skip Qt teardown, which can crash after windows were dropped
