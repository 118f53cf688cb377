"""The language the interface is shown in now ("ja" or "en"), for content named in it."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """Japanese when the default locale (set with the translators) is Japanese, else English."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"
