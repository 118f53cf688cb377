"""The review's gap waterfall for the PDF, painted as vectors with QPainter as the window's
pyqtgraph chart looks: plan, one floating bar per driver, the other part, the actual."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from kpidesk.domain.attribution import waterfall_steps
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.report.chart_frame import CategoryAxis, Frame, ValueAxis
from kpidesk.report.painted_charts import PaintedChart, chart_pen
from kpidesk.report.styles import CHART_POINT_SIZE, report_font
from kpidesk.ui.charts.look import BAR_WIDTH
from kpidesk.ui.charts.plotted import plotted
from kpidesk.ui.charts.waterfall_bars import (
    bar_colour,
    bar_label,
    category_name,
    no_actuals_lines,
    value_range,
)
from kpidesk.ui.palette import MUTED, PACE, TEXT

if TYPE_CHECKING:
    from kpidesk.services.attribution_service import GapAttribution

LABEL_GAP = 2.0  # between a bar's end and its amount
OUTLINE = 2.0  # a bar's outline in its own colour keeps a part of 0 visible as a line


class PaintedWaterfall(PaintedChart):
    """`series` is a GapAttribution; one that cannot be split says "No actuals yet" and why."""

    series: GapAttribution

    def __init__(
        self, width: float, height: float, series: GapAttribution, number_format: NumberFormat
    ) -> None:
        super().__init__(width, height, series, number_format)
        self.steps = waterfall_steps(series.attribution)

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        if self.steps:
            super().draw(painter, rect)
            return
        painter.save()
        painter.setFont(report_font(CHART_POINT_SIZE + 2))
        painter.setPen(MUTED)
        lines = no_actuals_lines(self.series)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        painter.restore()

    def frame(self, painter: QPainter, rect: QRectF) -> Frame:
        names = [category_name(step, self.series) for step in self.steps]
        bars = CategoryAxis(-0.6, len(self.steps) - 0.4, names=names)
        values = ValueAxis(0.0, 1.0, grid=True, unit=self.series.unit)
        values.unit_label, values.number_format = self.series.unit_label, self.number_format
        first = Frame(painter, rect, values, bars, None)  # the plot's height, for the headroom
        plot_height, line = first.plot.height(), first.metrics.height()
        values.low, values.high = value_range(self.steps, plot_height, line)
        return Frame(painter, rect, values, bars, None)

    def draw_data(self, painter: QPainter, frame: Frame) -> None:
        half = BAR_WIDTH / 2
        for i, step in enumerate(self.steps):
            colour = bar_colour(step, self.series)
            painter.setPen(QPen(colour, OUTLINE))
            painter.setBrush(colour)
            corner = frame.point(i - half, plotted(step.start))
            bar = QRectF(corner, frame.point(i + half, plotted(step.end))).normalized()
            if bar.height() < OUTLINE / 2:  # Qt draws no outline round a flat rectangle
                painter.drawLine(bar.topLeft(), bar.topRight())
            else:
                painter.drawRect(bar)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(chart_pen(PACE, 1, dashed=True))
        for i, step in enumerate(self.steps[:-1]):  # from each bar's end to the next bar
            level = plotted(step.end)
            painter.drawLine(frame.point(i + half, level), frame.point(i + 1 - half, level))

    def draw_over(self, painter: QPainter, frame: Frame) -> None:
        """Each amount above a bar that rises (or is a total), below one that falls."""
        metrics = frame.metrics
        painter.setFont(frame.font)
        painter.setPen(TEXT)
        for i, step in enumerate(self.steps):
            text = bar_label(step, self.series, self.number_format)
            at = frame.point(float(i), plotted(step.end))
            wide = metrics.horizontalAdvance(text) + 2
            rises = step.end >= step.start
            top = at.y() - LABEL_GAP - metrics.height() if rises else at.y() + LABEL_GAP
            box = QRectF(at.x() - wide / 2, top, wide, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
