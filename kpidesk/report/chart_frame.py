"""A chart's frame drawn straight onto the page: the plot area, its two axes with their labels,
the grid, and the legend under it. No pyqtgraph: the PDF loads none."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from kpidesk.domain.model import Unit
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.report.blocks import fill_rect
from kpidesk.report.styles import CHART_POINT_SIZE, report_font
from kpidesk.ui.charts.look import GRID_ALPHA, MARGINS
from kpidesk.ui.charts.ticks import LABEL_GAP_PX, STAGGER_ROWS, day_ticks, exact, thinned, visible
from kpidesk.ui.palette import BACKGROUND, RULE, TEXT
from kpidesk.ui.palette import SUBTLE as AXIS_COLOUR

TICK_LENGTH = 5.0
TICK_TEXT_OFFSET = 6.0
MIN_TICK_SPACING = {False: 40.0, True: 100.0}  # between labelled values: up, across
MINOR_PER_MAJOR = 5
LEGEND_POINT_SIZE = CHART_POINT_SIZE - 1
LEGEND_GAP = 6.0  # between the bottom axis's labels and the legend
LEGEND_PADDING = 8.0
SAMPLE_WIDTH = 20.0
LEGEND_ALPHA = 225

# (painter, sample rect) -> None: what a legend entry shows beside its name
Sample = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True)
class Tick:
    value: float
    text: str
    row: int = 0  # crowded names along the bottom take a second row


@dataclass
class Axis:
    """One side's range and labels; `grid` draws lines across the plot at its values."""

    low: float
    high: float
    grid: bool = False
    inverted: bool = False  # categories down the left: the first at the top

    def ticks(self, length: float, metrics: QFontMetricsF, across: bool) -> list[Tick]:
        raise NotImplementedError

    def minor(self, length: float, metrics: QFontMetricsF, across: bool) -> list[float]:
        return []


def nice_step(span: float, most: int) -> float:
    """The smallest step of 1, 2 or 5 × 10^n that cuts `span` into at most `most` parts."""
    raw = span / max(most, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw * (1 - 1e-9))


