"""The palette's light and dark values and the switch between them, with QtGui alone: the
window's scheme (kpidesk.ui.theme) and the meeting PDF, always light, use it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor

from kpidesk.ui import palette

LIGHT: dict[str, str] = {
    name: getattr(palette, name).name(QColor.NameFormat.HexArgb)
    for name in dir(palette)
    if name.isupper() and isinstance(getattr(palette, name), QColor)
}
DARK = palette.DARK  # the dark values, named in the palette with the light ones


def apply_colours(dark: bool) -> None:
    """Switch every colour of the palette, in place, to its light or dark value."""
    values = {**LIGHT, **DARK} if dark else LIGHT
    for name, value in values.items():
        colour = getattr(palette, name, None)
        if isinstance(colour, QColor):
            colour.setRgba(QColor(value).rgba())


def colours_are_dark() -> bool:
    return palette.BACKGROUND.lightness() < 128


@contextmanager
def light_colours() -> Iterator[None]:
    """The light colours while drawing something for paper (the PDF), then back."""
    dark = colours_are_dark()
    apply_colours(False)
    try:
        yield
    finally:
        apply_colours(dark)
