"""The Progress tab's charts for the PDF, painted as vectors with QPainter: cumulative against
pace, achievement by KPI, and each rep's actual against target. They look as the window's
pyqtgraph charts do, without loading pyqtgraph or numpy."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from kpidesk.domain.chart_series import AchievementBars, CumulativeSeries, RepComparison
from kpidesk.domain.model import Unit
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.messages import status_name
from kpidesk.report.blocks import Block, fill_rect
from kpidesk.report.chart_frame import (
    CategoryAxis,
    DayAxis,
    Frame,
    Legend,
    ValueAxis,
    box_sample,
    line_sample,
)
from kpidesk.ui.charts.label_room import label_left
from kpidesk.ui.charts.look import (
    AS_OF_LABEL_AT,
    BAR_WIDTH,
    BELOW_ZERO,
    GROUP_BAR_WIDTH,
    LEGEND_HEADROOM,
    LINE_WIDTH,
    MARKER_LIMIT,
    MARKER_SIZE,
    STATUS_LABEL_ROOM,
    day_position,
    top_of,
)
from kpidesk.ui.charts.plotted import plotted
from kpidesk.ui.palette import ACCENT as ACTUAL
from kpidesk.ui.palette import (
    AS_OF,
    FORECAST,
    MUTED,
    PACE,
    REFERENCE,
    STATUS_COLOUR,
    TARGET_BAR,
    TEXT,
)
from kpidesk.ui.palette import POSITIVE as TARGET

translate = QCoreApplication.translate
BAND_ALPHA = 48  # the ヨミ band is a wash under the lines
LABEL_GAP = 4.0  # between a bar's end and its label


def chart_pen(colour: QColor, width: float = LINE_WIDTH, dashed: bool = False) -> QPen:
    pen = QPen(colour, width)
    pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    return pen


def day_text(day: date, fmt: NumberFormat) -> str:
    return fmt.locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class PaintedChart(Block):
    """A chart `height` tall across the page; subclasses draw their data in the frame."""

    def __init__(self, width: float, height: float, series, number_format: NumberFormat) -> None:
        super().__init__(width)
        self._height, self.series, self.number_format = height, series, number_format

    def height(self) -> float:
        return self._height

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        frame = self.frame(painter, rect)
        frame.draw_grid(painter)
        painter.save()
        painter.setClipRect(frame.plot.adjusted(-MARKER_SIZE, -1, MARKER_SIZE, 1))
        self.draw_data(painter, frame)
        painter.restore()
        frame.draw_axes(painter)
        self.draw_over(painter, frame)
        frame.draw_legend(painter)
        painter.restore()

    def frame(self, painter: QPainter, rect: QRectF) -> Frame:
        raise NotImplementedError

    def draw_data(self, painter: QPainter, frame: Frame) -> None:
        raise NotImplementedError

    def draw_over(self, painter: QPainter, frame: Frame) -> None:
        """What sits over the axes (labels); nothing by default."""


def polyline(painter: QPainter, frame: Frame, points, pen: QPen) -> None:
    if len(points) < 2:
        return
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([frame.point(plotted(x), plotted(y)) for x, y in points]))


class CumulativeChart(PaintedChart):
    """Cumulative actual per day against the pace line, the forecast, the target and, for the
    KGI, the ヨミ band; a dotted line marks the as-of day."""

    series: CumulativeSeries

    def _value_top(self) -> float:
        series = self.series
        bands = [v for _, v in series.bands]
        top = top_of([*series.actual, *series.pace, *(v for _, v in series.forecast), *bands])
        highest = max((plotted(v) for _, v in series.target_points()), default=0.0)
        return max(top, highest) * LEGEND_HEADROOM

    def _legend(self) -> Legend:
        def name(text: str) -> str:
            return translate("CumulativePage", text)

        entries = [
            (name("Actual"), line_sample(chart_pen(ACTUAL), ACTUAL, MARKER_SIZE)),
            (name("Pace"), line_sample(chart_pen(PACE, dashed=True))),
            (name("Forecast"), line_sample(chart_pen(FORECAST, dashed=True))),
            (name("Target"), line_sample(chart_pen(TARGET, 1.5))),
        ]
        bands = self.series.bands if self._band_start() is not None else ()
        for position in range(len(bands)):
            entries.append((band_name(bands[: position + 1]), _band_sample(position)))
        return Legend(entries, columns=4)

    def frame(self, painter: QPainter, rect: QRectF) -> Frame:
        series, top = self.series, self._value_top()
        last = len(series.days) - 1
        values = ValueAxis(-top * BELOW_ZERO, top, grid=True, unit=series.unit)
        values.unit_label, values.number_format = series.unit_label, self.number_format
        days = DayAxis(-0.5, last + 0.5, days=series.days)
        return Frame(painter, rect, values, days, self._legend())

    def _band_start(self) -> tuple[float, Fraction] | None:
        series = self.series
        for index in range(len(series.days) - 1, -1, -1):
            if series.actual[index] is not None:
                return float(index), series.actual[index]
        return None

    def draw_data(self, painter: QPainter, frame: Frame) -> None:
        series = self.series
        days = series.days
        start = self._band_start()
        if series.bands and start is not None:
            self._draw_bands(painter, frame, start)
        polyline(painter, frame, series.target_points(), chart_pen(TARGET, 1.5))
        polyline(painter, frame, list(enumerate(series.pace)), chart_pen(PACE, dashed=True))
        forecast = [(day_position(days, day), value) for day, value in series.forecast]
        polyline(painter, frame, forecast, chart_pen(FORECAST, dashed=True))
        actual = [(i, v) for i, v in enumerate(series.actual) if v is not None]
        polyline(painter, frame, actual, chart_pen(ACTUAL))
        if len(actual) <= MARKER_LIMIT:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ACTUAL)
            for x, y in actual:
                radius = MARKER_SIZE / 2
                painter.drawEllipse(frame.point(float(x), plotted(y)), radius, radius)

    def _draw_bands(self, painter: QPainter, frame: Frame, start) -> None:
        series = self.series
        last = float(len(series.days) - 1)
        ends = [(start, (last, value)) for _rank, value in series.bands]
        wash = QColor(FORECAST)
        wash.setAlpha(BAND_ALPHA)
        first, final = ends[0], ends[-1]
        area = QPainterPath(frame.point(first[0][0], plotted(first[0][1])))
        area.lineTo(frame.point(first[1][0], plotted(first[1][1])))
        area.lineTo(frame.point(final[1][0], plotted(final[1][1])))
        area.lineTo(frame.point(final[0][0], plotted(final[0][1])))
        area.closeSubpath()
        painter.fillPath(area, wash)
        for position, end in enumerate(ends):
            polyline(painter, frame, list(end), _band_pen(position))

    def draw_over(self, painter: QPainter, frame: Frame) -> None:
        """The as-of line, labelled at its top in the headroom above every line, on the side
        with more room."""
        series = self.series
        position = day_position(series.days, series.as_of)
        x, plot = frame.x(position), frame.plot
        painter.setPen(chart_pen(AS_OF, 1, dashed=True))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        text = fill(
            translate("CumulativePage", "As of %1"), day_text(series.as_of, self.number_format)
        )
        metrics = QFontMetricsF(frame.font, painter.device())
        width = metrics.horizontalAdvance(text) + 4
        top = plot.bottom() - AS_OF_LABEL_AT * plot.height()
        on_left = position > (len(series.days) - 1) / 2
        box = QRectF(x - width - 2 if on_left else x + 2, top, width, metrics.height())
        painter.setFont(frame.font)
        painter.setPen(AS_OF)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _band_pen(position: int) -> QPen:
    pen = QPen(FORECAST, 1)
    pen.setStyle(Qt.PenStyle.DotLine if position else Qt.PenStyle.SolidLine)
    return pen


def _band_sample(position: int):
    return line_sample(_band_pen(position))


def band_name(bands) -> str:
    """The legend's name of a band line: "Pipeline A", "Pipeline A+B", …"""
    ranks = "+".join(rank for rank, _ in bands)
    return fill(translate("YomiBand", "Pipeline %1"), ranks)


