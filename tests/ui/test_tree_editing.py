"""Typing into the real tree changes the plan file at once, and every edit can be undone."""

from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore
from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell, cell_text, edit_cell, wait_for_editor_to_close

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def stored(path):
    db = open_plan_file(path)
    plan = PlanStore(db).load()
    db.close()
    return plan


def test_the_demo_tree_shows_the_worked_example(window):
    assert cell_text(window, REVENUE, Column.REQUIRED) == "¥10,000,000"
    assert cell_text(window, DEALS, Column.REQUIRED) == "100"
    assert cell_text(window, PROSPECTS, Column.REQUIRED) == "500"
    assert cell_text(window, PROSPECTS, Column.PER_REP) == "50"
    assert cell_text(window, CLOSE_RATE, Column.REQUIRED) == "20 %"
    assert cell_text(window, REVENUE, Column.GAP) == "±¥0"
    assert window.windowTitle().startswith("demo.kpidesk")


def test_typing_a_plan_into_the_tree_updates_the_tree_and_the_file(qtbot, window, demo_file):
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
    assert cell_text(window, REVENUE, Column.PROJECTED) == "¥9,000,000"
    assert cell_text(window, REVENUE, Column.GAP) == "-¥1,000,000"
    assert stored(demo_file).nodes[PROSPECTS].plan == 450


def test_changing_the_kgi_makes_the_tree_follow(qtbot, window, demo_file):
    edit_cell(qtbot, window, REVENUE, Column.REQUIRED, "12,000,000")
    assert cell_text(window, DEALS, Column.REQUIRED) == "120"
    assert cell_text(window, PROSPECTS, Column.REQUIRED) == "600"
    assert cell_text(window, PROSPECTS, Column.PER_REP) == "60"
    assert stored(demo_file).nodes[REVENUE].target == 12_000_000


def test_a_percent_is_typed_as_percent(qtbot, window, demo_file):
    edit_cell(qtbot, window, CLOSE_RATE, Column.REQUIRED, "25")
    assert cell_text(window, CLOSE_RATE, Column.REQUIRED) == "25 %"
    assert cell_text(window, PROSPECTS, Column.REQUIRED) == "400"
    assert stored(demo_file).nodes[CLOSE_RATE].target == Fraction(1, 4)


def test_renaming_in_place(qtbot, window, demo_file):
    edit_cell(qtbot, window, DEALS, Column.NAME, "成約件数")
    assert stored(demo_file).nodes[DEALS].name == "成約件数"


def test_undo_and_redo_with_the_standard_shortcuts(qtbot, window, demo_file):
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(demo_file).nodes[PROSPECTS].plan == 500
    assert cell_text(window, REVENUE, Column.PROJECTED) == "¥10,000,000"
    qtbot.keyClick(
        window.tree,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stored(demo_file).nodes[PROSPECTS].plan == 450
    assert cell_text(window, REVENUE, Column.PROJECTED) == "¥9,000,000"


def test_add_child_then_delete_subtree_and_undo_both(qtbot, window, demo_file):
    window.tree.setCurrentIndex(cell(window, PROSPECTS, Column.NAME))
    window.tree_actions.add.trigger()
    editor = window.tree.indexWidget(window.tree.currentIndex())
    assert isinstance(editor, QLineEdit), "a new KPI opens for naming at once"
    editor.selectAll()
    qtbot.keyClicks(editor, "Visits")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_for_editor_to_close(qtbot, window.tree)
    names = {n.name for n in stored(demo_file).nodes.values()}
    assert "Visits" in names
    assert window.model.rowCount(cell(window, PROSPECTS, Column.NAME)) == 1

    window.tree.setCurrentIndex(cell(window, DEALS, Column.NAME))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert sorted(stored(demo_file).nodes) == [REVENUE, UNIT_PRICE]
    assert window.model.rowCount(window.model.index(0, 0)) == 1

    window.undo_action.trigger()  # the deletion
    assert len(stored(demo_file).nodes) == 6
    assert window.model.rowCount(window.model.index(0, 0)) == 2
    window.undo_action.trigger()  # the rename
    window.undo_action.trigger()  # the new KPI
    assert sorted(stored(demo_file).nodes) == [1, 2, 3, 4, 5]


def test_editing_in_the_form_is_one_undo_step(qtbot, window, demo_file):
    window.tree.setCurrentIndex(cell(window, UNIT_PRICE, Column.NAME))
    form = window.form
    form.target.setFocus()
    form.target.selectAll()
    qtbot.keyClicks(form.target, "200000")
    qtbot.keyClick(form.target, Qt.Key.Key_Return)
    assert stored(demo_file).nodes[UNIT_PRICE].target == 200_000
    assert cell_text(window, DEALS, Column.REQUIRED) == "50"
    assert form.required.text() == "¥200,000"
    window.undo_action.trigger()
    assert stored(demo_file).nodes[UNIT_PRICE].target == 100_000
    assert form.target.text() == "100000"


def test_a_closed_and_reopened_plan_is_as_it_was_left(qtbot, english, settings, demo_file):
    from kpidesk.ui.main_window import MainWindow

    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.open_file(demo_file)
    first.show()
    edit_cell(qtbot, first, PROSPECTS, Column.PLAN, "480")
    first.close()

    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.open_file(demo_file)
    assert cell_text(second, PROSPECTS, Column.PLAN) == "480"
    assert cell_text(second, REVENUE, Column.PROJECTED) == "¥9,600,000"
