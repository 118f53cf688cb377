"""The bundled Japanese font, so that kanji and kana never show as empty boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kpidesk.resources import resources_dir

FAMILY = "KPI Desk Sans JP"


def load_bundled_fonts() -> list[str]:
    """Register the fonts under resources/fonts; returns the families Qt found in them."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def use_bundled_font(app: QGuiApplication) -> None:
    """Make the bundled family the application font, keeping the platform's point size."""
    if FAMILY not in load_bundled_fonts():
        return
    font = QFont(app.font())
    font.setFamilies([FAMILY])
    app.setFont(font)
