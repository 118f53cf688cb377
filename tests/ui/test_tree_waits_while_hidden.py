"""A plan opened on another tab leaves the tree's column fit until the tree is shown, and its
Actual column is worked out once as the plan opens."""

import pytest
from PySide6.QtCore import QSettings, Qt

from kpidesk.services import tree_actuals
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column, PlanTreeModel
from tests.conftest import plan_copy


@pytest.fixture
def empty_window(qtbot, english, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def widths(window) -> list[int]:
    header = window.tree.header()
    return [header.sectionSize(c) for c in range(header.count()) if c != Column.NAME]


def test_opened_on_the_progress_tab_the_tree_is_measured_when_shown_as_on_its_own_tab(
    qtbot, window, empty_window, demo_template, tmp_path, monkeypatch
):
    with qtbot.waitExposed(window):
        pass
    fitted = widths(window)  # the demo opened on the tree's tab
    empty_window.show_charts()
    with qtbot.waitExposed(empty_window):
        empty_window.show()
    measured = []
    original = PlanTreeModel.data

    def data(model, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.column() != Column.NAME:
            measured.append(index)
        return original(model, index, role)

    monkeypatch.setattr(PlanTreeModel, "data", data)
    assert empty_window.open_file(plan_copy(demo_template, tmp_path / "second.kpidesk"))
    kpis = len(empty_window.document.session.plan.nodes)
    # a fit reads every figure of the first rows (41 reads for the demo's 5 KPIs); on a
    # hidden tab the open reads one cell (Qt's row height from the first row)
    assert len(measured) < kpis
    empty_window.views.setCurrentWidget(empty_window.tree)
    assert len(measured) > 5 * kpis
    assert widths(empty_window) == fitted


def test_the_actual_column_and_the_expansion_wait_for_the_tree_to_show(
    qtbot, empty_window, demo_file, monkeypatch
):
    calls = []
    original = tree_actuals.actuals_so_far

    def counted(session, rep_id=None):
        calls.append(rep_id)
        return original(session, rep_id)

    monkeypatch.setattr(tree_actuals, "actuals_so_far", counted)
    empty_window.show_charts()
    assert empty_window.open_file(demo_file)
    with qtbot.waitExposed(empty_window):
        empty_window.show()  # on the Progress tab: the tree is not on show
    assert calls == []  # worked out twice as a plan opened, before
    tree, model = empty_window.tree, empty_window.model
    empty_window.views.setCurrentWidget(tree)
    qtbot.waitUntil(lambda: calls == [None])  # the team's, once, as the tree paints
    kpis = empty_window.document.session.plan.nodes
    assert all(
        tree.isExpanded(model.index_of(n)) for n in kpis if model.rowCount(model.index_of(n))
    )
    assert [model.data(model.index_of(n, Column.ACTUAL)) for n in kpis] == [
        model.data(model.index_of(n, Column.ACTUAL)) for n in kpis
    ]
    assert calls == [None]  # read again: kept
