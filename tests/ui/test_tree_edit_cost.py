"""An edit in a 2,000-KPI plan reads a few hundred cells, not every row of the tree."""

import shutil
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kpidesk.domain.model import Node, Plan, Relation, Unit
from kpidesk.storage.plan_file import create_plan_file
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column, PlanTreeModel
from tests.ui.helpers import cell_text, wait_for_editor_to_close

KPIS = 2000


def wide_plan(size: int) -> Plan:
    """Sums three wide down to leaves planned at 10 each: every KPI a count."""
    nodes = {1: Node(1, None, 0, "Visits (KGI)", Unit.COUNT, relation=Relation.SUM)}
    frontier, next_id = [1], 2
    while next_id <= size:
        parent = frontier.pop(0)
        nodes[parent] = nodes[parent].with_changes(relation=Relation.SUM, plan=None)
        for position in range(min(3, size - next_id + 1)):
            nodes[next_id] = Node(
                next_id, parent, position, f"KPI {next_id}", Unit.COUNT, plan=Fraction(10)
            )
            frontier.append(next_id)
            next_id += 1
    return Plan("Big plan", nodes)


class Reads(list):
    """Every role read from the tree model (by `data()` or `multiData()`), as (node id,
    column), while `counting`."""

    counting = False


@pytest.fixture
def reads(monkeypatch):
    calls = Reads()
    original = PlanTreeModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        if calls.counting:
            calls.append((index.internalId(), index.column()))
        return original(self, index, role)

    def counted_roles(self, index, roles):  # a delegate's one call for a cell's roles
        if calls.counting:
            calls.extend([(index.internalId(), index.column())] * len(roles))
        return many(self, index, roles)

    many = PlanTreeModel.multiData
    monkeypatch.setattr(PlanTreeModel, "data", counted)
    monkeypatch.setattr(PlanTreeModel, "multiData", counted_roles)
    return calls


@pytest.fixture(scope="module")
def big_template(tmp_path_factory):
    """The 2,000-KPI plan file made once (it takes a second), for each test to copy."""
    path = tmp_path_factory.mktemp("big") / "big.kpidesk"
    create_plan_file(path, wide_plan(KPIS))
    return path


@pytest.fixture
def big_window(qtbot, english, settings, tmp_path, reads, big_template):
    path = tmp_path / "big.kpidesk"
    shutil.copyfile(big_template, path)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_file(path)
    with qtbot.waitExposed(window):  # counted paints start from a painted window
        window.show()
    return window


def a_leaf_on_screen(window) -> int:
    plan = window.document.session.plan
    return next(n for n in sorted(plan.nodes, reverse=True) if not plan.children_of(n))


def type_plan_value(qtbot, window, node_id: int, text: str, reads, paint: bool) -> None:
    """Open the Plan cell's editor, type, and count the reads from Enter until it is shown."""
    tree = window.tree
    index = window.model.index_of(node_id, Column.PLAN)
    tree.scrollTo(index)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    qtbot.wait(10)  # let the window settle before counting
    tree.setUpdatesEnabled(paint)
    reads.clear()
    reads.counting = True
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_for_editor_to_close(qtbot, tree)
    qtbot.wait(10)  # the repaint
    reads.counting = False
    tree.setUpdatesEnabled(True)


def test_an_edit_reads_a_few_hundred_cells_besides_painting_the_screen(qtbot, big_window, reads):
    leaf = a_leaf_on_screen(big_window)
    type_plan_value(qtbot, big_window, leaf, "25", reads, paint=False)
    assert cell_text(big_window, leaf, Column.PLAN) == "25"
    assert cell_text(big_window, 1, Column.PROJECTED) == "13,345"  # 1,333 leaves: 13,330 + 15
    assert big_window.form.plan.text() == "25"
    assert 0 < len(reads) <= 200  # ResizeToContents read all 2,000 rows of 8 columns, twice


def test_painting_after_an_edit_reads_only_the_rows_on_screen(qtbot, big_window, reads):
    leaf = a_leaf_on_screen(big_window)
    type_plan_value(qtbot, big_window, leaf, "25", reads, paint=True)
    tree = big_window.tree
    rows_on_screen = tree.viewport().height() // tree.sizeHintForRow(0) + 1
    ancestors = 8  # the rows whose sums changed: the leaf's parents up to the KGI
    assert len({node_id for node_id, _ in reads}) <= rows_on_screen + ancestors
    assert len(reads) <= (rows_on_screen + ancestors) * len(Column) * 8  # roles per cell


def test_a_wider_value_widens_its_column_so_it_shows_whole(qtbot, big_window, reads):
    leaf = a_leaf_on_screen(big_window)
    type_plan_value(qtbot, big_window, leaf, "123456789012", reads, paint=True)
    tree = big_window.tree
    assert cell_text(big_window, leaf, Column.PLAN) == "123,456,789,012"
    for node_id, column in ((leaf, Column.PLAN), (1, Column.PROJECTED)):
        needed = tree.fontMetrics().horizontalAdvance(cell_text(big_window, node_id, column))
        assert tree.header().sectionSize(column) > needed


def test_kpi_names_keep_their_width_when_the_figures_leave_no_room(qtbot, big_window):
    tree = big_window.tree
    big_window.resize(640, 500)
    qtbot.waitUntil(lambda: tree.viewport().width() < 400)
    leaf = a_leaf_on_screen(big_window)
    index = big_window.model.index_of(leaf)
    tree.scrollTo(index)
    name = index.data()
    assert tree.visualRect(index).width() >= tree.fontMetrics().horizontalAdvance(name)
    assert tree.horizontalScrollBar().maximum() > 0  # the figures are a scroll away instead


def test_the_columns_are_measured_after_the_edit_is_painted(qtbot, big_window, reads):
    """The typed value is written and the window paints it; the changed rows' widths are
    measured in the next turn of the event loop, so the frame that shows the value does not
    wait for them."""
    leaf = a_leaf_on_screen(big_window)
    tree, model = big_window.tree, big_window.model
    index = model.index_of(leaf, Column.PLAN)
    tree.scrollTo(index)
    qtbot.wait(10)
    reads.clear()
    reads.counting = True
    assert model.setData(index, "123456789012")  # what the cell editor's Enter calls
    reads.counting = False
    # Only the first row is read now: Qt measures the height of uniform rows from it when it
    # changes. The sums above the leaf (eight rows up to the KGI) are measured later.
    assert {node_id for node_id, _ in reads} <= {1}
    for node_id, column in ((leaf, Column.PLAN), (1, Column.PROJECTED)):  # then widened
        needed = tree.fontMetrics().horizontalAdvance(cell_text(big_window, node_id, column))
        qtbot.waitUntil(lambda c=column, n=needed: tree.header().sectionSize(c) > n)
