"""File → Print…: the meeting report through the platform's print dialog (the PDF's pages)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from kpidesk.i18n.fill import fill
from kpidesk.ui.actions import make_action

# Qt's print support, its page classes and the report load when the user prints, not at start
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from kpidesk.report.options import ReportOptions

translate = QCoreApplication.translate


def report_options(window, printer: QPrinter) -> ReportOptions:
    """The report on the paper and orientation chosen in the print dialog (A4 or Letter)."""
    from PySide6.QtGui import QPageLayout, QPageSize

    from kpidesk.report.options import Paper, ReportOptions

    size = printer.pageLayout().pageSize().id()
    paper = Paper.LETTER if size == QPageSize.PageSizeId.Letter else Paper.A4
    landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    return ReportOptions(
        paper=paper,
        landscape=landscape,
        as_of=window.as_of,
        money_in_man=window.number_format.money_in_man,
    )


def print_on(window, printer: QPrinter) -> int:
    """Draw the open plan's report on `printer`; the number of pages printed."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout

    from kpidesk.report.writer import draw_report  # the report loads pyqtgraph: only now

    options = report_options(window, printer)
    printer.setDocName(window.document.session.plan.name)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return draw_report(printer, window.document.session, options, window.number_format)


def print_report(window) -> bool:
    """Ask the platform's print dialog, then print; the status bar says how many pages."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    if window.document is None:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(translate("PrintReport", "Print the Meeting Report"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    pages = print_on(window, printer)
    window.statusBar().showMessage(
        fill(translate("PrintReport", "Sent %1 pages to the printer"), pages), 8000
    )
    return True


def print_action(window) -> QAction:
    """File → Print… (Ctrl+P)."""
    action = make_action(
        window,
        translate("PrintReport", "&Print…"),
        lambda: print_report(window),
        QKeySequence.StandardKey.Print,
        "printAction",
    )
    action.setToolTip(
        fill(
            translate("PrintReport", "Print the meeting report (%1)"),
            QKeySequence(QKeySequence.StandardKey.Print).toString(
                QKeySequence.SequenceFormat.NativeText
            ),
        )
    )
    return action
