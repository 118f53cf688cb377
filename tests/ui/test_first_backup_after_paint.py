"""The copy made when a plan opens starts after the window has painted, not during its open."""

import pytest
from PySide6.QtCore import QEvent, QObject

from kpidesk.services.backup_service import PlanBackups
from kpidesk.ui import backup_keeper
from kpidesk.ui.main_window import MainWindow


@pytest.fixture
def backups(tmp_path):
    return PlanBackups(tmp_path / "app-data" / "backups")


class Paints(QObject):
    """Counts the window's paints, and the backups listed at its first one."""

    def __init__(self, window, kept: PlanBackups, plan) -> None:
        super().__init__(window)
        self.count, self.backups_at_first = 0, None
        self.backups, self.plan = kept, plan
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            if self.backups_at_first is None:
                self.backups_at_first = len(self.backups.listing(self.plan))
        return False


def test_the_window_paints_the_plan_before_its_first_copy_starts(
    qtbot, settings, backups, demo_file, monkeypatch
):
    monkeypatch.setattr(backup_keeper, "FIRST_COPY_DELAY_MS", 300)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.backup_actions.backups = backups
    started = []
    real_launch = backup_keeper.BackupKeeper._launch
    monkeypatch.setattr(
        backup_keeper.BackupKeeper,
        "_launch",
        lambda keeper: (started.append(1), real_launch(keeper)),
    )
    assert window.open_file(demo_file)
    paints = Paints(window, backups, demo_file)
    window.show()
    qtbot.waitUntil(lambda: paints.count > 0)
    assert started == [] and paints.backups_at_first == 0
    assert window.backup_actions.keeper.is_running()  # due: a write now would wait for it
    qtbot.waitUntil(lambda: len(backups.listing(demo_file)) == 1, timeout=5000)
    assert started == [1]
    assert window.backup_actions.keeper.finish(10)


def test_a_plan_closed_before_its_first_copy_is_not_copied_and_an_edited_one_is(
    qtbot, settings, backups, demo_file, tmp_path
):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.backup_actions.backups = backups
    assert window.open_file(demo_file)
    window.close()  # at once: nothing was written, so nothing needs copying first
    assert backups.listing(demo_file) == []
    assert window.backup_actions.keeper is None

    edited = tmp_path / "edited.kpidesk"
    edited.write_bytes(demo_file.read_bytes())
    assert window.open_file(edited)
    assert window.document.controller.set_plan_value(4, "450") is None
    window.close()
    assert len(backups.listing(edited)) == 1  # the state before the edit, made before it
