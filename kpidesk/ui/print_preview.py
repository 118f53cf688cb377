"""File → Print Preview…: the meeting report's pages as they will print, in a Qt preview.

The preview's frame follows the colour scheme (the app's palette, and the space around the
pages from its Dark role instead of Qt's fixed grey); the pages stay paper-white, since the
report is always drawn in the light colours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QGraphicsView

from kpidesk.ui.actions import make_action
from kpidesk.ui.print_report import print_on

if TYPE_CHECKING:  # Qt's print support loads when the preview is asked for, not at start
    from PySide6.QtPrintSupport import QPrintPreviewDialog

translate = QCoreApplication.translate


def preview_dialog(window) -> QPrintPreviewDialog:
    """The preview of the open plan's report over `window` (not yet shown)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setObjectName("printPreviewDialog")
    dialog.setWindowTitle(translate("PrintPreview", "Print Preview — Meeting Report"))
    dialog.paintRequested.connect(lambda target: print_on(window, target))
    dialog.printer = printer  # kept alive as long as the dialog
    follow_scheme(dialog)
    return dialog


def follow_scheme(dialog: QPrintPreviewDialog) -> None:
    """The space around the pages in the scheme's own colour (Qt paints it a fixed grey)."""
    around = dialog.palette().color(QPalette.ColorRole.Dark)
    for view in dialog.findChildren(QGraphicsView):
        if view.scene() is not None:
            view.scene().setBackgroundBrush(around)


def preview_report(window) -> bool:
    if window.document is None:
        return False
    dialog = preview_dialog(window)
    dialog.resize(window.size() * 0.9)
    dialog.exec()
    dialog.deleteLater()
    return True


def print_preview_action(window) -> QAction:
    """File → Print Preview…"""
    action = make_action(
        window,
        translate("PrintPreview", "Print Pre&view…"),
        lambda: preview_report(window),
        None,
        "printPreviewAction",
    )
    action.setToolTip(translate("PrintPreview", "See the meeting report's pages before printing"))
    return action
