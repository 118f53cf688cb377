"""Error and warning text (and error borders) in palette colours that follow the scheme live.

A widget shown "as error" remembers the palette colour's name, not its value; when the scheme
changes, kpidesk.ui.theme calls `restyle_toned_widgets`, which sets every such widget's style
again from the palette's current (light or dark) values.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from kpidesk.ui import palette

TONE = "kpideskTone"  # the palette colour's name of the widget's text, or ""
BORDER = "kpideskBorder"  # the palette colour's name of the widget's border, or ""


def palette_name(colour: QColor) -> str:
    """The name under which the palette holds this very colour object ("NEGATIVE", …)."""
    for name in dir(palette):
        if name.isupper() and getattr(palette, name) is colour:
            return name
    raise ValueError("not a colour of kpidesk.ui.palette")


def show_in(widget: QWidget, colour: QColor | None) -> None:
    """Text in a palette colour (None: the usual text colour), kept in it across schemes."""
    widget.setProperty(TONE, palette_name(colour) if colour is not None else "")
    _restyle(widget)


def show_as_error(widget: QWidget) -> None:
    show_in(widget, palette.NEGATIVE)


def show_as_warning(widget: QWidget) -> None:
    show_in(widget, palette.PROBLEM)


def mark_error_border(widget: QWidget, on: bool) -> None:
    """A red outline around a field whose value was refused (or none)."""
    widget.setProperty(BORDER, "NEGATIVE" if on else "")
    _restyle(widget)


def style_sheet(widget: QWidget) -> str:
    """The widget's style from its tone and border, in the palette's current colours."""
    parts = []
    tone, border = widget.property(TONE), widget.property(BORDER)
    if tone:
        parts.append(palette.text_style(getattr(palette, tone)))
    if border:
        parts.append(f"border: 1px solid {getattr(palette, border).name()};")
    return " ".join(parts)


def _restyle(widget: QWidget) -> None:
    set_style_sheet(widget, style_sheet(widget))


def set_style_sheet(widget: QWidget, sheet: str) -> None:
    """Give `widget` this style sheet, unless it has it already."""
    if widget.styleSheet() != sheet:  # setting even the same sheet polishes the widget again
        widget.setStyleSheet(sheet)


def restyle_toned_widgets() -> int:
    """Set every toned widget's style again from the palette; how many were restyled."""
    count = 0
    for widget in QApplication.allWidgets():
        if widget.property(TONE) or widget.property(BORDER):
            _restyle(widget)
            count += 1
    return count
