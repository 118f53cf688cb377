"""One writer per plan in the window: the read-only choice, a read-only window, stale locks,
and the warning for shared folders. The other KPI Desk is a real second process."""

import hashlib
import json
import socket
import stat

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kpidesk.i18n.catalog import install_translators
from kpidesk.storage.plan_lock import read_owner
from kpidesk.ui.lock_prompt import since_text
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column
from tests.conftest import plan_copy
from tests.plan_holder import PlanHolder
from tests.ui.helpers import cell, cell_text

PROSPECTS = 4
READ_ONLY = "This plan is open read-only, so it cannot be changed here. Nothing was changed."


def fingerprint(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def empty_window(qtbot, english, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def holder(demo_file):
    held = PlanHolder(demo_file)
    assert held.ready, held.error()
    yield held
    held.stop()


@pytest.fixture(scope="module")
def held(demo_template, tmp_path_factory):
    """A demo plan another KPI Desk holds, shared by the tests that only read it (one process
    started instead of one a test); a test whose holder writes starts its own `holder`."""
    path = plan_copy(demo_template, tmp_path_factory.mktemp("held") / "demo.kpidesk")
    holder = PlanHolder(path)
    assert holder.ready, holder.error()
    yield holder
    holder.stop()


def answer_lock_prompt(button_text: str, seen: dict) -> None:
    """When the prompt shows, note what it says and press `button_text`."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen["text"] = box.text()
        seen["buttons"] = [button.text() for button in box.buttons()]
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, press)


def open_read_only(window, plan) -> dict:
    seen: dict = {}
    answer_lock_prompt("Open Read-Only", seen)
    assert window.open_file(plan)
    return seen


def test_a_held_plan_says_who_where_since_when_and_offers_read_only(empty_window, held):
    holder, demo_file = held, held.path
    owner = read_owner(demo_file)
    seen = open_read_only(empty_window, demo_file)
    assert seen["text"] == (
        f"“demo.kpidesk” is open for editing in KPI Desk by {owner.user} on the computer "
        f"“{socket.gethostname()}” since {since_text(owner)}."
    )
    assert seen["buttons"] == ["Open Read-Only", "Cancel"]
    assert owner.pid == holder.pid
    assert empty_window.document.read_only
    assert empty_window.windowTitle() == "demo.kpidesk (read-only) — KPI Desk"


def test_cancel_opens_nothing(empty_window, held):
    holder, demo_file = held, held.path
    seen: dict = {}
    answer_lock_prompt("Cancel", seen)
    assert not empty_window.open_file(demo_file)
    assert empty_window.document is None
    assert read_owner(demo_file).pid == holder.pid


def test_a_read_only_window_refuses_every_edit_and_says_why(qtbot, empty_window, held):
    window, demo_file = empty_window, held.path
    open_read_only(window, demo_file)
    before = fingerprint(demo_file)
    index = cell(window, PROSPECTS, Column.PLAN)
    window.tree.setCurrentIndex(index)
    qtbot.keyClicks(window.tree, "480")
    assert window.tree.indexWidget(index) is None  # no editor opened
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    assert window.message_bar.text() == READ_ONLY
    assert window.document.controller.set_plan_value(PROSPECTS, "480") == READ_ONLY
    assert window.document.controller.add_child(PROSPECTS) is None
    tree = window.tree_actions
    edits = [tree.add, tree.rename, tree.delete, tree.paste, tree.move_up, tree.demote]
    edits += [window.team_action, window.import_action, window.period_action]
    edits += [window.new_review_action, window.thresholds_action, *window.policy_actions.actions()]
    assert [action.isEnabled() for action in edits] == [False] * len(edits)
    assert window.export_pdf_action.isEnabled() and window.save_as_action.isEnabled()
    assert window.form.name.isReadOnly() and window.form.target.isReadOnly()
    window.show_actuals()
    assert window.actuals.view.editTriggers() == window.actuals.view.EditTrigger.NoEditTriggers
    window.show_reviews()
    assert not window.reviews.new_button.isEnabled()
    assert fingerprint(demo_file) == before


def test_a_read_only_window_reloads_when_the_writer_changes_the_file(
    qtbot, empty_window, holder, demo_file
):
    window = empty_window
    open_read_only(window, demo_file)
    window._select_node(PROSPECTS)
    with qtbot.waitSignal(window.read_only_mode.reloaded, timeout=10_000):
        holder.set_plan_value(PROSPECTS, 480)
    assert cell_text(window, PROSPECTS, Column.PLAN) == "480"
    assert cell_text(window, 1, Column.PROJECTED) == "¥9,600,000"
    assert window.current_node_id() == PROSPECTS
    assert window.windowTitle() == "demo.kpidesk (read-only) — KPI Desk"
    assert not window.tree_actions.add.isEnabled()


def test_without_file_notices_a_network_share_is_still_followed_by_polling(
    qtbot, empty_window, holder, demo_file
):
    window = empty_window
    open_read_only(window, demo_file)
    mode = window.read_only_mode
    mode.watcher.fileChanged.disconnect()  # as on NFS or SMB: no notice of another's write
    mode.poll.setInterval(100)
    with qtbot.waitSignal(mode.reloaded, timeout=10_000):
        holder.set_plan_value(PROSPECTS, 490)
    assert cell_text(window, PROSPECTS, Column.PLAN) == "490"


def test_a_lock_left_by_a_killed_process_is_taken_over_after_saying_so(
    qtbot, empty_window, demo_file
):
    held = PlanHolder(demo_file)
    assert held.ready, held.error()
    owner = read_owner(demo_file)
    held.kill()
    assert empty_window.open_file(demo_file)
    box = empty_window.findChild(QMessageBox, "lockTakenOverBox")
    assert box is not None and box.isVisible()
    assert box.text() == (
        f"“demo.kpidesk” was still marked as open by {owner.user} on “{socket.gethostname()}” "
        f"(since {since_text(owner)}), but that KPI Desk is no longer running. The file was "
        "checked and is fine; it is now open here for editing."
    )
    box.close()
    assert not empty_window.document.read_only
    assert read_owner(demo_file).pid != held.pid
    assert empty_window.windowTitle() == "demo.kpidesk — KPI Desk"


def test_a_read_only_file_opens_read_only_and_stays_byte_identical(empty_window, demo_file):
    demo_file.chmod(stat.S_IRUSR | stat.S_IRGRP)
    before = fingerprint(demo_file)
    assert empty_window.open_file(demo_file)
    assert empty_window.windowTitle() == "demo.kpidesk (read-only) — KPI Desk"
    empty_window.document.controller.rename(PROSPECTS, "Leads")
    empty_window.close()
    assert fingerprint(demo_file) == before


def test_the_japanese_title_says_read_only(qtbot, qapp, settings, demo_file):
    install_translators(qapp, "ja")
    try:
        demo_file.chmod(stat.S_IRUSR | stat.S_IRGRP)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert window.open_file(demo_file)
        assert window.windowTitle().startswith("demo.kpidesk（読み取り専用） — ")
    finally:
        install_translators(qapp, "en")


def test_a_plan_in_a_synced_folder_warns_once_per_folder(qtbot, empty_window, demo_file):
    synced = demo_file.parent / "Dropbox" / "Sales"
    synced.mkdir(parents=True)
    plan = synced / "team.kpidesk"
    plan.write_bytes(demo_file.read_bytes())
    assert empty_window.open_file(plan)
    box = empty_window.findChild(QMessageBox, "sharedFolderBox")
    assert box.isVisible()
    assert box.text() == (
        "This plan is in a folder synced by Dropbox. A SQLite file there can be damaged while "
        "it syncs, and two people can overwrite each other's changes. Keep the team's plan on "
        "one computer and share rep packages through the shared folder instead."
    )
    box.close()
    qtbot.waitUntil(lambda: empty_window.findChild(QMessageBox, "sharedFolderBox") is None)
    assert empty_window.open_file(demo_file)  # a local folder: no warning
    assert empty_window.open_file(plan)  # the same folder again: no second warning
    assert empty_window.findChild(QMessageBox, "sharedFolderBox") is None
    assert empty_window.save_as(synced / "copy.kpidesk")
    assert empty_window.findChild(QMessageBox, "sharedFolderBox") is None
    assert not empty_window.document.read_only  # a warning, never a refusal


def test_an_edit_after_another_machine_took_the_lock_over_is_refused(qtbot, window, demo_file):
    lock = demo_file.with_name(".~lock.demo.kpidesk#")
    taken = {"user": "sato", "host": "laptop-b", "pid": 7, "token": "theirs"}
    taken |= {"opened_at": "2026-12-01T09:00:00+09:00", "heartbeat_at": "2026-12-01T09:00:00+09:00"}
    lock.write_text(json.dumps(taken), encoding="utf-8")
    before = fingerprint(demo_file)
    refusal = window.document.controller.set_plan_value(PROSPECTS, "480")
    assert refusal == (
        "sato on “laptop-b” took this plan over while this KPI Desk was not responding (asleep, "
        "say), so nothing was changed. Open the plan again to see it as it is now."
    )
    assert window.statusBar().currentMessage() == refusal
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    window.close()
    assert fingerprint(demo_file) == before
    assert json.loads(lock.read_text(encoding="utf-8"))["host"] == "laptop-b"  # theirs stays
