"""A lock file beside a plan (LibreOffice style): one KPI Desk at a time writes any given file."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import platform
import secrets
import sys
import threading
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
HEARTBEAT_SECONDS = 30.0
# A lock whose heartbeat is older than this was left by a session that no longer runs
# (a killed process, a crashed or unplugged machine). Tests shorten it.
STALE_AFTER_SECONDS = 180.0
# A lock file that is still empty or half written: its writer is creating it right now.
BEING_WRITTEN_SECONDS = 10.0

_held: dict[str, str] = {}  # lock path → token of the locks this process holds
_held_guard = threading.Lock()


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock: user, machine, process, when they opened the file, last heartbeat."""

    user: str
    host: str
    pid: int
    opened_at: str  # ISO 8601, local time with offset
    heartbeat_at: str
    token: str = ""

    @property
    def opened(self) -> datetime | None:
        return _parse_time(self.opened_at)

    def is_stale(self, now: float | None = None) -> bool:
        """Left by a session that is gone: its process is dead on this machine, or its
        heartbeat stopped a few minutes ago."""
        if self.host == this_host() and not pid_alive(self.pid):
            return True
        heartbeat = _parse_time(self.heartbeat_at)
        if heartbeat is None:
            return True
        now = time.time() if now is None else now
        return now - heartbeat.timestamp() > STALE_AFTER_SECONDS


class LockHeldError(Exception):
    """Another KPI Desk (`owner`) holds the lock on the file."""

    def __init__(self, owner: LockOwner) -> None:
        super().__init__(f"locked by {owner.user}@{owner.host} (pid {owner.pid})")
        self.owner = owner


def lock_path_for(path: Path | str) -> Path:
    """The lock file of `path`: `.~lock.<name>#` in the same folder."""
    path = Path(path)
    return path.with_name(f"{LOCK_PREFIX}{path.name}{LOCK_SUFFIX}")


def this_host() -> str:
    """This computer's network name, as socket.gethostname() says it (platform asks the system
    directly: loading socket cost every open a few milliseconds)."""
    return platform.node()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "?"


def _now_text() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _parse_time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.astimezone()


