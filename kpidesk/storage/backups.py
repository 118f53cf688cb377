"""Backups of plans in the app's data folder: SQLite backup API in steps, a JSON manifest, thinning.

The folder holds the copies (`<time>-<plan>-<random>.kpidesk`) and `backups.json`, which lists
them with the time, plan path and name, KGI and last edit. A copy is written to a temporary
file of our naming, listed, then renamed into place: a killed backup leaves only a temporary
file, which the next run removes, and a listed copy whose file is missing is dropped.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

from kpidesk.domain.backup_retention import BackupStamp, thin, within_cap
from kpidesk.storage.atomic_files import (
    new_temp_beside,
    remove_stale_temps,
    remove_temp,
    replace_durably,
)
from kpidesk.storage.plan_file import (
    PlanFileError,
    atomic_target,
    copy_database,
    inspect_header,
)

MANIFEST_NAME = "backups.json"
LOCK_NAME = "backups.json.lock"
PAGES_PER_STEP = 512
_manifest_lock = threading.Lock()  # the UI's worker and the UI thread share one manifest


@dataclass(frozen=True)
class PlanLabel:
    """How a backup is shown: the plan's name and its KGI (name, target as text, unit)."""

    plan_name: str
    kgi_name: str = ""
    kgi_target: str = ""
    kgi_unit: str = ""
    kgi_unit_label: str = ""


@dataclass(frozen=True)
class BackupEntry:
    """One backup in the manifest."""

    file: str
    made_at: datetime
    plan_path: str
    label: PlanLabel
    last_edit: datetime | None
    size: int
    session: str
    source_stamp: str = ""  # the plan file's size and mtime when copied

    def to_json(self) -> dict:
        # asdict's deep copies took two thirds of each backup's CPU with 50 in the manifest
        return {
            "file": self.file,
            "made_at": self.made_at.isoformat(),
            "plan_path": self.plan_path,
            "label": {f.name: getattr(self.label, f.name) for f in fields(PlanLabel)},
            "last_edit": self.last_edit.isoformat() if self.last_edit else None,
            "size": self.size,
            "session": self.session,
            "source_stamp": self.source_stamp,
        }

    @staticmethod
    def from_json(data: dict) -> BackupEntry:
        last_edit = data.get("last_edit")
        return BackupEntry(
            file=str(data["file"]),
            made_at=datetime.fromisoformat(data["made_at"]),
            plan_path=str(data["plan_path"]),
            label=PlanLabel(**data.get("label", {})),
            last_edit=datetime.fromisoformat(last_edit) if last_edit else None,
            size=int(data.get("size", 0)),
            session=str(data.get("session", "")),
            source_stamp=str(data.get("source_stamp", "")),
        )

    def stamp(self) -> BackupStamp:
        return BackupStamp(self.file, self.plan_path, self.session, self.made_at, self.size)


