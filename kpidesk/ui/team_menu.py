"""The Team menu: Send to Reps… (one package per active rep) and Collect From Reps…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import file_error_text
from kpidesk.i18n.team_messages import team_error_text
from kpidesk.services.package_files import PACKAGE_SUFFIX
from kpidesk.services.plan_files import PlanFileError
from kpidesk.services.rep_notes import notes_table
from kpidesk.services.team_packages import TeamError, send_packages
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.cell_flags import SELECTABLE


class TeamMenu(QObject):
    """Owned by the main window; acts on the window's open plan (`window.document`)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.send_action = QAction(self.tr("&Send to Reps…"), window)
        self.send_action.setObjectName("sendToRepsAction")
        self.send_action.triggered.connect(lambda: self.send())
        self.collect_action = QAction(self.tr("&Collect From Reps…"), window)
        self.collect_action.setObjectName("collectFromRepsAction")
        self.collect_action.triggered.connect(lambda: self.collect())
        self.collect_folder_action = QAction(self.tr("Collect From a &Folder…"), window)
        self.collect_folder_action.setObjectName("collectFromFolderAction")
        self.collect_folder_action.triggered.connect(lambda: self.collect_folder())

        self.notes_action = QAction(self.tr("Reps' &Notes…"), window)
        self.notes_action.setObjectName("repNotesAction")
        self.notes_action.triggered.connect(lambda: self.show_notes())

    def fill(self, menu) -> None:
        menu.addAction(self.send_action)
        menu.addSeparator()
        menu.addActions([self.collect_action, self.collect_folder_action])
        menu.addSeparator()
        menu.addAction(self.notes_action)

    def show_notes(self):
        """The reps' cause and action notes of the current period, as collected."""
        if self.window.document is None:
            return None
        rows = notes_table(self.window.document.session)
        dialog = QDialog(self.window, objectName="repNotesDialog")
        dialog.setWindowTitle(self.tr("Reps' Notes"))
        table = QTableWidget(len(rows), 5, dialog, objectName="repNotesTable")
        table.setAccessibleName(self.tr("Reps' notes"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Rep"),
                self.tr("KPI"),
                self.tr("Cause"),
                self.tr("Action"),
                self.tr("Entered"),
            ]
        )
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                shown = text.replace("T", " ") if column == 4 else text
                item = QTableWidgetItem(shown)
                item.setFlags(SELECTABLE)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        empty = QLabel(self.tr("No rep has written a note for this period yet."))
        empty.setVisible(not rows)
        layout = QVBoxLayout(dialog)
        layout.addWidget(empty)
        layout.addWidget(table)
        dialog.resize(760, 360)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        make_accessible(dialog)  # names for screen readers
        dialog.open()
        return dialog

    def send(self, folder: str | None = None) -> list[Path]:
        document = self.window.document
        if document is None:
            return []
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self.window, self.tr("Send to Reps: choose a folder for the packages")
            )
        if not folder:
            return []
        try:
            paths = send_packages(document.session, folder)
        except TeamError as error:
            self._say(team_error_text(error.code, error.params))
            return []
        except PlanFileError as error:
            self._say(file_error_text(error.code, error.path, error.detail))
            return []
        self._say(
            fill(self.tr("Wrote %1 rep packages to “%2”."), len(paths), folder),
            QMessageBox.Icon.Information,
        )
        return paths

    def collect(self, files: list[str] | None = None):
        if self.window.document is None:
            return None
        if files is None:
            files, _filter = QFileDialog.getOpenFileNames(
                self.window,
                self.tr("Collect From Reps"),
                "",
                fill(self.tr("Rep packages (*%1)"), PACKAGE_SUFFIX),
            )
        return self._open_dialog(files) if files else None

    def collect_folder(self, folder: str | None = None):
        if self.window.document is None:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self.window, self.tr("Collect From Reps: choose the folder of the packages")
            )
        return self._open_dialog([folder]) if folder else None

    def _open_dialog(self, sources: list[str]):
        from kpidesk.services.rep_collect import package_paths  # collecting: when asked for
        from kpidesk.ui.collect_dialog import CollectDialog

        document = self.window.document
        paths = package_paths(sources)
        if not paths:
            self._say(fill(self.tr("There are no rep packages (*%1) there."), PACKAGE_SUFFIX))
            return None
        dialog = CollectDialog(document.controller, document.path, paths, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _say(self, text: str, icon=QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, self.tr("Team"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("teamMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
