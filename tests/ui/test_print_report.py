"""File → Print… prints the meeting report's pages: here onto a PDF printer, read back."""

import pypdf
from PySide6.QtPrintSupport import QPrinter

from kpidesk.report.writer import render_pdf
from kpidesk.ui.print_report import print_on


def test_print_draws_every_page_of_the_meeting_report(qtbot, window, tmp_path):
    action = window.findChild(type(window.undo_action), "printAction")
    assert action.text() == "&Print…" and action.toolTip() == "Print the meeting report (Ctrl+P)"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_on(window, printer)
    _, exported_pages = render_pdf(window.document.session)
    assert pages == exported_pages >= 2
    printed = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    text = printed.pages[0].extract_text()
    assert "Sales team plan (demo)" in text
