"""Files that appear complete or not at all: a temp file beside, fsync, rename, fsync the folder.

Our temporary files are named `.kpidesk-<pid>-<random>.tmp`; one whose process is gone was left
by a killed run, and `remove_stale_temps` deletes it (with SQLite's `-journal` beside it).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import threading
import time
from pathlib import Path

TEMP_PREFIX = ".kpidesk-"
TEMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"^\.kpidesk-(\d+)-[^/\\]*\.tmp(-journal|-wal|-shm)?$")
_STALE_WITHOUT_PID_CHECK = 24 * 3600  # where a process cannot be asked after (Windows)
_umask_lock = threading.Lock()


def new_temp_beside(path: Path) -> Path:
    """An empty temporary file of our naming in `path`'s folder (raises OSError)."""
    handle, name = tempfile.mkstemp(
        prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=TEMP_SUFFIX, dir=path.parent
    )
    os.close(handle)
    return Path(name)


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux); else
    set and restored at once, under a lock (another thread's file made in between could
    otherwise get the wrong mode)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def give_mode(temporary: Path, target: Path) -> None:
    """The mode (and group, where allowed) of the file being replaced, or for a new file the
    mode any program would give it: 0666 less the umask (mkstemp made it 0600)."""
    try:
        existing = target.stat()
    except OSError:
        os.chmod(temporary, 0o666 & ~current_umask())
        return
    os.chmod(temporary, stat.S_IMODE(existing.st_mode))
    if hasattr(os, "chown"):
        with contextlib.suppress(OSError):  # not a member of that group: the file keeps ours
            os.chown(temporary, -1, existing.st_gid)


def fsync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def replace_durably(temporary: Path, target: Path) -> None:
    """fsync the finished temporary file, give it the right mode, rename it over `target` and
    fsync the folder, so that after a crash `target` is the old file or the new, whole."""
    fsync_file(temporary)
    give_mode(temporary, target)
    os.replace(temporary, target)
    fsync_folder(target.parent)


def remove_temp(temporary: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{temporary}{suffix}").unlink(missing_ok=True)


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete the temporary files of ours in `folder` whose process has ended; return them."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None or not _is_stale(int(match.group(1)), entry):
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _is_stale(pid: int, entry: os.DirEntry) -> bool:
    if pid == os.getpid():
        return False  # ours: another thread may be writing it now
    if os.name == "nt":  # os.kill(pid, 0) would end the process there
        try:
            return time.time() - entry.stat().st_mtime > _STALE_WITHOUT_PID_CHECK
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, someone else's
    return False


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """`data` at `path`, complete or not at all, with the mode rules of `replace_durably`
    (raises OSError; the temporary file never stays)."""
    temporary = new_temp_beside(path)
    try:
        temporary.write_bytes(data)
        replace_durably(temporary, path)
    finally:
        remove_temp(temporary)
