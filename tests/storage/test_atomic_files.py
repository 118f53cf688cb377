"""Files as users expect: the umask for new files, the mode kept on Save As, and nothing left
behind by a write or a backup killed with kill -9 once the next run has cleaned up."""

import hashlib
import os
import stat
import subprocess
import sys
import time
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest

from kpidesk.storage.actual_store import ActualStore
from kpidesk.storage.atomic_files import remove_stale_temps
from kpidesk.storage.plan_file import create_plan_file, open_plan_file, save_copy
from tests.cli.helpers import run
from tests.conftest import TEST_DAY

ROOT = Path(__file__).resolve().parents[2]


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def ours(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".kpidesk-"))


@pytest.fixture
def umask():
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


@pytest.mark.parametrize(("mask", "expected"), [(0o027, 0o640), (0o002, 0o664), (0o077, 0o600)])
def test_new_plans_and_copies_follow_the_umask(demo, demo_file, tmp_path, umask, mask, expected):
    umask(mask)
    create_plan_file(tmp_path / "new.kpidesk", demo)
    db = open_plan_file(demo_file)
    save_copy(db, tmp_path / "copy.kpidesk")
    db.close()
    assert mode(tmp_path / "new.kpidesk") == expected
    assert mode(tmp_path / "copy.kpidesk") == expected


@pytest.mark.parametrize("existing_mode", [0o600, 0o664, 0o640])
def test_save_as_over_an_existing_plan_keeps_its_mode(demo_file, tmp_path, umask, existing_mode):
    umask(0o022)
    target = tmp_path / "shared.kpidesk"
    create_plan_file(target, _plan(demo_file))
    os.chmod(target, existing_mode)
    db = open_plan_file(demo_file)
    save_copy(db, target)
    db.close()
    assert mode(target) == existing_mode
    assert ours(tmp_path) == []


def _plan(path):
    from kpidesk.storage.plan_store import PlanStore

    db = open_plan_file(path)
    try:
        return PlanStore(db).load()
    finally:
        db.close()


def test_only_temp_files_of_an_ended_process_are_stale(tmp_path):
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        names = [
            f".kpidesk-{ended.pid}-a1.tmp",
            f".kpidesk-{ended.pid}-a1.tmp-journal",
            f".kpidesk-{alive.pid}-b2.tmp",
            f".kpidesk-{os.getpid()}-c3.tmp",
            "kpidesk-1-d4.tmp",  # not ours: no leading dot
            "notes.tmp",
        ]
        for name in names:
            (tmp_path / name).write_bytes(b"x")
        removed = remove_stale_temps(tmp_path)
    finally:
        alive.kill()
        alive.wait()
    assert sorted(p.name for p in removed) == sorted(names[:2])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names[2:])


SLOW_COPY = """
import sys, time
from kpidesk.storage import {module} as target
original = target.copy_database

def slow(source, temporary, pages=-1, progress=None):
    def pause(status, remaining, total):
        print("copying", flush=True)
        time.sleep(0.05)
    original(source, temporary, pages=4, progress=pause)

target.copy_database = slow
"""


def start(code: str, *args) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout.readline() == "copying\n"  # in the middle of the copy
    return process


def kill(process: subprocess.Popen) -> None:
    process.kill()  # SIGKILL: no finally, no atexit
    process.wait()
    process.stdout.close()


def test_a_save_as_killed_midway_leaves_nothing_after_the_next_run(demo_file, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "team.kpidesk"
    create_plan_file(target, _plan(demo_file))
    original, existing = digest(demo_file), digest(target)
    code = SLOW_COPY.format(module="plan_file") + (
        "db = target.open_plan_file(sys.argv[1])\ntarget.save_copy(db, sys.argv[2])\n"
    )
    process = start(code, demo_file, target)
    kill(process)
    [stray] = ours(folder)
    assert stray.startswith(f".kpidesk-{process.pid}-")
    assert digest(demo_file) == original and digest(target) == existing

    run("new", folder / "next.kpidesk", "--demo")  # the next run writes in that folder
    assert ours(folder) == []
    assert digest(target) == existing


def big_plan(demo, folder: Path) -> Path:
    """The demo plan with 6,000 daily actuals (four KPIs, ten reps, 150 days): 146 pages, so
    SLOW_COPY's copy takes 37 paused steps and the kill comes with most of it still to copy,
    as it would with any larger plan (60,000 actuals took 0.6 s of CPU to write)."""
    path = folder / "big.kpidesk"
    create_plan_file(path, demo)
    db = open_plan_file(path)
    store = ActualStore(db)
    first = date(2022, 1, 1)
    for day_number in range(150):
        day = first + timedelta(days=day_number)
        store.put({(kpi, rep, day): Fraction(rep) for kpi in (2, 3, 4, 5) for rep in range(1, 11)})
    db.conn.commit()
    db.close()
    return path


def test_a_backup_killed_midway_leaves_nothing_after_the_next_run(demo, tmp_path, monkeypatch):
    plan = big_plan(demo, tmp_path)
    backups = tmp_path / "app-data" / "backups"
    original = digest(plan)
    code = SLOW_COPY.format(module="backups") + (
        "from kpidesk.services.backup_service import PlanBackups\n"
        "PlanBackups(sys.argv[2]).back_up(sys.argv[1], None, 'killed')\n"
    )
    started = time.monotonic()
    process = start(code, plan, backups)
    kill(process)
    assert time.monotonic() - started < 30
    [stray] = ours(backups)
    assert stray.startswith(f".kpidesk-{process.pid}-")
    assert digest(plan) == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app-data", "big.kpidesk"]

    monkeypatch.setenv("KPIDESK_BACKUP_DIR", str(backups))
    data = tmp_path / "crm.csv"
    today = TEST_DAY.isoformat()  # the command runs in this process, on the tests' fixed day
    data.write_text(f"date,count\n{today},3\n", encoding="utf-8")
    run("import", plan, data, "--date", "date", "--value", "count", "--fixed-kpi", "Prospects")
    assert ours(backups) == []
    listed = run("backups", plan).stdout.splitlines()[1:]
    assert len(listed) == 1
    assert sorted(p.name for p in backups.iterdir()) == sorted(
        [listed[0].split()[-1], "backups.json", "backups.json.lock"]
    )


def test_the_one_writer_follows_the_umask_and_keeps_a_replaced_files_mode(tmp_path, umask):
    from kpidesk.services.file_writing import write_bytes_atomically  # the report's writer

    umask(0o007)
    write_bytes_atomically(tmp_path / "report.pdf", b"%PDF new")
    assert mode(tmp_path / "report.pdf") == 0o660
    os.chmod(tmp_path / "report.pdf", 0o644)
    write_bytes_atomically(tmp_path / "report.pdf", b"%PDF again")
    assert mode(tmp_path / "report.pdf") == 0o644
    assert (tmp_path / "report.pdf").read_bytes() == b"%PDF again"
    assert ours(tmp_path) == []
