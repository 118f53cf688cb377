"""File → Print Preview… shows the meeting report's pages; its frame follows the colour scheme
and the pages stay paper-white."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QGraphicsView

from kpidesk.report.writer import render_pdf
from kpidesk.ui.print_preview import preview_dialog
from kpidesk.ui.theme import Scheme
from tests.ui.test_reviews_ui import when_modal

WHITE = QColor("#ffffff")


def shown_preview(qtbot, window):
    dialog = preview_dialog(window)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=20000)
    return dialog, preview


def colours_of(preview) -> tuple[QColor, set[int]]:
    """The colour just inside the view's corner (around the pages), and every colour shown."""
    view = preview.findChild(QGraphicsView)
    image = view.viewport().grab().toImage()
    width, height = image.width(), image.height()
    seen = {image.pixel(x, y) for x in range(0, width, 7) for y in range(0, height, 7)}
    return QColor(image.pixel(2, 2)), seen


def test_the_preview_shows_every_page_of_the_report(qtbot, window):
    action = window.findChild(type(window.undo_action), "printPreviewAction")
    assert action.text() == "Print Pre&view…"
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Print Pre&view…" in menu_texts
    _, preview = shown_preview(qtbot, window)
    _, exported_pages = render_pdf(window.document.session)
    assert preview.pageCount() == exported_pages >= 2


def test_dark_scheme_gives_a_dark_frame_around_white_pages(qtbot, window):
    window.theme.choose(Scheme.DARK)
    try:
        dialog, preview = shown_preview(qtbot, window)
        around, seen = colours_of(preview)
        assert around == dialog.palette().color(QPalette.ColorRole.Dark)
        assert around.lightness() < 40
        assert WHITE.rgb() in seen  # the paper
        assert dialog.palette().color(QPalette.ColorRole.Window).lightness() < 60
    finally:
        window.theme.choose(Scheme.LIGHT)
    dialog, preview = shown_preview(qtbot, window)
    around, seen = colours_of(preview)
    assert around.lightness() > 100
    assert WHITE.rgb() in seen


def test_file_menu_opens_it_over_the_window(qtbot, window):
    seen = []

    def look(dialog):
        seen.append(dialog.objectName())
        dialog.reject()

    when_modal(look)
    window.findChild(type(window.undo_action), "printPreviewAction").trigger()
    assert seen == ["printPreviewDialog"]
