"""The write path under faults: the lock taken up front, typed errors, nothing half-written."""

import hashlib
import shutil
import time
from dataclasses import replace

import pytest

from kpidesk.storage.errors import StorageError
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore
from tests.write_faults import (
    as_nobody,
    fill_disk,
    give_to_nobody,
    nobody_folder,
    remove_folder,
    small_disk,
    write_lock_held,
)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_row_lands_even_when_sqlite_utils_has_cached_that_upsert_fails(demo_file):
    """The pitfall itself: sqlite-utils' fallback for a cached "no" skipped new rows."""
    db = open_plan_file(demo_file)
    db._supports_on_conflict = False  # what a busy file or a full disk left behind
    store = PlanStore(db)
    plan = store.load()
    with store.transaction():
        store.put_node(replace(plan.nodes[5], id=6, name="Visits", position=2))
        store.put_node(replace(plan.nodes[2], name="Closed deals"))
    db.close()
    reread = PlanStore(open_plan_file(demo_file)).load()
    assert reread.nodes[6].name == "Visits"
    assert reread.nodes[2].name == "Closed deals"
    assert reread.nodes[2].target == plan.nodes[2].target


def test_a_write_waits_for_a_short_lock_held_by_another_process(demo_file):
    store = PlanStore(open_plan_file(demo_file), busy_timeout=10)
    plan = store.load()
    with write_lock_held(demo_file, seconds=0.3):
        started = time.monotonic()
        with store.transaction():
            store.put_node(replace(plan.nodes[2], name="Closed deals"))
        waited = time.monotonic() - started
    assert waited >= 0.2
    assert PlanStore(open_plan_file(demo_file)).load().nodes[2].name == "Closed deals"


def test_a_lock_held_past_the_busy_timeout_is_a_busy_error_and_nothing_is_written(demo_file):
    store = PlanStore(open_plan_file(demo_file), busy_timeout=0.1)
    plan = store.load()
    before = digest(demo_file)
    held = write_lock_held(demo_file)
    with held, pytest.raises(StorageError) as raised, store.transaction():
        store.put_node(replace(plan.nodes[2], name="Closed deals"))
    assert raised.value.code == "busy"
    assert digest(demo_file) == before
    assert not store.db.conn.in_transaction


def test_a_full_disk_is_a_disk_full_error_and_the_file_is_unchanged(demo_file):
    with small_disk() as folder:
        path = shutil.copy(demo_file, folder / "plan.kpidesk")
        store = PlanStore(open_plan_file(path))
        plan = store.load()
        before = digest(path)
        filler = fill_disk(folder)
        with pytest.raises(StorageError) as raised, store.transaction():
            for number in range(6, 60):
                store.put_node(replace(plan.nodes[5], id=number, name="x" * 2000))
        assert raised.value.code == "disk_full"
        assert digest(path) == before
        filler.unlink()
        with store.transaction():
            store.put_node(replace(plan.nodes[5], id=6, name="Visits", position=2))
        store.db.close()
        assert PlanStore(open_plan_file(path)).load().nodes[6].name == "Visits"


def test_a_folder_turned_read_only_is_a_read_only_error_and_the_file_is_unchanged(demo_file):
    folder = nobody_folder()
    try:
        path = shutil.copy(demo_file, folder / "plan.kpidesk")
        give_to_nobody(path)
        store = PlanStore(open_plan_file(path))
        plan = store.load()
        before = digest(path)
        folder.chmod(0o555)
        with as_nobody(), pytest.raises(StorageError) as raised, store.transaction():
            store.put_node(replace(plan.nodes[2], name="Closed deals"))
        assert raised.value.code == "read_only"
        assert digest(path) == before
    finally:
        remove_folder(folder)


def test_an_error_that_is_not_about_storage_rolls_back_and_passes_through(demo_file):
    store = PlanStore(open_plan_file(demo_file))
    plan = store.load()
    with pytest.raises(ZeroDivisionError), store.transaction():
        store.put_node(replace(plan.nodes[2], name="Closed deals"))
        _ = 1 / 0
    assert store.load().nodes[2].name == "Deals"


def test_a_file_damaged_under_the_session_is_a_damaged_error(demo_file):
    store = PlanStore(open_plan_file(demo_file))
    plan = store.load()
    size = demo_file.stat().st_size
    with demo_file.open("r+b") as handle:  # every page after the first overwritten
        for offset in range(4096, size, 4096):
            handle.seek(offset)
            handle.write(b"\xff" * 4096)
    with pytest.raises(StorageError) as raised, store.transaction():
        store.put_node(replace(plan.nodes[2], name="Closed deals"))
        store.put_node(replace(plan.nodes[5], id=6, name="Visits", position=2))
    assert raised.value.code == "damaged"
    assert not store.db.conn.in_transaction
