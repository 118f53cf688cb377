"""Real faults for write tests: another process holding the write lock, a full disk, a folder
turned read-only.

`python write_faults.py PLAN SECONDS KIND` holds a write lock on PLAN (as another program
writing would: BEGIN EXCLUSIVE or IMMEDIATE), prints `held`, and lets go after SECONDS or when
its stdin closes.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCRIPT = Path(__file__).resolve()


@contextmanager
def write_lock_held(
    path: Path, seconds: float = 60.0, kind: str = "EXCLUSIVE"
) -> Iterator[subprocess.Popen]:
    """Another real process holds BEGIN `kind` on `path` until the block ends (or `seconds`).

    EXCLUSIVE keeps readers out too; IMMEDIATE lets them read, only writers wait."""
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), str(path), str(seconds), kind],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "held"
        yield process
    finally:
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()


@contextmanager
def small_disk(size: str = "4m") -> Iterator[Path]:
    """A folder on a small tmpfs of its own; skips the test when it cannot be mounted."""
    import pytest  # here: the lock-holding script below starts 0.3 s sooner without it

    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root; this run is not root")
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-small-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


def fill_disk(folder: Path) -> Path:
    """Fill the file system of `folder` to the last byte; returns the filler to delete."""
    filler = folder / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (1 << 16, 4096, 1):
            while True:
                try:
                    os.write(handle, b"\0" * chunk)
                except OSError:
                    break
    finally:
        os.close(handle)
    assert os.statvfs(folder).f_bavail == 0
    return filler


def nobody_folder() -> Path:
    """A fresh folder owned by the unprivileged user `nobody` (chmod binds it; root ignores it)."""
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-nobody-"))
    os.chmod(folder, 0o755)
    os.chown(folder, pwd.getpwnam("nobody").pw_uid, -1)
    return folder


def give_to_nobody(path: Path) -> None:
    os.chown(path, pwd.getpwnam("nobody").pw_uid, -1)


@contextmanager
def as_nobody() -> Iterator[None]:
    """Act as `nobody` inside the block, so that file permissions really apply (root skips them)."""
    if os.geteuid() != 0:
        yield  # not root: permissions apply already
        return
    os.seteuid(pwd.getpwnam("nobody").pw_uid)
    try:
        yield
    finally:
        os.seteuid(0)


def remove_folder(folder: Path) -> None:
    os.chmod(folder, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


def _hold(path: str, seconds: float, kind: str) -> None:
    import select
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"BEGIN {kind}")
    print("held", flush=True)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([sys.stdin], [], [], max(0.0, deadline - time.monotonic()))
        if ready and not sys.stdin.readline():
            break
    conn.execute("ROLLBACK")
    conn.close()


if __name__ == "__main__":
    _hold(sys.argv[1], float(sys.argv[2]), sys.argv[3])
