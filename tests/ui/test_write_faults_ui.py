"""When the file cannot be written, the window says why, shows what the file holds, and the undo
stack moves only when the file did."""

import hashlib
import shutil
from pathlib import Path

import pytest

from kpidesk.i18n.catalog import install_translators
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell, cell_text, edit_cell
from tests.write_faults import (
    as_nobody,
    fill_disk,
    give_to_nobody,
    nobody_folder,
    remove_folder,
    small_disk,
    write_lock_held,
)

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
DISK_FULL = "The disk is full. Nothing was changed; free some space and try again."
BUSY = "Another program is writing to this plan. Nothing was changed; try again in a moment."
READ_ONLY = "The plan file or its folder is read-only. Nothing was changed."


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def stored(path):
    db = open_plan_file(path)
    plan = PlanStore(db).load()
    db.close()
    return plan


@pytest.fixture
def open_window(qtbot, english, settings):
    windows = []

    def opener(path) -> MainWindow:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert window.open_file(path)
        window.show()
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.close()


def stack(window):
    return window.document.controller.undo_stack


def test_a_full_disk_is_reported_and_neither_the_file_nor_the_undo_stack_moves(
    qtbot, open_window, demo_file, capfd
):
    with small_disk() as folder:
        path = shutil.copy(demo_file, folder / "plan.kpidesk")
        window = open_window(path)
        edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
        assert stack(window).index() == 1
        filler = fill_disk(folder)
        before = digest(path)

        edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "400")
        assert window.message_bar.isVisible()
        assert window.message_bar.text() == DISK_FULL
        assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
        assert cell_text(window, REVENUE, Column.PROJECTED) == "¥9,000,000"
        assert (stack(window).index(), stack(window).count()) == (1, 1)

        window.undo_action.trigger()  # the undo cannot be written either
        assert window.message_bar.text() == DISK_FULL
        assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
        assert stack(window).index() == 1
        assert digest(path) == before

        filler.unlink()
        window.undo_action.trigger()
        assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
        assert stack(window).index() == 0
        assert stored(path).nodes[PROSPECTS].plan == 500

        filler = fill_disk(folder)
        window.redo_action.trigger()  # the redo cannot be written
        assert window.message_bar.text() == DISK_FULL
        assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
        assert stack(window).index() == 0
        filler.unlink()
        window.redo_action.trigger()
        assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
        assert stack(window).index() == 1
        assert stored(path).nodes[PROSPECTS].plan == 450
    assert "Traceback" not in capfd.readouterr().err


def test_another_program_writing_is_reported_and_the_plan_stays_as_the_file_has_it(
    qtbot, open_window, demo_file, capfd
):
    window = open_window(demo_file)
    window.document.session.store.set_busy_timeout(0.3)
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    before = digest(demo_file)
    window.tree.setCurrentIndex(cell(window, DEALS, Column.NAME))
    with write_lock_held(demo_file):
        window.tree_actions.add.trigger()
        assert window.message_bar.text() == BUSY
        assert window.model.rowCount(cell(window, DEALS, Column.NAME)) == 2
        assert sorted(window.document.session.plan.nodes) == [1, 2, 3, 4, 5]
        assert (stack(window).index(), stack(window).count()) == (1, 1)

        window.undo_action.trigger()
        assert window.message_bar.text() == BUSY
        assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
        assert stack(window).index() == 1
    assert digest(demo_file) == before

    window.undo_action.trigger()  # the other program is done: now it lands
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    assert stored(demo_file).nodes[PROSPECTS].plan == 500
    assert "Traceback" not in capfd.readouterr().err


def test_a_folder_turned_read_only_is_reported_and_the_file_is_unchanged(
    qtbot, open_window, demo_file, capfd
):
    folder = nobody_folder()
    try:
        path = shutil.copy(demo_file, folder / "plan.kpidesk")
        give_to_nobody(path)
        window = open_window(path)
        edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
        folder.chmod(0o555)
        before = digest(path)
        with as_nobody():
            edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "400")
        assert window.message_bar.text() == READ_ONLY
        assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
        assert stack(window).index() == 1
        assert digest(path) == before
    finally:
        remove_folder(folder)
    assert "Traceback" not in capfd.readouterr().err


def test_the_japanese_window_says_another_program_is_writing_in_japanese(
    qtbot, qapp, settings, demo_file
):
    install_translators(qapp, "ja")
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert window.open_file(demo_file)
        window.document.session.store.set_busy_timeout(0.2)
        edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
        with write_lock_held(demo_file):
            window.undo_action.trigger()
        assert window.message_bar.text() == (
            "別のプログラムがこのプランに書き込み中です。何も変更されていません。"
            "少し待ってからもう一度お試しください。"
        )
        assert stack(window).index() == 1
    finally:
        install_translators(qapp, "en")


def test_after_a_failed_edit_the_tree_shows_what_another_program_wrote_to_the_file(
    qtbot, open_window, demo_file
):
    import sqlite3

    with small_disk() as folder:
        path = shutil.copy(demo_file, folder / "plan.kpidesk")
        window = open_window(path)
        edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
        other = sqlite3.connect(path)  # another program renames a KPI behind the window's back
        with other:
            other.execute("UPDATE node SET name = 'Leads' WHERE id = ?", [PROSPECTS])
        other.close()
        filler = fill_disk(folder)
        edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "400")
        assert window.message_bar.text() == DISK_FULL
        assert cell_text(window, PROSPECTS, Column.NAME) == "Leads"
        assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
        filler.unlink()
