"""Team → Send to Reps… and Collect From Reps…: the preview per rep, computed on a worker
thread with progress, choices per conflict or per rep, then one load and one undo step."""

import shutil
from datetime import date
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidget

from kpidesk.services.plan_files import open_plan
from kpidesk.ui.actuals_grid import ActualsModel
from kpidesk.ui.main_window import MainWindow
from tests.services.team_fixtures import PROSPECTS, rep_enters, sent_from_copy

NOV2, NOV4 = date(2026, 11, 2), date(2026, 11, 4)


@pytest.fixture
def team_window(qtbot, english, settings, november_file):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_file(november_file)
    window.show()
    return window


@pytest.fixture(scope="module")
def sent_template(november_template, tmp_path_factory):
    """The November plan and the ten packages sent from it, made once for the module (sending
    costs 0.2 s of CPU); each test copies both, so the packages stay the plan's own."""
    plan, sent = sent_from_copy(november_template, tmp_path_factory.mktemp("sent"), "synced")
    return plan, [path.name for path in sent]


@pytest.fixture
def sent_window(qtbot, english, settings, sent_template, tmp_path):
    """A window on a copy of the plan whose packages (copied too) were sent: (window, folder,
    package paths)."""
    plan, names = sent_template
    copy = tmp_path / plan.name
    shutil.copyfile(plan, copy)
    out = shutil.copytree(plan.parent / "synced", tmp_path / "synced")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_file(copy)
    window.show()
    return window, out, [out / name for name in names]


def rep_1_prospects(window):
    return window.document.session.actuals.daily(PROSPECTS, NOV2, NOV4, rep_id=1)


def sent(qtbot, window, tmp_path):
    out = tmp_path / "synced"
    out.mkdir()
    paths = window.team_menu.send(str(out))
    message = window.findChild(QMessageBox, "teamMessage")
    assert message.text() == f"Wrote 10 rep packages to “{out}”."
    message.close()
    return out, paths


def collect(qtbot, window, folder):
    dialog = window.team_menu.collect_folder(str(folder))
    qtbot.waitUntil(lambda: bool(dialog.previews), timeout=10000)
    return dialog


def test_the_preview_shows_each_rep_and_load_is_one_undo_step(qtbot, team_window, tmp_path):
    window = team_window
    out, paths = sent(qtbot, window, tmp_path)
    assert window.team_menu.send_action.text() == "&Send to Reps…"
    rep_enters(paths[0], {(PROSPECTS, NOV2): Fraction(7), (PROSPECTS, NOV4): Fraction(2)})
    window.document.controller.record_actuals({(PROSPECTS, 1, NOV2): "9"})  # after sending
    dialog = collect(qtbot, window, out)
    assert dialog.progress.maximum() == 10 and dialog.progress.value() == 10
    assert dialog.status.text() == (
        "10 of 10 packages can be loaded. Nothing is written until you press Load."
    )
    rep_1 = dialog.tree.topLevelItem(0)
    assert [rep_1.text(0), rep_1.text(2)] == ["Rep 1", "1 new, 0 changed, 0 unchanged, 1 conflicts"]
    rows = [[rep_1.child(i).text(c) for c in range(5)] for i in range(rep_1.childCount())]
    assert rows == [
        ["Prospects", "2026-11-02", "conflict", "9", "7"],
        ["Prospects", "2026-11-04", "new", "—", "2"],
    ]
    assert rep_1_prospects(window) == {NOV2: 9}  # nothing written by the preview
    dialog.choose(paths[0], "theirs")  # take theirs for the whole of Rep 1's package
    dialog.load_button.click()
    assert rep_1_prospects(window) == {NOV2: 7, NOV4: 2}
    assert window.document.controller.undo_stack.undoText() == "Collect From Reps"
    window.document.controller.undo_stack.undo()
    assert rep_1_prospects(window) == {NOV2: 9}


def test_keep_mine_for_one_conflict_and_a_refused_package_says_why(qtbot, sent_window):
    window, out, paths = sent_window
    rep_enters(paths[0], {(PROSPECTS, NOV2): Fraction(7), (PROSPECTS, NOV4): Fraction(2)})
    window.document.controller.record_actuals({(PROSPECTS, 1, NOV2): "9"})
    (out / "broken.kpirep").write_bytes(b"not a package at all" * 10)
    dialog = collect(qtbot, window, out)
    broken = dialog.tree.topLevelItem(10)  # by file name, after the reps'
    assert [broken.text(0), broken.text(1), broken.text(2)] == [
        "broken.kpirep",
        "refused",
        "It is not a KPI Desk rep package.",
    ]
    dialog.choose(paths[0], "theirs")
    dialog.choose(paths[0], "mine", PROSPECTS, NOV2)  # but keep mine for this one
    dialog.load_button.click()
    assert rep_1_prospects(window) == {NOV2: 9, NOV4: 2}
    plan_file = open_plan(window.document.path, read_only=True)
    try:
        assert plan_file.session.actuals.daily(PROSPECTS, NOV2, NOV4, rep_id=1) == {
            NOV2: 9,
            NOV4: 2,
        }
    finally:
        plan_file.close()


def test_the_actuals_grid_says_who_entered_each_value_and_when(qtbot, sent_window):
    window, out, paths = sent_window
    rep_enters(paths[0], {(PROSPECTS, NOV4): Fraction(2)})
    dialog = collect(qtbot, window, out)
    dialog.load_button.click()
    window.document.controller.record_actuals({(PROSPECTS, 2, NOV4): "1"})
    model = ActualsModel(window.document.controller)
    model.show(PROSPECTS)
    row = model.days.index(NOV4)
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.data(model.index(row, 1), tip).startswith("Entered: package of Rep 1, 20")
    assert model.data(model.index(row, 2), tip).startswith("Entered: typed in the plan, 20")
    assert model.data(model.index(row, 3), tip) is None  # no value, no tooltip


def test_the_reps_notes_are_listed_once_collected(qtbot, sent_window):
    from kpidesk.services.package_files import OpenPackage

    window, out, paths = sent_window
    opened = OpenPackage(paths[1])
    opened.session.set_rep_note(2, PROSPECTS, "Trade fair week", "Book visits early")
    opened.close()
    dialog = collect(qtbot, window, out)
    [rep_2] = dialog.tree.findItems("Rep 2", Qt.MatchFlag.MatchExactly)
    assert [rep_2.child(0).text(c) for c in (0, 2, 4)] == [
        "Prospects",
        "note",
        "Cause: Trade fair week / Action: Book visits early",
    ]
    dialog.load_button.click()
    notes = window.team_menu.show_notes()
    table = notes.findChild(QTableWidget, "repNotesTable")
    assert [table.item(0, c).text() for c in range(4)] == [
        "Rep 2",
        "Prospects",
        "Trade fair week",
        "Book visits early",
    ]


def test_closing_the_preview_while_it_reads_stops_the_reading(qtbot, sent_window):
    window, out, _paths = sent_window
    dialog = window.team_menu.collect_folder(str(out))
    dialog.reject()  # at once: the worker stops after the package it is reading
    assert dialog.worker.isFinished()
    assert window.document.controller.undo_stack.count() == 0
