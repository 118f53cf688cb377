"""Where file dialogs start: the open plan's folder, or the user's Documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

Location = QStandardPaths.StandardLocation


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where the platform names none)."""
    documents = QStandardPaths.writableLocation(Location.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def plans_folder(current_plan: Path | None) -> str:
    """The folder of the plan being worked on, unless it lives in the app's own data folder
    (the demo, a restored backup): new plans belong with the user's documents."""
    if current_plan is not None and not _inside_app_data(current_plan):
        return str(current_plan.parent)
    return str(documents_folder())


def _inside_app_data(path: Path) -> bool:
    app_data = QStandardPaths.writableLocation(Location.AppDataLocation)
    return bool(app_data) and Path(app_data).resolve() in path.resolve().parents
