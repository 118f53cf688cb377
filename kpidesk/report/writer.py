"""Export the meeting PDF: build the sections, lay them out, draw every page with one painter,
and write the file atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QPen,
)

from kpidesk import __version__
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.report.context import ReportContext, build_context
from kpidesk.report.files import ExportCancelledError, check_target, write_atomically
from kpidesk.report.options import ReportOptions
from kpidesk.report.paginate import Placed, paginate
from kpidesk.report.sections import SectionBuilder, report_sections
from kpidesk.report.styles import (
    BAND,
    CHART_POINT_SIZE,
    MARGIN_X,
    MARGIN_Y,
    RESOLUTION,
    RULE,
    SUBTLE,
    report_font,
)
from kpidesk.report.texts import day_text, page_text, period_text
from kpidesk.services.plan_session import PlanSession
from kpidesk.ui.fonts import load_bundled_fonts
from kpidesk.ui.scheme_colours import light_colours

# called after each page is drawn with (pages drawn, pages in all); False cancels the export
PageCallback = Callable[[int, int], bool]


def export_pdf(
    session: PlanSession,
    path: Path | str,
    options: ReportOptions | None = None,
    number_format: NumberFormat | None = None,
    sections: Sequence[SectionBuilder] | None = None,
    on_page: PageCallback | None = None,
) -> int:
    """Write the report of `session` to `path` and return its page count.

    Raises ReportFileError (with a message in the user's language) when `path` cannot be
    written, and ExportCancelledError when `on_page` says stop; either way a file already at
    `path` is left as it was.
    """
    path = Path(path)
    check_target(path)
    data, pages = render_pdf(session, options, number_format, sections, on_page)
    write_atomically(path, data)
    return pages


def render_pdf(
    session: PlanSession,
    options: ReportOptions | None = None,
    number_format: NumberFormat | None = None,
    sections: Sequence[SectionBuilder] | None = None,
    on_page: PageCallback | None = None,
) -> tuple[bytes, int]:
    """The report as PDF bytes, and its page count."""
    options = options or ReportOptions()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator(f"KPI Desk {__version__}")
    writer.setTitle(session.plan.name)
    pages = draw_report(writer, session, options, number_format, sections, on_page)
    return QByteArray(buffer.data()).data(), pages


def draw_report(
    device: QPagedPaintDevice,
    session: PlanSession,
    options: ReportOptions | None = None,
    number_format: NumberFormat | None = None,
    sections: Sequence[SectionBuilder] | None = None,
    on_page: PageCallback | None = None,
) -> int:
    """Lay the report out on `device` (a QPdfWriter, or a QPrinter for File → Print…) at the
    report's resolution and paper, draw every page, and return the page count."""
    options = options or ReportOptions()
    number_format = number_format or NumberFormat(money_in_man=options.money_in_man)
    # PageImages lays the pages out on a PDF writer and draws them on images
    writer = device.layout_device if isinstance(device, PageImages) else device
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(options.paper.page_size, options.orientation, QMarginsF(0, 0, 0, 0))
    )
    page = QRectF(0, 0, writer.width(), writer.height())
    content = page.adjusted(MARGIN_X, MARGIN_Y + BAND, -MARGIN_X, -MARGIN_Y - BAND)
    with chart_font(), light_colours():  # paper is white whatever the screen's scheme
        context = build_context(
            session, options, number_format, writer, content.width(), content.height()
        )
        blocks = [block for build in sections or report_sections() for block in build(context)]
        pages = paginate(blocks, content.height())
        painter = QPainter() if isinstance(device, PageImages) else QPainter(writer)
        if isinstance(device, PageImages):
            device.start(painter, page.size())
        try:
            _draw_pages(painter, device, context, pages, page, content, on_page)
        finally:
            painter.end()
    return len(pages)


