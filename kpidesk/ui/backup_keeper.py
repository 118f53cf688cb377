"""Backs up the open plan in a worker thread: when it opens, then at most every 10 minutes of edits.

The copy made when the plan opens is the state before the session's first write: a write that
comes while it is still running waits for it (later copies never hold up a write). It starts a
moment after the plan opens (FIRST_COPY_DELAY_MS), so that the window paints first: copying a
500 MB plan takes a CPU for seconds. A write, or `finish()`, before then starts it at once.
A plan closed before its first copy started, and so never written, is not copied.
Signals: `finished(object)` with the new BackupEntry (None when the plan had not changed since
its last backup), `failed(str)`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from kpidesk.services.backup_service import BackupSchedule, PlanBackups
from kpidesk.services.plan_session import PlanSession

FIRST_COPY_DELAY_MS = 1500


class _Relay(QObject):
    """Carries a worker's result to the UI thread."""

    done = Signal(object, str)


class _BackupJob(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._work(), ""
        except Exception as failure:  # reported in the window, never a traceback
            result, error = None, str(failure) or type(failure).__name__
        self._relay.done.emit(result, error)


class BackupKeeper(QObject):
    """Keeps backups of one open plan; `finish()` waits for a running copy (call it before the
    plan is closed)."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        session: PlanSession,
        plan_path: Path,
        backups: PlanBackups,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.plan_path = Path(plan_path)
        self.backups = backups
        self.schedule = BackupSchedule(clock)
        self._idle = threading.Event()
        self._idle.set()
        self._first_copied = threading.Event()  # set once the session's first copy is made
        self._first_waiting = False  # the first copy is due, after FIRST_COPY_DELAY_MS
        self._relay = _Relay()
        self._relay.done.connect(self._job_done)
        self.pool = QThreadPool.globalInstance()
        session.before_write = self._before_write

    def start(self) -> None:
        """The session's first backup, before anything is written: FIRST_COPY_DELAY_MS from
        now, after the window's first paint (a write or `finish()` starts it sooner)."""
        if self.schedule.first_due():
            self._first_waiting = True
            QTimer.singleShot(FIRST_COPY_DELAY_MS, self, self._start_first)

    def _start_first(self) -> None:
        if self._first_waiting and self.schedule.first_due():
            self._launch()
        self._first_waiting = False

    def note_edit(self, _outcome: object = None) -> None:
        """After each change: a new copy once 10 minutes of editing have passed."""
        self.schedule.note_edit()
        if self.schedule.due() and self._idle.is_set():
            self._launch()

    def is_running(self) -> bool:
        """A copy is running, or the first one is about to start."""
        return self._first_waiting or not self._idle.is_set()

    def finish(self, timeout: float | None = None) -> bool:
        """Start the first copy if it is still waiting, then wait for a running copy; True when
        none is running any more."""
        self._start_first()
        return self._idle.wait(timeout)

    def stop(self, timeout: float | None = None) -> bool:
        """The plan closes: a first copy still waiting is dropped (nothing has been written
        since the plan opened, or that write would have started it, and the next open copies
        the same state before its own first write), and a running copy is waited for. Closing
        a large plan at once no longer copies it first. True when none is running any more."""
        self._first_waiting = False
        return self._idle.wait(timeout)

    def _before_write(self) -> None:
        """Only the session's first copy holds up a write (it must be the state before it);
        a later copy that a write overtakes simply starts again (SQLite's backup restarts)."""
        if self.schedule.first_due():
            self._launch()
        self._first_copied.wait()

    def _launch(self) -> None:
        self.schedule.note_backup()
        self._idle.clear()
        plan, path, session_id = self.session.plan, self.plan_path, self.schedule.session
        self.pool.start(_BackupJob(lambda: self._run(plan, path, session_id), self._relay))

    def _run(self, plan, path: Path, session_id: str):
        try:
            self.backups.clean_up(path.parent)  # what a killed run left beside the plan
            return self.backups.back_up(path, plan, session_id)
        finally:
            self._first_copied.set()
            self._idle.set()

    def _job_done(self, entry: object, error: str) -> None:
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(entry)
