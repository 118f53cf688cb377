"""Hand the clipboard over to Qt before the app quits, so a copied picture outlives the app.

A QMimeData made in Python and given to the clipboard crashes PySide6 (6.11) when the
application is torn down (a segmentation fault on quit). Before quitting, the copied picture is
set again through QClipboard.setImage, which Qt owns; only the SVG variant is lost then, and only
for pastes after KPI Desk has closed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken


def install(app: QApplication) -> None:
    app.aboutToQuit.connect(hand_over)


def hand_over() -> None:
    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    if data is None or not Shiboken.createdByPython(data):
        return  # another program's data, or Qt's own: nothing to hand over
    if data.hasImage():
        clipboard.setImage(clipboard.image())
    elif data.hasText():
        clipboard.setText(data.text())
    else:
        clipboard.clear()