def pid_alive(pid: int) -> bool:
    """Whether process `pid` runs on this machine (a zombie does not count)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel = ctypes.windll.kernel32
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    try:
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
    finally:
        kernel.CloseHandle(handle)
    return code.value == 259  # STILL_ACTIVE


def read_owner(path: Path | str) -> LockOwner | None:
    """The holder of the lock on `path` as its lock file says, or None when unlocked."""
    lock = lock_path_for(path)
    for attempt in range(3):
        try:
            data = lock.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            data = b""
        owner = _owner_from(data)
        if owner is not None:
            return owner
        time.sleep(0.05 * (attempt + 1))  # its writer may be halfway through
    return _unreadable_owner(lock)


def _owner_from(data: bytes) -> LockOwner | None:
    try:
        fields = json.loads(data.decode("utf-8"))
        return LockOwner(
            str(fields["user"]),
            str(fields["host"]),
            int(fields["pid"]),
            str(fields["opened_at"]),
            str(fields.get("heartbeat_at") or fields["opened_at"]),
            str(fields.get("token", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _unreadable_owner(lock: Path) -> LockOwner | None:
    """A lock file that cannot be read: held while it is new, stale once it is old."""
    try:
        modified = lock.stat().st_mtime
    except FileNotFoundError:
        return None
    when = datetime.fromtimestamp(modified).astimezone().isoformat(timespec="seconds")
    if time.time() - modified < BEING_WRITTEN_SECONDS:
        return LockOwner("?", "?", 0, when, _now_text())
    return LockOwner("?", "?", 0, when, when)


class PlanLock:
    """The lock this process holds on one file (a plan, or any file such as a rep package)."""

    def __init__(self, path: Path | str, owner: LockOwner) -> None:
        self.path = Path(path)
        self.lock_path = lock_path_for(path)
        self.owner = owner
        self.lost = False  # another session took the lock over (after our heartbeat stopped)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @classmethod
    def acquire(
        cls, path: Path | str, *, take_over_stale: bool = True
    ) -> tuple[PlanLock, LockOwner | None]:
        """Take the lock on `path`. Returns the lock and the stale owner it replaced (None when
        the file was free). Raises LockHeldError when a live session holds it, OSError when the
        folder refuses the lock file."""
        path = Path(path)
        lock = lock_path_for(path)
        for _ in range(5):
            owner = cls._new_owner()
            if _create_exclusive(lock, owner):
                return cls._registered(path, owner), None
            current = read_owner(path)
            if current is None:
                continue  # released between our two looks: try again
            if _held_here(lock, current) or not current.is_stale() or not take_over_stale:
                raise LockHeldError(current)
            if _remove_if_unchanged(lock, current) and _create_exclusive(lock, owner):
                return cls._registered(path, owner), current
        raise LockHeldError(read_owner(path) or cls._new_owner())

    @staticmethod
    def _new_owner() -> LockOwner:
        now = _now_text()
        return LockOwner(_user(), this_host(), os.getpid(), now, now, secrets.token_hex(8))

    @classmethod
    def _registered(cls, path: Path, owner: LockOwner) -> PlanLock:
        with _held_guard:
            _held[str(lock_path_for(path))] = owner.token
        return cls(path, owner)

    def taken_by(self) -> LockOwner | None:
        """The session that replaced this lock, or None while it is ours (a lock file that
        vanished is made again)."""
        current = read_owner(self.path)
        if current is None and _create_exclusive(self.lock_path, self.owner):
            return None
        current = current or read_owner(self.path)
        if current is not None and current.token == self.owner.token:
            return None
        self.lost = True
        return current

    def heartbeat(self) -> bool:
        """Refresh the heartbeat time; False (and `lost`) when the lock is no longer ours."""
        current = read_owner(self.path)
        if current is None or current.token != self.owner.token:
            self.lost = True
            return False
        self.owner = LockOwner(**{**asdict(self.owner), "heartbeat_at": _now_text()})
        try:
            with self.lock_path.open("r+b") as handle:
                data = _encode(self.owner)
                handle.write(data)
                handle.truncate(len(data))
        except OSError:
            return False  # a network folder that is away for a moment: try next time
        return True

    def start_heartbeat(self, interval: float = HEARTBEAT_SECONDS) -> None:
        """Refresh the heartbeat every `interval` seconds from a small daemon thread."""
        if self._thread is not None:
            return

        def beat() -> None:
            while not self._stop.wait(interval):
                self.heartbeat()

        self._thread = threading.Thread(target=beat, name="kpidesk-lock-heartbeat", daemon=True)
        self._thread.start()

    def release(self) -> None:
        """Stop the heartbeat and remove the lock file, if it is still ours."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None
        with _held_guard:
            if _held.get(str(self.lock_path)) == self.owner.token:
                del _held[str(self.lock_path)]
        current = read_owner(self.path)
        if current is not None and current.token == self.owner.token:
            self.lock_path.unlink(missing_ok=True)


def _encode(owner: LockOwner) -> bytes:
    return json.dumps(asdict(owner), ensure_ascii=False).encode("utf-8")


def _create_exclusive(lock: Path, owner: LockOwner) -> bool:
    """Create the lock file only if none exists (O_CREAT | O_EXCL): of two sessions racing,
    exactly one wins. It is not synced to the disk: other processes see it at once, and
    after a power cut a lock file lost, empty or half-written is as good as none (an
    unreadable one is stale once old); the sync made every open wait for the disk (52 ms)."""
    try:
        handle = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(handle, _encode(owner))
    finally:
        os.close(handle)
    return True


def _held_here(lock: Path, owner: LockOwner) -> bool:
    """Held by this very process (another window or command of it): never stale."""
    with _held_guard:
        return _held.get(str(lock)) == owner.token and owner.pid == os.getpid()


def _remove_if_unchanged(lock: Path, stale: LockOwner) -> bool:
    """Move the stale lock aside and remove it, unless another session replaced it meanwhile
    (then it is put back and the caller looks again)."""
    aside = lock.with_name(f"{lock.name}.{secrets.token_hex(4)}")
    try:
        os.rename(lock, aside)
    except FileNotFoundError:
        return True
    try:
        moved = _owner_from(aside.read_bytes())
        if moved is not None and moved != stale:  # a fresh lock: give it back
            with contextlib.suppress(OSError):
                os.link(aside, lock)
            return False
        return True
    finally:
        aside.unlink(missing_ok=True)
