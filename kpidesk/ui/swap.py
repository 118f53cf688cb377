"""Put a view made for the newly opened plan where the previous plan's view was."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

View = TypeVar("View", bound=QWidget)


def swap_in(old: QWidget, new: View) -> View:
    """`new` takes `old`'s place in its layout; `old` (and its connections) goes."""
    old.parentWidget().layout().replaceWidget(old, new)
    old.deleteLater()
    return new
