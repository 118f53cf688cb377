"""Guards the Qt binding: PySide6 6.12.0 lost a reference to None on every paintEvent override.

On Python 3.11 that makes the interpreter abort after some thousands of repaints (the tree
diagram and the charts override paint methods), which is why pyproject pins PySide6 < 6.12.
"""

import sys

from PySide6.QtWidgets import QWidget


class Painted(QWidget):
    def paintEvent(self, event) -> None:  # an override, as the diagram's boxes have
        pass


def test_repainting_an_overridden_widget_keeps_references_to_none(qtbot):
    widget = Painted()
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):  # repaint() paints only a widget on screen
        widget.show()
    before = sys.getrefcount(None)
    for _ in range(300):
        widget.repaint()
    assert sys.getrefcount(None) > before - 300
