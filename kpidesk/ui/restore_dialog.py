"""File → Restore From Backup…: the backups with their time, plan, KGI and last edit.

Signals: `open_as_new(object)` and `replace(object)` with the chosen BackupEntry; the window
does the work (asking where to save, or confirming the replacement).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kpidesk.i18n.backup_texts import backup_columns, backup_headers
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services.backup_service import BackupEntry, PlanBackups
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.table_filling import filling


class RestoreDialog(QDialog):
    """Lists the backups of `plan_path` (all plans when it is None or the box is ticked)."""

    open_as_new = Signal(object)
    replace = Signal(object)

    def __init__(
        self,
        backups: PlanBackups,
        plan_path: Path | None,
        number_format: NumberFormat,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore From Backup"))
        self.backups = backups
        self.plan_path = Path(plan_path).resolve() if plan_path else None
        self.number_format = number_format
        self.entries: list[BackupEntry] = []

        self.intro = PlainLabel(self)
        self.all_plans = QCheckBox(self.tr("Show backups of all plans"), self)
        self.all_plans.setObjectName("restoreAllPlans")
        self.all_plans.setChecked(self.plan_path is None)
        self.all_plans.setEnabled(self.plan_path is not None)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("restoreBackups")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(backup_headers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("Open as New File…"), self)
        self.open_button.setObjectName("restoreOpenCopy")
        self.replace_button = QPushButton(self.tr("Replace the Plan…"), self)
        self.replace_button.setObjectName("restoreReplace")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.all_plans)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 360)

        self.all_plans.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(lambda: self._emit(self.open_as_new))
        self.replace_button.clicked.connect(lambda: self._emit(self.replace))
        self.refresh()
        make_accessible(self)  # names for screen readers, the tab order of its forms

    def refresh(self) -> None:
        """Read the backups again and list them, newest first (the newest selected)."""
        every_plan = self.plan_path is None or self.all_plans.isChecked()
        self.entries = self.backups.listing(None if every_plan else self.plan_path)
        with filling(self.table):
            self.table.setRowCount(len(self.entries))
            for row, entry in enumerate(self.entries):
                for column, text in enumerate(backup_columns(entry, self.number_format)):
                    item = QTableWidgetItem(text)
                    item.setToolTip(entry.plan_path)
                    self.table.setItem(row, column, item)
        if self.entries:
            self.table.selectRow(0)
            self.intro.setText(
                self.tr("Choose a backup. The plan is not changed until you replace it.")
            )
        else:
            self.intro.setText(
                self.tr("No backups yet: one is made before each session's first change.")
            )
        self._update_buttons()

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def select(self, entry: BackupEntry) -> None:
        self.table.selectRow(self.entries.index(entry))

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(entry is not None)
        # a backup replaces only the plan it was made of
        self.replace_button.setEnabled(
            entry is not None
            and self.plan_path is not None
            and entry.plan_path == str(self.plan_path)
        )

    def _emit(self, signal) -> None:
        entry = self.selected()
        if entry is not None:
            signal.emit(entry)
