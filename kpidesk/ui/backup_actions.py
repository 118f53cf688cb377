"""File → Save a Copy… and Restore From Backup…, the open plan's backups, and the offer of the
latest backup when a plan is refused as damaged."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from kpidesk.i18n.backup_texts import when_text
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import file_error_text
from kpidesk.services.backup_service import (
    DEFAULT_CAP_BYTES,
    BackupEntry,
    PlanBackups,
    default_backup_folder,
)
from kpidesk.services.plan_files import FILE_SUFFIX, PlanFileError
from kpidesk.ui.backup_keeper import BackupKeeper

CAP_KEY = "backups/capMegabytes"


class BackupActions(QObject):
    """Owned by the main window; `attach(document)` whenever another plan opens."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        try:
            cap_mb = int(window.settings.value(CAP_KEY, DEFAULT_CAP_BYTES // 2**20))
        except (TypeError, ValueError):  # a hand-edited setting that is not a number
            cap_mb = DEFAULT_CAP_BYTES // 2**20
        self.backups = PlanBackups(default_backup_folder(), cap_bytes=cap_mb * 2**20)
        self.keeper: BackupKeeper | None = None
        self.save_copy_action = QAction(self.tr("Save a &Copy…"), window)
        self.save_copy_action.triggered.connect(lambda: self.save_copy())
        self.restore_action = QAction(self.tr("Restore From &Backup…"), window)
        self.restore_action.triggered.connect(lambda: self.show_restore())
        # Tests answer these instead of a user: where to save, and the one confirmation.
        self.ask_save_path: Callable[[str], str | None] = self._ask_save_path
        self.confirm: Callable[[str], bool] = self._confirm

    def actions(self) -> list[QAction]:
        return [self.save_copy_action, self.restore_action]

    # -- the open plan's backups ------------------------------------------------------

    def attach(self, document) -> None:
        """Start keeping backups of `document` (waiting first for the last plan's copy); a plan
        open read-only is never written, so it needs none."""
        self.detach()
        if document.read_only:
            return
        self.keeper = BackupKeeper(document.session, document.path, self.backups, parent=self)
        document.controller.outcome.connect(self.keeper.note_edit)
        self.keeper.failed.connect(self._backup_failed)
        self.keeper.start()

    def detach(self) -> None:
        """Wait for a running copy of the open plan; call before the plan is closed."""
        if self.keeper is not None:
            self.keeper.stop()
            self.keeper.deleteLater()
            self.keeper = None

    def _backup_failed(self, reason: str) -> None:
        self.window.statusBar().showMessage(fill(self.tr("Could not back up the plan: %1"), reason))

    # -- Save a Copy ------------------------------------------------------------------

    def save_copy(self, path: str | Path | None = None) -> bool:
        """A consistent copy of the plan (SQLite's backup API); the window stays on the plan."""
        document = self.window.document
        if document is None:
            return False
        path = path or self.ask_save_path(self.tr("Save a Copy"))
        if not path:
            return False
        if Path(path).resolve() == document.path:
            return False
        try:
            document.save_copy(path)
        except PlanFileError as error:
            self.window._file_error(error)
            return False
        self.window.statusBar().showMessage(fill(self.tr("Saved a copy as %1"), path), 8000)
        return True

    # -- restoring ----------------------------------------------------------------------

    def show_restore(self, plan_path: Path | str | None = None, entry: BackupEntry | None = None):
        """File → Restore From Backup…: the backups of the open plan (or of `plan_path`)."""
        from kpidesk.ui.restore_dialog import RestoreDialog

        if plan_path is None and self.window.document is not None:
            plan_path = self.window.document.path
        dialog = RestoreDialog(self.backups, plan_path, self.window.number_format, self.window)
        if entry is not None and entry in dialog.entries:
            dialog.select(entry)
        dialog.open_as_new.connect(lambda chosen: self._after(dialog, self.open_as_new(chosen)))
        dialog.replace.connect(lambda chosen: self._after(dialog, self.replace_plan(chosen)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after(self, dialog, done: bool) -> None:
        if done:
            dialog.accept()

    def open_as_new(self, entry: BackupEntry, path: str | Path | None = None) -> bool:
        """Write the backup as a new plan file (asking where) and open it."""
        path = path or self.ask_save_path(self.tr("Open Backup as New File"))
        if not path:
            return False
        try:
            self.backups.open_as_new(entry, path)
        except PlanFileError as error:
            self.window._file_error(error)
            return False
        return self.window.open_file(path)

    def replace_plan(self, entry: BackupEntry) -> bool:
        """Replace the plan with the backup, after one confirmation and after backing up the
        plan as it is now (so the replacement can itself be undone from the backups)."""
        plan_path = Path(entry.plan_path)
        question = fill(
            self.tr(
                "Replace “%1” with its backup of %2? The plan as it is now is backed up first."
            ),
            plan_path.name,
            when_text(entry.made_at),
        )
        if not self.confirm(question):
            return False
        document = self.window.document
        plan = None
        if document is not None and document.path == plan_path:
            self.detach()
            plan = document.session.plan
            document.close()  # the file and its lock are let go before it is replaced
        try:
            self.backups.replace(entry, plan_path, plan, f"restore-{uuid.uuid4().hex[:8]}")
        except PlanFileError as error:
            self.window._file_error(error)
            if plan is not None:  # carry on in the plan as it was
                self.window.open_file(plan_path)
            return False
        return self.window.open_file(plan_path)

    def offer_backup(self, error: PlanFileError) -> bool:
        """When a plan is refused as damaged and has a backup, say so and offer to restore it
        (the damaged file is left as it is). False when there is nothing to offer."""
        if error.code != "damaged":
            return False
        latest = self.backups.latest(error.path)
        if latest is None:
            return False
        from PySide6.QtWidgets import QMessageBox  # loaded when a damaged plan is met

        text = "\n\n".join(
            [
                file_error_text(error.code, error.path, error.detail),
                fill(
                    self.tr("The latest backup of this plan is from %1."), when_text(latest.made_at)
                ),
            ]
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("KPI Desk"),
            text,
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("damagedPlanBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        restore = box.addButton(self.tr("Restore From Backup…"), QMessageBox.ButtonRole.AcceptRole)
        restore.clicked.connect(lambda: self.show_restore(error.path, latest))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return True

    # -- asking the user ------------------------------------------------------------------

    def _ask_save_path(self, title: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog  # loaded when asked, not at start

        folder = str(self.window.document.path.parent) if self.window.document else ""
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, folder, self.window._file_filter()
        )
        if not path:
            return None
        return path if path.endswith(FILE_SUFFIX) else path + FILE_SUFFIX

    def _confirm(self, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # loaded when asked, not at start

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore From Backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes
