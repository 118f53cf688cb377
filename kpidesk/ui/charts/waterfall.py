"""The "why we are behind" waterfall: plan, one floating bar per driver, other, actual.

Everything it draws, the "no actuals yet" text included, is in its pyqtgraph scene, so that
`render_to` can paint it onto any QPainter (the PDF report) as it looks on screen.
This module loads pyqtgraph: import it only when the chart is first needed.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kpidesk.domain.attribution import WaterfallStep, waterfall_steps
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.charts.axes import CategoryAxis, ValueAxis, style_axis
from kpidesk.ui.charts.pages import (
    BACKGROUND,
    BAR_WIDTH,
    MARGINS,
    PACE,
    TEXT,
    LabelPool,
    chart_font,
    floats,
    pen,
    text_item,
)
from kpidesk.ui.charts.plotted import plotted
from kpidesk.ui.charts.qtgraph import pg
from kpidesk.ui.charts.waterfall_bars import (
    bar_colour,
    bar_label,
    category_name,
    no_actuals_lines,
    value_range,
)
from kpidesk.ui.palette import MUTED
from kpidesk.ui.theme import WATERFALL_NAME

if TYPE_CHECKING:
    from kpidesk.services.attribution_service import GapAttribution


class WaterfallChart(QWidget):
    """A KPI's plan, each driver's part of the gap, the other part and the actual, as bars.

    Call `set_attribution(result, number_format)` with a GapAttribution (or None); a result
    that cannot be split shows "No actuals yet" with the reason instead of bars.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(WATERFALL_NAME)  # kpidesk.ui.theme finds it by name to re-theme it
        self.number_format = NumberFormat()
        self.result: GapAttribution | None = None
        self.steps: list[WaterfallStep] = []
        self.category_axis = CategoryAxis("bottom")
        self.value_axis = ValueAxis("left")
        self.plot = pg.PlotWidget(
            background=BACKGROUND,
            axisItems={"bottom": self.category_axis, "left": self.value_axis},
        )
        self.plot.setObjectName("waterfallPlot")
        self.plot_item = self.plot.getPlotItem()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.setContentsMargins(*MARGINS)
        self.plot_item.showGrid(y=True, alpha=0.15)
        self.bars = pg.BarGraphItem(x=[], y0=[], height=[], width=BAR_WIDTH, brushes=[])
        self.plot_item.addItem(self.bars)
        self.connectors = pg.PlotDataItem(pen=pen(PACE, 1, dashed=True), connect="pairs")
        self.plot_item.addItem(self.connectors)
        self.labels = LabelPool(self.plot_item)
        self.plot_item.getViewBox().sigResized.connect(self._resized)
        self.empty_text = text_item(MUTED, anchor=(0.5, 0.5))
        self.empty_text.setFont(chart_font(point_delta=2))
        self.plot_item.addItem(self.empty_text, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.set_attribution(None)

    # -- colours --------------------------------------------------------------------

    def retheme(self) -> None:
        """Draw again in the palette's current colours (after a switch of scheme)."""
        self.plot.setBackground(BACKGROUND)
        for axis in (self.category_axis, self.value_axis):
            style_axis(axis)
        self.connectors.setPen(pen(PACE, 1, dashed=True))
        self.set_attribution(self.result)

    # -- content --------------------------------------------------------------------

    def set_attribution(
        self, result: GapAttribution | None, number_format: NumberFormat | None = None
    ) -> None:
        """Show `result`; None or a result with a problem shows the empty-state text."""
        self.number_format = number_format or self.number_format
        self.result = result
        self.steps = waterfall_steps(result.attribution) if result is not None else []
        if self.steps:
            self._draw(result)
        else:
            self._show_empty(result)

    @property
    def showing_data(self) -> bool:
        return bool(self.steps)

    def category_names(self) -> list[str]:
        """The names under the bars, left to right."""
        return list(self.category_axis.labels)

    def bar_texts(self) -> list[str]:
        """The amounts written at the bars, left to right."""
        return self.labels.texts()

    def empty_message(self) -> str:
        """The text shown in place of bars, or "" when bars are shown."""
        return self.empty_text.toPlainText() if self.empty_text.isVisible() else ""

    def lay_out_for(self, width: float, height: float) -> QRectF:
        """Lay the chart out at width × height scene units and return that part of the scene.

        For a chart made only for a report (never shown): pass `self.plot.scene()` and the
        returned rectangle to scene.render(painter, target, source).
        """
        self.plot_item.setGeometry(QRectF(0, 0, width, height))
        return self.plot_item.sceneBoundingRect()

    def render_to(self, painter: QPainter, target: QRectF) -> None:
        """Paint the chart into `target` (for a PDF), laid out at the target's size; a chart
        on screen keeps its own layout afterwards."""
        shown = self.plot_item.geometry()
        try:
            source = self.lay_out_for(target.width(), target.height())
            self.plot.scene().render(painter, target, source)
        finally:
            self.plot_item.setGeometry(shown)

    # -- drawing ----------------------------------------------------------------------

    def _draw(self, result: GapAttribution) -> None:
        steps = self.steps
        count = len(steps)
        positions = np.arange(count, dtype=float)
        self.empty_text.hide()
        self.plot_item.showAxis("left")
        self.plot_item.showAxis("bottom")
        self.category_axis.set_labels([self._category(step, result) for step in steps])
        self.value_axis.set_unit(result.unit, result.unit_label, self.number_format)
        self.bars.setOpts(
            x=positions,
            y0=floats([min(s.start, s.end) for s in steps]),
            height=floats([abs(s.amount) for s in steps]),
            brushes=[pg.mkBrush(self._colour(step, result)) for step in steps],
            # an outline in the bar's own colour keeps a tiny part (or 0) visible as a line
            pens=[pg.mkPen(self._colour(step, result), width=2) for step in steps],
        )
        self.bars.show()
        self._draw_connectors()
        self.labels.show([self._label(i, step, result) for i, step in enumerate(steps)])
        self.plot_item.setTitle(self._title(result), color=TEXT, size=self._title_size())
        self.plot_item.setXRange(-0.6, count - 0.4, padding=0)
        self._value_range()

    def _resized(self, *_args) -> None:
        if self.steps:
            self._value_range()

    def _draw_connectors(self) -> None:
        """A thin dashed line from each bar's end to the next bar, at the running total."""
        xs, ys = [], []
        half = BAR_WIDTH / 2
        for i, step in enumerate(self.steps[:-1]):
            level = plotted(step.end)
            xs += [i + half, i + 1 - half]
            ys += [level, level]
        self.connectors.setData(np.array(xs, dtype=float), np.array(ys, dtype=float))
        self.connectors.show()

    def _value_range(self) -> None:
        pixels = self.plot_item.getViewBox().height()
        line = QFontMetricsF(chart_font()).height()
        low, high = value_range(self.steps, pixels, line)
        self.plot_item.setYRange(low, high, padding=0)

    def _show_empty(self, result: GapAttribution | None) -> None:
        lines = no_actuals_lines(result)
        for item in (self.bars, self.connectors):
            item.hide()
        self.labels.show([])
        self.category_axis.set_labels([])
        self.plot_item.hideAxis("left")
        self.plot_item.hideAxis("bottom")
        self.plot_item.setTitle(
            self._title(result) if result is not None else None,
            color=TEXT,
            size=self._title_size(),
        )
        self.plot_item.setXRange(0, 1, padding=0)
        self.plot_item.setYRange(0, 1, padding=0)
        self.empty_text.setText("\n".join(lines), MUTED)
        self.empty_text.setPos(0.5, 0.5)
        self.empty_text.show()

    # -- words and colours ------------------------------------------------------------

    def _title(self, result: GapAttribution) -> str:
        # pyqtgraph reads titles as HTML: the KPI's name is escaped to show as typed
        return fill(self.tr("Why %1 is off plan"), html.escape(result.name))

    def _title_size(self) -> str:
        return f"{chart_font(point_delta=1).pointSizeF():g}pt"

    def _category(self, step: WaterfallStep, result: GapAttribution) -> str:
        return category_name(step, result)

    def _colour(self, step: WaterfallStep, result: GapAttribution) -> QColor:
        return bar_colour(step, result)

    def _label(self, index: int, step: WaterfallStep, result: GapAttribution):
        """The amount above a bar that rises (or is a total), below one that falls."""
        text = bar_label(step, result, self.number_format)
        if step.end >= step.start:
            return text, float(index), plotted(step.end), (0.5, 1), TEXT
        return text, float(index), plotted(step.end), (0.5, 0), TEXT
