"""Backups for the UI and the CLI: where they live, when one is due, restoring one."""

from __future__ import annotations

import os
import sys
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kpidesk.domain.model import Plan
from kpidesk.services import clock
from kpidesk.services.plan_files import refuse_if_locked
from kpidesk.storage.atomic_files import remove_stale_temps
from kpidesk.storage.backups import BackupEntry, BackupFolder, PlanLabel, copy_plan_file
from kpidesk.storage.plan_file import inspect_header

__all__ = [
    "BACKUP_INTERVAL_SECONDS",
    "DEFAULT_CAP_BYTES",
    "BackupEntry",
    "BackupSchedule",
    "PlanBackups",
    "default_backup_folder",
    "label_of",
]

BACKUP_INTERVAL_SECONDS = 10 * 60
DEFAULT_CAP_BYTES = 2 * 1024**3
APP_FOLDER = Path("KPI Desk") / "KPI Desk"  # organisation / application, as Qt names it


def default_backup_folder() -> Path:
    """The app's own local data folder (as Qt's AppLocalDataLocation), never a synced one:
    $XDG_DATA_HOME or ~/.local/share, %LOCALAPPDATA%, ~/Library/Application Support.
    KPIDESK_BACKUP_DIR overrides it."""
    override = os.environ.get("KPIDESK_BACKUP_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_FOLDER / "backups"


def label_of(plan: Plan) -> PlanLabel:
    """The plan's name and its KGI, as a backup is listed."""
    roots = [node for node in plan.nodes.values() if node.parent_id is None]
    if not roots:
        return PlanLabel(plan.name)
    kgi = roots[0]
    return PlanLabel(
        plan.name,
        kgi.name,
        "" if kgi.target is None else str(kgi.target),
        kgi.unit.value,
        kgi.unit_label,
    )


class BackupSchedule:
    """When the open plan is due a backup: before the session's first write, then when at
    least `interval` seconds have passed since the last one and the plan was edited since."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        interval: float = BACKUP_INTERVAL_SECONDS,
    ) -> None:
        self.clock = clock
        self.interval = interval
        self.session = uuid.uuid4().hex[:12]
        self.last_backup: float | None = None
        self.edited_since = False

    def first_due(self) -> bool:
        return self.last_backup is None

    def note_edit(self) -> None:
        self.edited_since = True

    def note_backup(self) -> None:
        self.last_backup = self.clock()
        self.edited_since = False

    def due(self) -> bool:
        if self.last_backup is None:
            return True
        return self.edited_since and self.clock() - self.last_backup >= self.interval


class PlanBackups:
    """The backups in `folder`, thinned and held within `cap_bytes` after each new one."""

    def __init__(
        self,
        folder: Path | str | None = None,
        cap_bytes: int = DEFAULT_CAP_BYTES,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = BackupFolder(folder or default_backup_folder())
        self.cap_bytes = cap_bytes
        self.now = now or clock.now

    @property
    def folder(self) -> Path:
        return self.store.folder

    def back_up(
        self, plan_path: Path | str, plan: Plan | None, session: str, skip_unchanged: bool = True
    ) -> BackupEntry | None:
        """Copy the plan file into the folder (None when its newest backup is the same file)."""
        label = label_of(plan) if plan is not None else self._label_from_backups(plan_path)
        entry = self.store.backup(
            Path(plan_path), label, self.now(), session, skip_unchanged=skip_unchanged
        )
        if entry is not None:
            self.store.tidy(self.now(), self.cap_bytes)
        return entry

    def listing(self, plan_path: Path | str | None = None) -> list[BackupEntry]:
        """The backups, newest first; of one plan when `plan_path` is given."""
        entries = self.store.entries()
        if plan_path is None:
            return entries
        wanted = str(Path(plan_path).resolve())
        return [e for e in entries if e.plan_path == wanted]

    def latest(self, plan_path: Path | str) -> BackupEntry | None:
        listed = self.listing(plan_path)
        return listed[0] if listed else None

    def find(self, name: str) -> BackupEntry | None:
        """A backup by its file name or path."""
        wanted = Path(name).name
        return next((e for e in self.store.entries() if e.file == wanted), None)

    def path_of(self, entry: BackupEntry) -> Path:
        return self.store.path_of(entry)

    def open_as_new(self, entry: BackupEntry, target: Path | str) -> None:
        """Write the backup's plan as a new file at `target`."""
        refuse_if_locked(target)
        self.store.restore(entry, Path(target))

    def replace(
        self, entry: BackupEntry, plan_path: Path | str, plan: Plan | None, session: str
    ) -> BackupEntry | None:
        """Back up the plan as it is now, then replace it with the backup (the plan must not be
        open); returns the backup of the state it replaced."""
        inspect_header(Path(plan_path))  # a plan, perhaps damaged; never any other file
        refuse_if_locked(plan_path)  # never under another KPI Desk that has it open
        current = self.back_up(plan_path, plan, session, skip_unchanged=False)
        copy_plan_file(self.store.path_of(entry), Path(plan_path))
        return current

    def clean_up(self, plan_folder: Path | str | None = None) -> None:
        """Remove the temporary files a killed backup, or a killed Save As or copy beside the
        plan, left behind (only those of our naming whose process has ended)."""
        self.store.clean_up()
        if plan_folder is not None:
            remove_stale_temps(Path(plan_folder))

    def _label_from_backups(self, plan_path: Path | str) -> PlanLabel:
        latest = self.latest(plan_path)
        return latest.label if latest else PlanLabel(Path(plan_path).stem)


def back_up_before_first_write(
    session, plan_path: Path | str, backups: PlanBackups, schedule: BackupSchedule | None = None
) -> BackupSchedule:
    """Have `session` copy its plan into `backups` (in this thread) before its first write:
    for the command line, whose commands are short. Returns the schedule it keeps."""
    schedule = schedule or BackupSchedule()
    backups.clean_up(Path(plan_path).parent)

    def before_write() -> None:
        if schedule.first_due():
            schedule.note_backup()
            backups.back_up(plan_path, session.plan, schedule.session)
        schedule.note_edit()

    session.before_write = before_write
    return schedule
