"""Taking a plan's lock does not wait for the disk; a lock file a power cut left empty is
stale once old, so the plan still opens."""

import os
import time

from kpidesk.storage.plan_lock import STALE_AFTER_SECONDS, PlanLock, lock_path_for


def test_the_lock_is_taken_without_a_sync_and_a_power_cut_s_empty_lock_goes_stale(
    tmp_path, monkeypatch
):
    plan = tmp_path / "plan.kpidesk"
    plan.write_bytes(b"")
    synced = []
    monkeypatch.setattr(os, "fsync", lambda handle: synced.append(handle))
    lock, replaced = PlanLock.acquire(plan)
    assert (synced, replaced) == ([], None)
    lock.release()
    empty = lock_path_for(plan)
    empty.write_bytes(b"")  # created, then the power went before its text reached the disk
    old = time.time() - STALE_AFTER_SECONDS - 60
    os.utime(empty, (old, old))
    lock, replaced = PlanLock.acquire(plan)
    assert replaced is not None and replaced.user == "?"
    assert lock.owner.pid == os.getpid()
    lock.release()