class AchievementChart(PaintedChart):
    """Achievement per KPI as horizontal bars in status colours, each with its figure and
    status in words (the colour is never the only sign), and a line at 100 %."""

    series: AchievementBars

    def _widths(self) -> list[Fraction]:
        return [bar.achievement or Fraction(0) for bar in self.series.items]

    def frame(self, painter: QPainter, rect: QRectF) -> Frame:
        count = len(self.series.items)
        names = CategoryAxis(-0.5, count - 0.5, inverted=True, names=self._names())
        top = max(1.0, top_of(self._widths())) * STATUS_LABEL_ROOM
        values = ValueAxis(-top * BELOW_ZERO, top, grid=True, unit=Unit.PERCENT)
        values.number_format = self.number_format
        return Frame(painter, rect, names, values, None)

    def _names(self) -> list[str]:
        return [bar.name for bar in self.series.items]

    def draw_data(self, painter: QPainter, frame: Frame) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for i, (bar, width) in enumerate(zip(self.series.items, self._widths(), strict=True)):
            top_left = frame.point(0.0, i - BAR_WIDTH / 2)
            bottom_right = frame.point(plotted(width), i + BAR_WIDTH / 2)
            colour = STATUS_COLOUR.get(bar.status, MUTED)
            fill_rect(painter, QRectF(top_left, bottom_right).normalized(), colour)
        plot = frame.plot
        painter.setPen(chart_pen(REFERENCE, 1.5))
        x = frame.x(1.0)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))

    def draw_over(self, painter: QPainter, frame: Frame) -> None:
        metrics = QFontMetricsF(frame.font, painter.device())
        painter.setFont(frame.font)
        painter.setPen(TEXT)
        for i, (bar, width) in enumerate(zip(self.series.items, self._widths(), strict=True)):
            text = self._label(bar)
            at = frame.point(plotted(width), float(i))
            wide = metrics.horizontalAdvance(text) + 2
            left = label_left(at.x(), wide, frame.x(1.0), LABEL_GAP)  # clear of the 100 % line
            box = QRectF(left, at.y() - metrics.height() / 2, wide, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _label(self, bar) -> str:
        if bar.achievement is None:
            return status_name(bar.status)
        percent = self.number_format.value(bar.achievement, Unit.PERCENT)
        return f"{percent}  {status_name(bar.status)}"


class RepChart(PaintedChart):
    """Actual against target per rep, as pairs of bars."""

    series: RepComparison

    def frame(self, painter: QPainter, rect: QRectF) -> Frame:
        series, count = self.series, len(self.series.items)
        reps = CategoryAxis(-0.6, count - 0.4, names=[item.rep for item in series.items])
        top = top_of([*self._actual(), *self._target()]) * LEGEND_HEADROOM
        values = ValueAxis(-top * BELOW_ZERO, top, grid=True, unit=series.unit)
        values.unit_label, values.number_format = series.unit_label, self.number_format
        legend = Legend(
            [
                (translate("RepPage", "Actual"), box_sample(ACTUAL)),
                (translate("RepPage", "Target"), box_sample(TARGET_BAR)),
            ],
            columns=2,
        )
        return Frame(painter, rect, values, reps, legend)

    def _actual(self) -> list[Fraction]:
        return [item.actual or Fraction(0) for item in self.series.items]

    def _target(self) -> list[Fraction]:
        return [item.target or Fraction(0) for item in self.series.items]

    def draw_data(self, painter: QPainter, frame: Frame) -> None:
        half = GROUP_BAR_WIDTH / 2
        for values, shift, colour in (
            (self._actual(), -half, ACTUAL),
            (self._target(), half, TARGET_BAR),
        ):
            for i, value in enumerate(values):
                centre = i + shift
                corner = frame.point(centre - half, plotted(value))
                foot = frame.point(centre + half, 0.0)
                fill_rect(painter, QRectF(corner, foot).normalized(), colour)
