"""Opening a plan another KPI Desk holds: say who, where and since when; offer read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kpidesk.i18n.fill import fill
from kpidesk.services.plan_files import LockOwner

translate = QCoreApplication.translate


def since_text(owner: LockOwner) -> str:
    """When the holder opened the plan, in the user's locale."""
    opened = owner.opened
    if opened is None:
        return owner.opened_at
    moment = QDateTime.fromSecsSinceEpoch(int(opened.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def holder_text(path: Path, owner: LockOwner) -> str:
    return fill(
        translate(
            "LockPrompt",
            "“%1” is open for editing in KPI Desk by %2 on the computer “%3” since %4.",
        ),
        path.name,
        owner.user,
        owner.host,
        since_text(owner),
    )


def ask_to_open_read_only(parent: QWidget, path: Path, owner: LockOwner) -> bool:
    """Asks, with *Open Read-Only* and *Cancel* (never "open anyway"); True for read-only."""
    box = QMessageBox(parent)
    box.setObjectName("planLockedBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("LockPrompt", "Plan in Use"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(holder_text(path, owner))
    box.setInformativeText(
        translate(
            "LockPrompt",
            "Only one person can change a plan at a time. You can open it read-only: you see "
            "its figures, they refresh when the file changes, and nothing can be changed.",
        )
    )
    read_only = box.addButton(
        translate("LockPrompt", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole
    )
    read_only.setObjectName("openReadOnlyButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def tell_lock_taken_over(parent: QWidget, path: Path, owner: LockOwner) -> QMessageBox:
    """The last session did not close cleanly; the file passed its check and is ours now."""
    text = translate(
        "LockPrompt",
        "“%1” was still marked as open by %2 on “%3” (since %4), but that KPI Desk is no "
        "longer running. The file was checked and is fine; it is now open here for editing.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("LockPrompt", "Plan Was Not Closed"),
        fill(text, path.name, owner.user, owner.host, since_text(owner)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("lockTakenOverBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal but not blocking
    return box