class BackupFolder:
    """The backups in one folder (created on first use)."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)

    def path_of(self, entry: BackupEntry) -> Path:
        return self.folder / entry.file

    def entries(self) -> list[BackupEntry]:
        """Every backup whose file exists, newest first."""
        listed = [e for e in self._read_manifest() if self.path_of(e).is_file()]
        return sorted(listed, key=lambda e: (e.made_at, e.file), reverse=True)

    def backup(
        self,
        plan_path: Path,
        label: PlanLabel,
        made_at: datetime,
        session: str,
        pages: int = PAGES_PER_STEP,
        skip_unchanged: bool = True,
    ) -> BackupEntry | None:
        """Copy the plan at `plan_path` here; None when its newest backup has the same file
        (size and time of last change) and `skip_unchanged`. Safe to run in a worker thread:
        it opens its own read-only connection and copies `pages` pages a step."""
        plan_path = Path(plan_path).resolve()
        source_stamp = _source_stamp(plan_path)
        if skip_unchanged and source_stamp:
            newest = next((e for e in self.entries() if e.plan_path == str(plan_path)), None)
            if newest is not None and newest.source_stamp == source_stamp:
                return None
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # plans are private
        self.clean_up()
        final = self.folder / _backup_name(made_at, plan_path)
        temporary = new_temp_beside(final)
        try:
            _copy_plan(plan_path, temporary, pages)
            entry = BackupEntry(
                final.name,
                made_at,
                str(plan_path),
                label,
                _modified(plan_path),
                temporary.stat().st_size,
                session,
                source_stamp,
            )
            self._update_manifest(lambda entries: [*entries, entry])
            replace_durably(temporary, final)
        finally:
            remove_temp(temporary)
        return entry

    def tidy(self, now: datetime, cap_bytes: int) -> list[BackupEntry]:
        """Thin the backups and hold them within `cap_bytes`; return the ones removed."""
        removed: list[BackupEntry] = []

        def keep_some(entries: list[BackupEntry]) -> list[BackupEntry]:
            present = [e for e in entries if self.path_of(e).is_file()]
            kept_keys = thin([e.stamp() for e in present], now)
            thinned = [e for e in present if e.file in kept_keys]
            capped_keys = within_cap([e.stamp() for e in thinned], cap_bytes)
            removed.extend(e for e in present if e.file not in capped_keys)
            return [e for e in thinned if e.file in capped_keys]

        if not (self.folder / MANIFEST_NAME).exists():
            return removed
        self._update_manifest(keep_some)
        for entry in removed:
            self.path_of(entry).unlink(missing_ok=True)
        return removed

    def clean_up(self) -> list[Path]:
        """Remove what a killed backup left here (temporary files of a process that ended)."""
        return remove_stale_temps(self.folder)

    def restore(self, entry: BackupEntry, target: Path) -> None:
        """Write the backup's plan to `target` (a new file, or over a plan, keeping its mode)."""
        copy_plan_file(self.path_of(entry), Path(target))

    def _read_manifest(self) -> list[BackupEntry]:
        path = self.folder / MANIFEST_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return [BackupEntry.from_json(item) for item in data["backups"]]
        except (OSError, ValueError, KeyError, TypeError):
            return []

    def _update_manifest(self, change: Callable[[list[BackupEntry]], list[BackupEntry]]) -> None:
        with _manifest_lock, _folder_lock(self.folder):
            entries = change(self._read_manifest())
            text = json.dumps(
                {"backups": [e.to_json() for e in entries]}, ensure_ascii=False, indent=1
            )
            path = self.folder / MANIFEST_NAME
            temporary = new_temp_beside(path)
            try:
                temporary.write_text(text, encoding="utf-8")
                replace_durably(temporary, path)
            finally:
                remove_temp(temporary)


@contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """Another KPI Desk (the window and a nightly `kpidesk import`) waits while one of them
    rewrites the manifest (an advisory lock where the system has one)."""
    try:
        import fcntl
    except ImportError:  # Windows: the rename of the manifest is atomic; a race can lose a line
        yield
        return
    handle = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def copy_plan_file(source: Path, target: Path) -> None:
    """A consistent copy of the plan file `source` at `target`, written atomically."""
    inspect_header(source)
    with atomic_target(target) as temporary:
        _copy_plan(source, temporary, PAGES_PER_STEP)


def _copy_plan(source: Path, temporary: Path, pages: int) -> None:
    """Through SQLite's backup API; a file SQLite cannot read (damaged) is copied byte for
    byte, so that replacing it never loses it."""
    try:
        connection = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        shutil.copyfile(source, temporary)
        return
    try:
        copy_database(connection, temporary, pages=pages)
    except sqlite3.DatabaseError:
        remove_temp(temporary)
        temporary.touch()
        shutil.copyfile(source, temporary)
    finally:
        connection.close()


def _backup_name(made_at: datetime, plan_path: Path) -> str:
    stem = re.sub(r"[^\w.-]+", "_", plan_path.stem)[:40] or "plan"
    token = os.urandom(3).hex()
    return f"{made_at.strftime('%Y%m%d-%H%M%S')}-{stem}-{token}.kpidesk"


def _source_stamp(path: Path) -> str:
    try:
        status = path.stat()
    except OSError:
        return ""
    return f"{status.st_size}:{status.st_mtime_ns}"


def _modified(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except OSError:
        return None


__all__ = [
    "BackupEntry",
    "BackupFolder",
    "PlanFileError",
    "PlanLabel",
    "copy_plan_file",
]
