"""Backups in the window: one before the first edit, File → Restore From Backup…, Save a Copy,
and the latest backup offered for a damaged plan."""

import hashlib
import os
import stat
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kpidesk.services.backup_service import PlanBackups
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column
from kpidesk.ui.restore_dialog import RestoreDialog
from tests.ui.helpers import cell_text, edit_cell

PROSPECTS = 4


class Clock:
    def __init__(self):
        self.seconds = 0.0

    def __call__(self):
        return self.seconds


def prospects_plan(path):
    db = open_plan_file(path)
    try:
        return PlanStore(db).load().nodes[PROSPECTS].plan
    finally:
        db.close()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backups(tmp_path):
    return PlanBackups(tmp_path / "app-data" / "backups")


@pytest.fixture
def window(qtbot, english, settings, backups):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.backup_actions.backups = backups
    window.show()
    return window


def open_and_wait(window, path):
    assert window.open_file(path)
    assert window.backup_actions.keeper.finish(10)


def visible(window, kind):
    return [w for w in window.findChildren(kind) if w.isVisible()]


def test_the_first_edit_is_backed_up_before_and_a_backup_opens_as_a_new_file(
    qtbot, window, backups, demo_file, tmp_path
):
    open_and_wait(window, demo_file)
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    [entry] = backups.listing(demo_file)
    assert backups.path_of(entry).parent == backups.folder  # not beside the plan

    window.backup_actions.restore_action.trigger()
    [dialog] = visible(window, RestoreDialog)
    table = dialog.table
    assert table.rowCount() == 1
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == [
        "Backed up",
        "Plan",
        "KGI",
        "Last edit",
    ]
    assert [table.item(0, c).text() for c in (1, 2)] == [
        "Sales team plan (demo)",
        "Revenue ¥10,000,000",
    ]
    restored = tmp_path / "restored.kpidesk"
    window.backup_actions.ask_save_path = lambda title: str(restored)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.document.path == restored
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    assert not visible(window, RestoreDialog)


def test_replacing_the_plan_asks_once_and_backs_up_its_current_state_first(
    qtbot, window, backups, demo_file
):
    open_and_wait(window, demo_file)
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    questions = []
    window.backup_actions.confirm = lambda question: questions.append(question) or True
    dialog = window.backup_actions.show_restore()
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and "Replace “demo.kpidesk” with its backup of" in questions[0]
    assert window.document.path == demo_file.resolve()
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    assert window.backup_actions.keeper.finish(10)
    # the reopened plan's first copy, the state it replaced, the first copy of the session
    listed = backups.listing(demo_file)
    assert [e.session.startswith("restore-") for e in listed] == [False, True, False]
    replaced = listed[1]
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "480")  # the plan carries on as usual
    assert window.backup_actions.keeper.finish(10)
    window.backup_actions.confirm = lambda question: True
    dialog = window.backup_actions.show_restore()
    dialog.select(replaced)  # the state the replacement overwrote: 450
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert cell_text(window, PROSPECTS, Column.PLAN) == "450"


def test_cancelling_the_replacement_leaves_the_plan_alone(qtbot, window, backups, demo_file):
    open_and_wait(window, demo_file)
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    window.backup_actions.detach()  # nothing running while the file is compared
    window.backup_actions.attach(window.document)
    assert window.backup_actions.keeper.finish(10)
    before = digest(demo_file)
    window.backup_actions.confirm = lambda question: False
    dialog = window.backup_actions.show_restore()
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert digest(demo_file) == before
    assert cell_text(window, PROSPECTS, Column.PLAN) == "450"
    dialog.close()


def test_an_edit_made_while_the_first_copy_runs_waits_for_it(
    qtbot, window, backups, demo_file, monkeypatch
):
    real_back_up = backups.back_up
    edit_waiting = threading.Event()

    class FirstCopied(threading.Event):
        """The keeper's "first copy made" event, saying when a write starts waiting on it."""

        def wait(self, timeout=None):
            edit_waiting.set()
            return super().wait(timeout)

    def slow_back_up(*args, **kwargs):
        # the copy starts once the edit waits for it, and 0.1 s later (it slept 0.5 s before):
        # an edit that did not wait, or stopped waiting early, has written 450 by then
        edit_waiting.wait(5)
        time.sleep(0.1)
        return real_back_up(*args, **kwargs)

    monkeypatch.setattr(backups, "back_up", slow_back_up)
    assert window.open_file(demo_file)
    keeper = window.backup_actions.keeper
    assert keeper.is_running()
    monkeypatch.setattr(keeper, "_first_copied", FirstCopied())  # no copy made yet
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    [entry] = backups.listing(demo_file)
    assert prospects_plan(backups.path_of(entry)) == 500
    assert prospects_plan(demo_file) == 450


