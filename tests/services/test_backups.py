"""Backups: made before a session's first write and not again within 10 minutes; restore."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from kpidesk.services.backup_service import (
    BackupSchedule,
    PlanBackups,
    back_up_before_first_write,
    default_backup_folder,
)
from kpidesk.services.plan_files import PlanFileError, open_plan
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

PROSPECTS = 4


class Clock:
    def __init__(self):
        self.seconds = 1000.0

    def __call__(self):
        return self.seconds


def content(path):
    """Every row of the file, as SQL (a backup's bytes differ in the header's counters)."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def prospects_plan(path):
    db = open_plan_file(path)
    try:
        return PlanStore(db).load().nodes[PROSPECTS].plan
    finally:
        db.close()


@pytest.fixture
def backups(tmp_path):
    return PlanBackups(tmp_path / "data" / "backups")


def test_a_backup_is_made_before_the_first_write_and_holds_the_state_before_it(demo_file, backups):
    before = content(demo_file)
    plan_file = open_plan(demo_file)
    back_up_before_first_write(plan_file.session, plan_file.path, backups)
    assert backups.listing() == []  # opening alone writes nothing and copies nothing
    plan_file.session.set_plan_value(PROSPECTS, 450)
    plan_file.session.set_plan_value(PROSPECTS, 470)
    plan_file.close()
    [entry] = backups.listing(demo_file)
    copy = backups.path_of(entry)
    assert copy.parent == backups.folder and copy.parent != demo_file.parent
    assert content(copy) == before
    assert prospects_plan(copy) == 500 and prospects_plan(demo_file) == 470
    assert entry.label.plan_name == "Sales team plan (demo)"
    assert (entry.label.kgi_name, entry.label.kgi_target) == ("Revenue", "10000000")
    assert entry.plan_path == str(demo_file.resolve())


def test_the_schedule_waits_ten_minutes_of_editing_between_backups():
    clock = Clock()
    schedule = BackupSchedule(clock)
    assert schedule.due() and schedule.first_due()
    schedule.note_backup()
    schedule.note_edit()
    clock.seconds += 599
    assert not schedule.due()
    clock.seconds += 1
    assert schedule.due()
    schedule.note_backup()
    clock.seconds += 3600  # an hour without an edit: nothing new to keep
    assert not schedule.due()
    schedule.note_edit()
    assert schedule.due()


def test_an_unchanged_plan_is_not_copied_twice(demo_file, backups):
    first = backups.back_up(demo_file, None, "s1")
    assert first is not None
    assert backups.back_up(demo_file, None, "s2") is None
    assert len(backups.listing(demo_file)) == 1


def test_restore_as_a_new_file_and_replace_after_backing_up_the_current_state(
    demo_file, backups, tmp_path
):
    plan_file = open_plan(demo_file)
    back_up_before_first_write(plan_file.session, plan_file.path, backups)
    plan_file.session.set_plan_value(PROSPECTS, 450)
    plan_file.close()
    [entry] = backups.listing(demo_file)

    new = tmp_path / "restored.kpidesk"
    backups.open_as_new(entry, new)
    assert prospects_plan(new) == 500

    replaced_state = content(demo_file)
    current = backups.replace(entry, demo_file, None, "restore")
    assert prospects_plan(demo_file) == 500
    assert content(backups.path_of(current)) == replaced_state
    assert [e.file for e in backups.listing(demo_file)] == [current.file, entry.file]


def test_a_damaged_plan_is_kept_byte_for_byte_when_replaced(demo_file, backups):
    entry = backups.back_up(demo_file, None, "s1")
    intact = demo_file.read_bytes()
    damaged = intact[:100] + b"\xff" * (len(intact) - 100)  # the header says plan, nothing else
    demo_file.write_bytes(damaged)
    with pytest.raises(PlanFileError) as refusal:
        open_plan(demo_file)
    assert refusal.value.code == "damaged"
    assert backups.latest(demo_file) == entry
    kept = backups.replace(entry, demo_file, None, "restore")
    # every page as it was (SQLite's copy renews only the header's change counter)
    assert backups.path_of(kept).read_bytes()[100:] == damaged[100:]
    assert prospects_plan(demo_file) == 500


def test_the_size_cap_removes_the_oldest_copies(demo_file, tmp_path):
    moments = iter(datetime(2026, 11, 20, 9, 0) + timedelta(minutes=m) for m in range(0, 99, 11))
    size = demo_file.stat().st_size
    backups = PlanBackups(tmp_path / "backups", cap_bytes=2 * size, now=lambda: next(moments))
    plan_file = open_plan(demo_file)
    files = []
    for session, value in enumerate((450, 460, 470)):
        files.append(backups.back_up(demo_file, plan_file.session.plan, f"s{session}").file)
        plan_file.session.set_plan_value(PROSPECTS, value)
    plan_file.close()
    assert [e.file for e in backups.listing()] == [files[2], files[1]]
    assert sorted(p.name for p in backups.folder.iterdir()) == sorted(
        [files[1], files[2], "backups.json", "backups.json.lock"]
    )


def test_the_default_folder_is_the_apps_local_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("KPIDESK_BACKUP_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert default_backup_folder() == tmp_path / "share" / "KPI Desk" / "KPI Desk" / "backups"


def test_the_manifest_keeps_every_field_of_a_backup_in_its_order(demo_file, tmp_path):
    import json
    from dataclasses import asdict

    backups = PlanBackups(tmp_path / "backups")
    db = open_plan_file(demo_file)
    plan = PlanStore(db).load()
    db.close()
    with_plan = backups.back_up(demo_file, plan, "session-1")
    without = backups.back_up(demo_file, None, "session-2", skip_unchanged=False)
    manifest = json.loads((tmp_path / "backups" / "backups.json").read_text(encoding="utf-8"))
    for entry, listed in zip((with_plan, without), manifest["backups"], strict=True):
        data = asdict(entry)  # the fields as written before (asdict), dates as ISO text
        data["made_at"] = entry.made_at.isoformat()
        data["last_edit"] = entry.last_edit.isoformat() if entry.last_edit else None
        assert list(listed.items()) == list(data.items())
        assert list(listed["label"].items()) == list(data["label"].items())
    assert manifest["backups"][0]["label"]["kgi_name"] == "Revenue"
    assert backups.listing() == [without, with_plan]
