"""One writer per plan: a second real process, stale locks, read-only opening, racing opens."""

import hashlib
import json
import os
import socket
import stat
from datetime import datetime, timedelta

import pytest

from kpidesk.services.plan_files import PlanFileError, PlanLockedError, open_plan
from kpidesk.storage import plan_lock
from kpidesk.storage.plan_lock import PlanLock, lock_path_for, read_owner
from tests.conftest import plan_copy
from tests.plan_holder import PlanHolder

PROSPECTS = 4


def fingerprint(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def holder(demo_file):
    held = PlanHolder(demo_file)
    assert held.ready, held.error()
    yield held
    held.stop()


@pytest.fixture(scope="module")
def held(demo_template, tmp_path_factory):
    """One KPI Desk holding a plan for the tests that are refused it or only read it, and check
    it is unchanged (a process costs a quarter of a second of CPU)."""
    holder = PlanHolder(plan_copy(demo_template, tmp_path_factory.mktemp("held") / "demo.kpidesk"))
    assert holder.ready, holder.error()
    yield holder
    holder.stop()


def write_lock(plan, *, host: str, pid: int, minutes_ago: float) -> None:
    moment = (datetime.now() - timedelta(minutes=minutes_ago)).astimezone()
    fields = {
        "user": "sato",
        "host": host,
        "pid": pid,
        "opened_at": moment.isoformat(timespec="seconds"),
        "heartbeat_at": moment.isoformat(timespec="seconds"),
    }
    lock_path_for(plan).write_text(json.dumps(fields), encoding="utf-8")


def test_a_plan_held_by_another_process_says_who_where_and_since_when(held):
    before = fingerprint(held.path)
    with pytest.raises(PlanLockedError) as refusal:
        open_plan(held.path)
    owner = refusal.value.owner
    assert (owner.host, owner.pid) == (socket.gethostname(), held.pid)
    assert owner.user == read_owner(held.path).user != ""
    assert abs(owner.opened.timestamp() - datetime.now().timestamp()) < 60
    assert refusal.value.code == "locked"
    assert refusal.value.detail.startswith(f"{owner.user}@{owner.host}, ")
    assert fingerprint(held.path) == before


def test_the_held_plan_opens_read_only_and_stays_byte_identical(held):
    before = fingerprint(held.path)
    reader = open_plan(held.path, read_only=True)
    assert reader.read_only
    assert reader.session.plan.nodes[PROSPECTS].plan == 500
    with pytest.raises(Exception, match="readonly"):
        reader.session.set_plan_value(PROSPECTS, 480)
    reader.close()
    assert fingerprint(held.path) == before
    assert read_owner(held.path).pid == held.pid  # the reader leaves the writer's lock alone


def test_the_writer_s_changes_are_kept_and_the_lock_goes_when_it_closes(holder, demo_file):
    holder.set_plan_value(PROSPECTS, 480)
    holder.stop()
    assert not lock_path_for(demo_file).exists()
    opened = open_plan(demo_file)
    assert opened.session.plan.nodes[PROSPECTS].plan == 480
    assert opened.took_over is None
    opened.close()


def test_a_lock_left_by_a_killed_process_is_taken_over_and_reported(demo_file):
    held = PlanHolder(demo_file)
    assert held.ready, held.error()
    held.set_plan_value(PROSPECTS, 470)
    held.kill()
    assert read_owner(demo_file).pid == held.pid  # kill -9 leaves the lock file behind
    opened = open_plan(demo_file)
    assert opened.took_over.pid == held.pid
    assert opened.took_over.host == socket.gethostname()
    assert read_owner(demo_file).pid == os.getpid()
    assert opened.session.plan.nodes[PROSPECTS].plan == 470  # no loss
    opened.close()
    assert not lock_path_for(demo_file).exists()


def test_a_lock_from_another_machine_is_stale_only_after_its_heartbeat_stops(demo_file):
    write_lock(demo_file, host="laptop-b", pid=1, minutes_ago=1)
    with pytest.raises(PlanLockedError) as refusal:
        open_plan(demo_file)
    assert (refusal.value.owner.user, refusal.value.owner.host) == ("sato", "laptop-b")
    write_lock(
        demo_file, host="laptop-b", pid=1, minutes_ago=plan_lock.STALE_AFTER_SECONDS / 60 + 1
    )
    opened = open_plan(demo_file)
    assert opened.took_over.host == "laptop-b"
    opened.close()


def test_a_shortened_staleness_turns_a_silent_lock_stale(demo_file, monkeypatch):
    monkeypatch.setattr(plan_lock, "STALE_AFTER_SECONDS", 30)
    write_lock(demo_file, host="laptop-b", pid=1, minutes_ago=1)
    opened = open_plan(demo_file)
    assert opened.took_over.user == "sato"
    opened.close()


def test_the_heartbeat_keeps_a_live_lock_fresh(demo_file, monkeypatch):
    lock, replaced = PlanLock.acquire(demo_file)
    assert replaced is None
    old = (datetime.now() - timedelta(minutes=10)).astimezone().isoformat(timespec="seconds")
    fields = json.loads(lock_path_for(demo_file).read_text())
    lock_path_for(demo_file).write_text(json.dumps({**fields, "heartbeat_at": old}))
    assert read_owner(demo_file).heartbeat_at == old
    assert lock.heartbeat()
    assert read_owner(demo_file).heartbeat_at != old
    assert not read_owner(demo_file).is_stale()
    lock.release()


def test_a_damaged_plan_behind_a_stale_lock_is_refused_as_damaged(demo_file):
    with demo_file.open("r+b") as handle:  # an index page the opening itself never reads
        handle.seek(14 * 4096)
        handle.write(b"\x0d" + b"\xff" * 4095)
    before = fingerprint(demo_file)
    write_lock(demo_file, host=socket.gethostname(), pid=999_999_999, minutes_ago=0)
    with pytest.raises(PlanFileError) as refusal:
        open_plan(demo_file)
    assert refusal.value.code == "damaged"
    assert fingerprint(demo_file) == before


def test_a_read_only_file_opens_read_only_without_a_lock_and_unchanged(demo_file):
    demo_file.chmod(stat.S_IRUSR | stat.S_IRGRP)
    before = fingerprint(demo_file)
    opened = open_plan(demo_file)
    assert opened.read_only
    assert opened.session.plan.nodes[PROSPECTS].plan == 500
    assert not lock_path_for(demo_file).exists()
    opened.close()
    assert fingerprint(demo_file) == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.kpidesk"]


def test_two_processes_racing_to_open_never_both_get_write_access(demo_file):
    racers = [PlanHolder(demo_file) for _ in range(4)]
    try:
        writers = [racer for racer in racers if racer.ready]
        refused = [racer.first_line for racer in racers if not racer.ready]
        assert len(writers) == 1
        assert all(line.startswith("refused locked ") for line in refused), refused
        assert read_owner(demo_file).pid == writers[0].pid
    finally:
        for racer in racers:
            racer.stop()


def test_the_lock_takes_any_file_such_as_a_rep_package(tmp_path):
    package = tmp_path / "sato.kpipkg"
    package.write_bytes(b"anything")
    lock, _ = PlanLock.acquire(package)
    assert lock_path_for(package).name == ".~lock.sato.kpipkg#"
    with pytest.raises(plan_lock.LockHeldError):
        PlanLock.acquire(package)
    lock.release()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sato.kpipkg"]


def test_a_lock_that_vanished_is_made_again_and_one_replaced_is_noticed(demo_file):
    opened = open_plan(demo_file)
    lock_path_for(demo_file).unlink()
    assert opened.lock_taken_by() is None
    assert read_owner(demo_file).pid == os.getpid()
    write_lock(demo_file, host="laptop-b", pid=1, minutes_ago=0)
    assert opened.lock_taken_by().host == "laptop-b"
    opened.close()
    assert read_owner(demo_file).host == "laptop-b"  # closing leaves the new holder's lock
