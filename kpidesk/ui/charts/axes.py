"""Chart axes that read as the user expects: M/D dates, named categories, ¥ or 万円 values."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QApplication

from kpidesk.domain.model import Unit
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.charts.qtgraph import pg
from kpidesk.ui.charts.ticks import (
    LABEL_GAP_PX,
    STAGGER_ROWS,
    day_ticks,
    exact,
    month_day,
    thinned,
    visible,
)
from kpidesk.ui.palette import BACKGROUND
from kpidesk.ui.palette import SUBTLE as AXIS_COLOUR

TICK_TEXTS_KEPT = 2000
GRID_UNDER_DATA = -200  # below the view box (-100): the grid is drawn under the lines and bars


def axis_font() -> QFont:
    """The application font, so that kanji labels use the bundled Japanese font."""
    return QFont(QApplication.font())


def style_axis(axis: pg.AxisItem) -> None:
    axis.setPen(AXIS_COLOUR)
    axis.setTextPen(AXIS_COLOUR)
    axis.setStyle(tickFont=axis_font(), tickTextOffset=6, autoReduceTextSpace=True)


def _label_room(axis: pg.AxisItem, labels: Sequence[str]) -> float:
    """Pixels one label needs along the axis: its width on a horizontal axis, else its height."""
    metrics = QFontMetricsF(axis_font())
    if axis.orientation in ("left", "right"):
        return metrics.height() + LABEL_GAP_PX / 3
    widest = max((metrics.horizontalAdvance(text) for text in labels), default=0.0)
    return widest + LABEL_GAP_PX


class CategoryAxis(pg.AxisItem):
    """Names at whole-number positions (a bar each), never overlapped: names too wide to sit
    side by side along the bottom take two rows, every other one a line lower (each rep keeps
    its name); only when two rows are not enough are they thinned."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.labels: list[str] = []
        self.staggered = False
        style_axis(self)

    def set_labels(self, labels: Sequence[str]) -> None:
        if list(labels) == self.labels:  # the same names: the drawn axis stays
            return
        self.labels = list(labels)
        self.picture = None
        self.update()

    def tickValues(self, min_value: float, max_value: float, size: float):
        shown = list(visible(min_value, max_value, len(self.labels)))
        room = _label_room(self, [self.labels[i] for i in shown])
        across = self.orientation in ("top", "bottom")
        staggered = across and size < len(shown) * room <= STAGGER_ROWS * size
        if staggered != self.staggered:  # asked while painting: the height changes after it
            self.staggered = staggered
            QTimer.singleShot(0, self._fit_rows)
        if staggered:
            return [(1.0, [float(i) for i in shown])]
        return [(1.0, [float(i) for i in thinned(shown, room, size)])]

    def tickStrings(self, values, scale, spacing):
        texts = []
        for value in values:
            index = round(value)
            text = self.labels[index] if 0 <= index < len(self.labels) else ""
            texts.append("\n" + text if self.staggered and index % 2 else text)
        return texts

    def _fit_rows(self) -> None:
        """Room for the second row of names, or back to the axis's own height."""
        if not self.staggered:
            self.setHeight(None)
            return
        rows = QFontMetricsF(axis_font()).lineSpacing() * STAGGER_ROWS
        self.setHeight(rows + self.style["tickTextOffset"][1] + abs(self.style["tickLength"]) + 4)


class DayAxis(pg.AxisItem):
    """Days at their index in the series (business days sit side by side), labelled M/D.

    Ticks fall on every day, the first day of each week, month, quarter or year: the finest
    level whose labels fit. Long spans are labelled year/month.
    """

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.days: tuple[date, ...] = ()
        self._label = month_day
        style_axis(self)

    def set_days(self, days: Sequence[date]) -> None:
        if tuple(days) == self.days:  # another KPI in the same period: the drawn axis stays
            return
        self.days = tuple(days)
        self.picture = None
        self.update()

    def tickValues(self, min_value: float, max_value: float, size: float):
        shown = visible(min_value, max_value, len(self.days))
        if not shown:
            return [(1.0, [])]
        ticks, self._label = day_ticks(
            self.days, shown, lambda texts: _label_room(self, texts), size
        )
        return [(1.0, [float(i) for i in ticks])]

    def tickStrings(self, values, scale, spacing):
        count = len(self.days)
        return [self._label(self.days[round(v)]) if 0 <= round(v) < count else "" for v in values]


def over_background(pen: QPen) -> QPen:
    """`pen` with its see-through colour laid over the chart's background: the same colour on
    screen, drawn without blending (a see-through grid line across the chart cost more to paint
    than the rest of the axis)."""
    colour = pen.color()
    if colour.alpha() == 255:
        return pen
    opaque = QPen(pen)
    opaque.setColor(_laid_over(colour.rgba(), BACKGROUND.rgba()))
    return opaque


@lru_cache(maxsize=64)
def _laid_over(rgba: int, background: int) -> QColor:
    colour, under = QColor.fromRgba(rgba), QColor.fromRgba(background)
    alpha = colour.alphaF()
    parts = zip(colour.getRgbF()[:3], under.getRgbF()[:3], strict=True)
    return QColor.fromRgbF(*(part * alpha + below * (1.0 - alpha) for part, below in parts))


class GridAxis(pg.AxisItem):
    """An axis whose grid lines, when shown, are solid colours under the data."""

    def setGrid(self, grid) -> None:
        super().setGrid(grid)
        self.setZValue(GRID_UNDER_DATA if grid is not False else 0.5)

    def generateDrawSpecs(self, p):
        specs = super().generateDrawSpecs(p)
        if specs is None or self.grid is False:
            return specs
        axis_spec, tick_specs, text_specs = specs
        ticks = [(over_background(pen), start, end) for pen, start, end in tick_specs]
        return axis_spec, ticks, text_specs


class ValueAxis(GridAxis):
    """Values in the chart's unit through NumberFormat: ¥ with grouping, 万円, %, counts."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.number_format = NumberFormat()
        self.unit = Unit.COUNT
        self.unit_label = ""
        self._texts: dict[tuple, str] = {}  # the labels formatted so far
        style_axis(self)

    def set_unit(self, unit: Unit, unit_label: str, number_format: NumberFormat) -> None:
        self.unit, self.unit_label, self.number_format = unit, unit_label, number_format
        self.picture = None
        self.update()

    def tickValues(self, min_value: float, max_value: float, size: float):
        """The major and minor levels only (finer grid lines would crowd the chart), placed as
        pyqtgraph places them, a minor tick dropped where a major one is; in plain Python, as
        numpy's isclose took most of the time for a dozen ticks."""
        low, high = sorted((min_value * self.scale, max_value * self.scale))
        levels, placed = [], []
        for spacing, offset in self.tickSpacing(low, high, size)[:2]:
            start = math.ceil((low - offset) / spacing) * spacing + offset
            count = int((high - start) / spacing) + 1
            near = spacing / self.scale * 0.01
            values = [(i * spacing + start) / self.scale for i in range(count)]
            values = [v for v in values if all(abs(v - seen) > near for seen in placed)]
            placed.extend(values)
            levels.append((spacing / self.scale, values))
        return levels

    def tickStrings(self, values, scale, spacing):
        return [self.format(value * scale) for value in values]

    def format(self, value: float) -> str:
        """The tick's label; the same value in the same unit and format is formatted once."""
        fmt = self.number_format
        key = (value, self.unit, self.unit_label, fmt.money_in_man, fmt.locale.name())
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) > TICK_TEXTS_KEPT:
                self._texts.clear()
            text = self._texts[key] = fmt.value(exact(value), self.unit, self.unit_label)
        return text