class PageImages:
    """The report's pages as images (a preview, the screens script): laid out exactly as on
    paper at the report's resolution, each page drawn `scale` times larger."""

    def __init__(self, scale: float = 2.0) -> None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._metrics = QPdfWriter(buffer)  # lays the text out as the PDF does
        self._buffer = buffer
        self.scale = scale
        self.images: list[QImage] = []

    @property
    def layout_device(self) -> QPdfWriter:
        return self._metrics

    def start(self, painter: QPainter, size) -> None:
        self._painter, self._size = painter, size
        self._begin()

    def newPage(self) -> bool:  # noqa: N802 (called as a paged device's)
        self._painter.end()
        self._begin()
        return True

    def _begin(self) -> None:
        width = round(self._size.width() * self.scale)
        height = round(self._size.height() * self.scale)
        image = QImage(width, height, QImage.Format.Format_RGB32)
        dots_per_metre = round(RESOLUTION / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(Qt.GlobalColor.white)
        self.images.append(image)
        self._painter.begin(image)
        self._painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self._painter.scale(self.scale, self.scale)


def page_images(
    session: PlanSession,
    options: ReportOptions | None = None,
    number_format: NumberFormat | None = None,
    scale: float = 2.0,
) -> list[QImage]:
    """Every page of the report as an image, `scale` pixels per PDF unit."""
    pages = PageImages(scale)
    draw_report(pages, session, options, number_format)
    return pages.images


@contextmanager
def chart_font() -> Iterator[None]:
    """The charts and the diagram take the application font: make it the bundled one at one
    size while the report is made, so the GUI and the CLI lay them out the same."""
    load_bundled_fonts()
    app = QGuiApplication.instance()  # a QApplication in the window: its widgets hear of it
    before = app.font()
    app.setFont(report_font(CHART_POINT_SIZE))
    try:
        yield
    finally:
        app.setFont(before)


def _draw_pages(
    painter: QPainter,
    writer: QPagedPaintDevice,
    context: ReportContext,
    pages: list[list[Placed]],
    page: QRectF,
    content: QRectF,
    on_page: PageCallback | None,
) -> None:
    for number, placed in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        if number > 1:  # the cover has no running header
            _header(painter, context, page)
        _footer(painter, context, page, number, len(pages))
        for item in placed:
            rect = QRectF(content.left(), content.top() + item.top, content.width(), item.height)
            item.block.draw(painter, rect)
        if on_page is not None and not on_page(number, len(pages)):
            raise ExportCancelledError()


def _header(painter: QPainter, context: ReportContext, page: QRectF) -> None:
    band = QRectF(MARGIN_X, MARGIN_Y, page.width() - 2 * MARGIN_X, BAND * 0.7)
    face = context.faces.small
    period = context.period
    right = period_text(period) if period is not None else ""
    left_width = band.width() - face.width(right) - 24
    name = face.metrics.elidedText(context.plan.name, Qt.TextElideMode.ElideRight, left_width)
    painter.setFont(face.font)
    painter.setPen(SUBTLE)
    flags = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(band, flags | Qt.AlignmentFlag.AlignLeft, name)
    painter.drawText(band, flags | Qt.AlignmentFlag.AlignRight, right)
    painter.setPen(QPen(RULE, 0.75))
    painter.drawLine(band.left(), band.bottom() + 2, band.right(), band.bottom() + 2)


def _footer(
    painter: QPainter, context: ReportContext, page: QRectF, number: int, count: int
) -> None:
    band = QRectF(
        MARGIN_X, page.height() - MARGIN_Y - BAND * 0.7, page.width() - 2 * MARGIN_X, BAND * 0.7
    )
    face = context.faces.small
    painter.setPen(QPen(RULE, 0.75))
    painter.drawLine(band.left(), band.top() - 2, band.right(), band.top() - 2)
    painter.setFont(face.font)
    painter.setPen(SUBTLE)
    flags = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(
        band, flags | Qt.AlignmentFlag.AlignLeft, f"KPI Desk · {day_text(context.exported)}"
    )
    painter.drawText(band, flags | Qt.AlignmentFlag.AlignRight, page_text(number, count))
