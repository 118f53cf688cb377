"""A scroll area that scrolls only up and down is kept wide enough for its form, in any language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollArea


class FormWidthKeeper(QObject):
    """Keeps `area` at least as wide as its widget's minimum plus the vertical scroll bar, also
    when rows appear or labels change language (the English labels are longer, and the area
    had no horizontal scroll bar to show what it clipped)."""

    def __init__(self, area: QScrollArea, floor: int) -> None:
        super().__init__(area)
        self.area, self.floor = area, floor
        area.widget().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        widget = self.area.widget()
        if widget is None:
            return
        bar = self.area.verticalScrollBar().sizeHint().width()
        frame = 2 * self.area.frameWidth()
        self.area.setMinimumWidth(max(self.floor, widget.minimumSizeHint().width() + bar + frame))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.fit()
        return False


def keep_form_unclipped(area: QScrollArea) -> FormWidthKeeper:
    """Call once the area holds its widget."""
    return FormWidthKeeper(area, area.minimumWidth())