@dataclass
class ValueAxis(Axis):
    """Values in the chart's unit (¥ with grouping, 万円, %, counts), at round steps."""

    unit: Unit = Unit.COUNT
    unit_label: str = ""
    number_format: NumberFormat = field(default_factory=NumberFormat)

    def _step(self, length: float, across: bool) -> float:
        most = max(1, int(length // MIN_TICK_SPACING[across]))
        return nice_step(self.high - self.low, most)

    def _values(self, step: float) -> list[float]:
        first, last = math.ceil(self.low / step), math.floor(self.high / step)
        return [k * step for k in range(first, last + 1)]

    def ticks(self, length: float, metrics: QFontMetricsF, across: bool) -> list[Tick]:
        return [Tick(v, self.text(v)) for v in self._values(self._step(length, across))]

    def minor(self, length: float, metrics: QFontMetricsF, across: bool) -> list[float]:
        step = self._step(length, across)
        return self._values(step / MINOR_PER_MAJOR)

    def text(self, value: float) -> str:
        return self.number_format.value(exact(value), self.unit, self.unit_label)


@dataclass
class CategoryAxis(Axis):
    """Names at whole-number positions, never overlapped: along the bottom, names too wide to
    sit side by side take two rows; only when two are not enough is every k-th left out."""

    names: Sequence[str] = ()

    def ticks(self, length: float, metrics: QFontMetricsF, across: bool) -> list[Tick]:
        shown = list(visible(self.low, self.high, len(self.names)))
        if across:
            widest = max((metrics.horizontalAdvance(self.names[i]) for i in shown), default=0.0)
            room = widest + LABEL_GAP_PX
        else:
            room = metrics.height() + LABEL_GAP_PX / 3
        if across and length < len(shown) * room <= STAGGER_ROWS * length:
            return [Tick(float(i), self.names[i], i % 2) for i in shown]
        return [Tick(float(i), self.names[i]) for i in thinned(shown, room, length)]


@dataclass
class DayAxis(Axis):
    """Days at their index (business days side by side): every day, or the first of each
    week, month, quarter or year, the finest level whose labels fit."""

    days: Sequence[date] = ()

    def ticks(self, length: float, metrics: QFontMetricsF, across: bool) -> list[Tick]:
        shown = visible(self.low, self.high, len(self.days))
        if not shown:
            return []

        def room(texts: list[str]) -> float:
            return max((metrics.horizontalAdvance(t) for t in texts), default=0.0) + LABEL_GAP_PX

        indexes, label = day_ticks(self.days, shown, room, length)
        return [Tick(float(i), label(self.days[i])) for i in indexes]


@dataclass
class Legend:
    """Names with their samples, in `columns` equal columns, in a box under the chart."""

    entries: list[tuple[str, Sample]]
    columns: int

    def height(self, metrics: QFontMetricsF) -> float:
        if not self.entries:
            return 0.0
        rows = math.ceil(len(self.entries) / self.columns)
        return 2 * LEGEND_PADDING + rows * self.row_height(metrics) + LEGEND_GAP

    @staticmethod
    def row_height(metrics: QFontMetricsF) -> float:
        return max(SAMPLE_WIDTH, metrics.height() + 4)

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        font = report_font(LEGEND_POINT_SIZE)
        metrics = QFontMetricsF(font, painter.device())
        box = rect.adjusted(0, LEGEND_GAP, 0, 0)
        fill = QColor(BACKGROUND)
        fill.setAlpha(LEGEND_ALPHA)
        painter.setPen(QPen(RULE, 1))
        painter.setBrush(fill)
        painter.drawRect(box)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        column_width = (box.width() - 2 * LEGEND_PADDING) / self.columns
        row_height = self.row_height(metrics)
        painter.setFont(font)
        for n, (name, sample) in enumerate(self.entries):
            left = box.left() + LEGEND_PADDING + (n % self.columns) * column_width
            top = box.top() + LEGEND_PADDING + (n // self.columns) * row_height
            painter.save()
            sample(painter, QRectF(left, top, SAMPLE_WIDTH, row_height))
            painter.restore()
            text = QRectF(
                left + SAMPLE_WIDTH + 8, top, column_width - SAMPLE_WIDTH - 12, row_height
            )
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, text.width())
            painter.setPen(TEXT)
            painter.drawText(
                text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
            )


def line_sample(pen: QPen, marker: QColor | None = None, size: float = 0.0) -> Sample:
    def draw(painter: QPainter, rect: QRectF) -> None:
        y = rect.center().y()
        painter.setPen(pen)
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        if marker is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(marker)
            painter.drawEllipse(QPointF(rect.center().x(), y), size / 2, size / 2)

    return draw


def box_sample(colour: QColor) -> Sample:
    def draw(painter: QPainter, rect: QRectF) -> None:
        side = min(rect.width(), rect.height()) - 4
        square = QRectF(0, 0, side, side)
        square.moveCenter(rect.center())
        fill_rect(painter, square, colour)

    return draw


class Frame:
    """The plot area inside `rect` once the axes' labels and the legend have their room; maps
    values to page coordinates and draws the axes, the grid and the legend."""

    def __init__(
        self, painter: QPainter, rect: QRectF, left: Axis, bottom: Axis, legend: Legend | None
    ) -> None:
        self.left_axis, self.bottom_axis, self.legend = left, bottom, legend
        self.font = report_font(CHART_POINT_SIZE)
        self.metrics = metrics = QFontMetricsF(self.font, painter.device())
        legend_metrics = QFontMetricsF(report_font(LEGEND_POINT_SIZE), painter.device())
        self.legend_height = legend.height(legend_metrics) if legend else 0.0
        margin_left, margin_top, margin_right, margin_bottom = MARGINS
        inner = rect.adjusted(
            margin_left, margin_top, -margin_right, -margin_bottom - self.legend_height
        )
        rows = 1
        for _ in range(2):  # the rows along the bottom decide the height, the height the labels
            axis_height = TICK_LENGTH + TICK_TEXT_OFFSET + rows * metrics.lineSpacing()
            height = inner.height() - axis_height
            self.left_ticks = left.ticks(height, metrics, across=False)
            widest = max((metrics.horizontalAdvance(t.text) for t in self.left_ticks), default=0)
            left_width = widest + TICK_TEXT_OFFSET + TICK_LENGTH
            width = inner.width() - left_width
            self.bottom_ticks = bottom.ticks(width, metrics, across=True)
            needed = 1 + max((t.row for t in self.bottom_ticks), default=0)
            if needed == rows:
                break
            rows = needed
        self.plot = QRectF(inner.left() + left_width, inner.top(), width, height)
        self.outer = rect

    # -- coordinates ------------------------------------------------------------------

    def x(self, value: float) -> float:
        axis, plot = self.bottom_axis, self.plot
        return plot.left() + (value - axis.low) / (axis.high - axis.low) * plot.width()

    def y(self, value: float) -> float:
        axis, plot = self.left_axis, self.plot
        share = (value - axis.low) / (axis.high - axis.low)
        return (
            plot.top() + share * plot.height()
            if axis.inverted
            else plot.bottom() - share * (plot.height())
        )

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.x(x), self.y(y))

    # -- drawing ----------------------------------------------------------------------

    def draw_grid(self, painter: QPainter) -> None:
        plot = self.plot
        for axis, ticks, across in (
            (self.left_axis, self.left_ticks, False),
            (self.bottom_axis, self.bottom_ticks, True),
        ):
            if not axis.grid:
                continue
            length = plot.width() if across else plot.height()
            levels = [
                (axis.minor(length, self.metrics, across), GRID_ALPHA / 2),
                ([t.value for t in ticks], GRID_ALPHA),
            ]
            for values, alpha in levels:
                colour = QColor(AXIS_COLOUR)
                colour.setAlphaF(alpha)
                painter.setPen(QPen(colour, 1))
                for value in values:
                    if across and plot.left() <= (x := self.x(value)) <= plot.right():
                        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                    elif not across and plot.top() <= (y := self.y(value)) <= plot.bottom():
                        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def draw_axes(self, painter: QPainter) -> None:
        plot, metrics = self.plot, self.metrics
        painter.setFont(self.font)
        painter.setPen(QPen(AXIS_COLOUR, 1))
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        label_x = plot.left() - TICK_LENGTH - TICK_TEXT_OFFSET
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for tick in self.left_ticks:
            y = self.y(tick.value)
            if not plot.top() - 0.5 <= y <= plot.bottom() + 0.5:
                continue
            painter.drawLine(QPointF(plot.left() - TICK_LENGTH, y), QPointF(plot.left(), y))
            box = QRectF(self.outer.left(), y - metrics.height() / 2, 0, metrics.height())
            box.setRight(label_x)
            painter.drawText(box, right, tick.text)
        top = plot.bottom() + TICK_LENGTH + TICK_TEXT_OFFSET
        for tick in self.bottom_ticks:
            x = self.x(tick.value)
            if not plot.left() - 0.5 <= x <= plot.right() + 0.5:
                continue
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + TICK_LENGTH))
            width = metrics.horizontalAdvance(tick.text) + 2
            left = min(max(x - width / 2, self.outer.left()), self.outer.right() - width)
            row_top = top + tick.row * metrics.lineSpacing()
            box = QRectF(left, row_top, width, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, tick.text)

    def draw_legend(self, painter: QPainter) -> None:
        if not self.legend or not self.legend.entries:
            return
        margin_bottom = MARGINS[3]
        top = self.outer.bottom() - margin_bottom - self.legend_height
        self.legend.draw(
            painter, QRectF(self.plot.left(), top, self.plot.width(), self.legend_height)
        )