def test_a_new_backup_only_after_ten_minutes_of_editing(qtbot, window, backups, demo_file):
    open_and_wait(window, demo_file)
    keeper = window.backup_actions.keeper
    clock = Clock()
    keeper.schedule.clock = clock
    keeper.schedule.last_backup = clock()
    for minute, value in enumerate(("450", "460", "470")):
        clock.seconds = minute * 60
        edit_cell(qtbot, window, PROSPECTS, Column.PLAN, value)
    assert keeper.finish(10)
    assert len(backups.listing(demo_file)) == 1
    clock.seconds = 600
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "480")
    assert keeper.finish(10)
    newest, first = backups.listing(demo_file)
    assert newest.session == first.session


def test_a_damaged_plan_is_refused_and_its_latest_backup_offered(qtbot, window, backups, demo_file):
    backups.back_up(demo_file, None, "yesterday")
    intact = demo_file.read_bytes()
    damaged = intact[:100] + b"\xff" * (len(intact) - 100)
    demo_file.write_bytes(damaged)
    before = digest(demo_file)
    assert not window.open_file(demo_file)
    [box] = [b for b in visible(window, QMessageBox) if b.objectName() == "damagedPlanBox"]
    assert "is damaged and cannot be opened" in box.text()
    assert "The latest backup of this plan is from" in box.text()
    [restore] = [b for b in box.buttons() if b.text() == "Restore From Backup…"]
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    [dialog] = visible(window, RestoreDialog)
    assert dialog.selected() == backups.latest(demo_file)
    assert digest(demo_file) == before
    window.backup_actions.confirm = lambda question: True
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert window.document.path == demo_file.resolve()
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    # the damaged file was kept before it was replaced (the window may also have backed up the
    # restored plan by now, in its worker: find the copy by its content, not its place)
    contents = [backups.path_of(entry).read_bytes()[100:] for entry in backups.listing(demo_file)]
    assert contents.count(damaged[100:]) == 1


def test_save_a_copy_stays_on_the_plan_and_follows_the_umask(qtbot, window, demo_file, tmp_path):
    open_and_wait(window, demo_file)
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    copy = tmp_path / "copy.kpidesk"
    old_mask = os.umask(0o027)
    try:
        assert window.backup_actions.save_copy(copy)
    finally:
        os.umask(old_mask)
    assert window.document.path == demo_file.resolve()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o640
    assert "Saved a copy as" in window.statusBar().currentMessage()
    assert window.open_file(copy)
    assert cell_text(window, PROSPECTS, Column.PLAN) == "450"


def test_the_backup_folder_is_qts_local_app_data_folder(qapp, monkeypatch):
    from PySide6.QtCore import QStandardPaths

    from kpidesk.services.backup_service import default_backup_folder

    monkeypatch.delenv("KPIDESK_BACKUP_DIR", raising=False)
    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("KPI Desk")  # as kpidesk.ui.startup names the app
    qapp.setApplicationName("KPI Desk")
    try:
        location = QStandardPaths.StandardLocation.AppLocalDataLocation
        qt_folder = QStandardPaths.writableLocation(location)
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
    assert default_backup_folder() == Path(qt_folder) / "backups"


def test_a_plan_open_read_only_is_not_copied(qtbot, window, backups, demo_file):
    os.chmod(demo_file, 0o444)  # marked read-only: the window opens it read-only
    try:
        assert window.open_file(demo_file)
        assert window.document.read_only
        assert window.backup_actions.keeper is None
        assert backups.listing() == []
    finally:
        os.chmod(demo_file, 0o644)


def test_the_dialog_lists_this_plans_backups_or_every_plans(
    qtbot, window, backups, demo_file, demo, tmp_path
):
    from kpidesk.storage.plan_file import create_plan_file

    other = tmp_path / "other.kpidesk"
    create_plan_file(other, demo)
    backups.back_up(other, None, "other")
    open_and_wait(window, demo_file)
    dialog = window.backup_actions.show_restore()
    assert [e.plan_path for e in dialog.entries] == [str(demo_file.resolve())]
    dialog.all_plans.setChecked(True)
    assert dialog.table.rowCount() == 2
    assert {e.plan_path for e in dialog.entries} == {str(demo_file.resolve()), str(other)}
    dialog.select(next(e for e in dialog.entries if e.plan_path == str(other)))
    assert dialog.open_button.isEnabled() and not dialog.replace_button.isEnabled()
    dialog.close()
