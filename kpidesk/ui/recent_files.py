"""The list of recently opened plans, kept in the user's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recentFiles"
LIMIT = 8


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value(KEY, [])
    if isinstance(value, str):
        value = [value]
    return [path for path in value if Path(path).exists()]


def remember(settings: QSettings, path: Path | str) -> list[str]:
    path = str(Path(path).resolve())
    files = [path] + [p for p in recent_files(settings) if p != path]
    settings.setValue(KEY, files[:LIMIT])
    return files[:LIMIT]


def last_file(settings: QSettings) -> str | None:
    files = recent_files(settings)
    return files[0] if files else None
