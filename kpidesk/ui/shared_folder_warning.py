"""Warn once per folder when a plan is opened or saved on a network share or a synced folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kpidesk.i18n.lock_messages import shared_folder_reason
from kpidesk.services.shared_folders import shared_folder_of

WARNED_FOLDERS_KEY = "sharedFolders/warned"


def warn_if_shared(
    parent: QWidget, settings: QSettings, path: Path, mounts: str | None = None
) -> QMessageBox | None:
    """Say why a plan in this folder is at risk, the first time only; never refuses."""
    shared = shared_folder_of(path, mounts)
    if shared is None:
        return None
    warned = _warned_folders(settings)
    folder = str(shared.folder)
    if folder in warned:
        return None
    settings.setValue(WARNED_FOLDERS_KEY, [*warned, folder])
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SharedFolder", "Plan in a Shared Folder"),
        shared_folder_reason(shared.kind, shared.service),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("sharedFolderBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal but not blocking: the plan is open and usable
    return box


def _warned_folders(settings: QSettings) -> list[str]:
    value = settings.value(WARNED_FOLDERS_KEY, [])
    if isinstance(value, str):  # an INI file gives back a one-item list as a string
        return [value]
    return [str(item) for item in value or []]
