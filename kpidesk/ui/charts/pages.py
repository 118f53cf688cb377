"""The five chart tabs: each a pyqtgraph chart beside a table of the same numbers."""

from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from fractions import Fraction

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from kpidesk.domain.chart_series import (
    AchievementBars,
    CumulativeSeries,
    FunnelSeries,
    RepComparison,
    TrendSeries,
)
from kpidesk.domain.model import Unit
from kpidesk.i18n.derived_texts import derived_text, with_derivation
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.messages import status_name
from kpidesk.ui.charts.after_paint import AfterPaint
from kpidesk.ui.charts.axes import CategoryAxis, DayAxis, ValueAxis
from kpidesk.ui.charts.kept_legend import keep_legend_painted
from kpidesk.ui.charts.look import (
    AS_OF_LABEL_AT,
    BAR_WIDTH,
    BELOW_ZERO,
    GROUP_BAR_WIDTH,
    LEGEND_HEADROOM,
    LINE_WIDTH,
    MARGINS,
    MARKER_LIMIT,
    MARKER_SIZE,
    STATUS_LABEL_ROOM,
    top_of,
)
from kpidesk.ui.charts.plotted import plotted
from kpidesk.ui.charts.qtgraph import pg
from kpidesk.ui.charts.tables import ChartTableModel
from kpidesk.ui.charts.yomi_band import YomiBand
from kpidesk.ui.clipboard import add_chart_copy, add_table_copy
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.palette import ACCENT as ACTUAL
from kpidesk.ui.palette import (
    AS_OF,
    BACKGROUND,
    FORECAST,
    FUNNEL,
    MUTED,
    PACE,
    REFERENCE,
    STATUS_COLOUR,
    TARGET_BAR,
    TEXT,
)
from kpidesk.ui.palette import POSITIVE as TARGET
from kpidesk.ui.palette import RULE as BORDER

LEGEND_ALPHA = 225  # the legend's and the hover box's fill: the background, nearly opaque
HOVER_ALPHA = 240


def see_through(colour: QColor, alpha: int) -> QColor:
    """`colour` (a palette colour, light or dark as the scheme is) with `alpha`."""
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded


LABEL_ROOM = 1.3  # room on the right for the labels beside horizontal bars
LEGEND_ROW = 4  # the legend's row in the plot's layout: under the bottom axis, off the data
HOVER_Z = 100
HOVER_GAP_PX = 8
MIN_TABLE_WIDTH = 220
MAX_TABLE_WIDTH = 480
CELL_PADDING = 4  # pixels beside a cell's text, on top of the style's focus margins
ROW_HEIGHT = 1.6  # table rows, in lines of text
EMPTY = ""
KEPT_TEXT_WIDTHS = 5000


def pen(colour: QColor, width: float = LINE_WIDTH, dashed: bool = False) -> QPen:
    """A cosmetic pen; charts never antialias, which keeps thick lines fast."""
    style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    return pg.mkPen(colour, width=width, style=style)


def floats(values: Sequence[Fraction]) -> np.ndarray:
    return np.array([plotted(v) for v in values], dtype=float)


def present(values: Sequence[Fraction | None]) -> tuple[np.ndarray, np.ndarray]:
    """The positions and values of the entries that are not None."""
    pairs = [(i, v) for i, v in enumerate(values) if v is not None]
    return floats([i for i, _ in pairs]), floats([v for _, v in pairs])


def highest_of(*lines: np.ndarray) -> float:
    """The largest value of the lines, or 0 when none is above 0."""
    return max([0.0, *(float(line.max()) for line in lines if len(line))])


def day_text(day: date, fmt: NumberFormat) -> str:
    return fmt.locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def chart_font(point_delta: float = 0.0) -> QFont:
    """The application font (the bundled Japanese one), `point_delta` points larger."""
    font = QFont(QApplication.font())
    if point_delta and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() + point_delta)
    return font


def text_item(colour: QColor = TEXT, anchor=(0, 0.5)) -> pg.TextItem:
    item = pg.TextItem(color=colour, anchor=anchor)
    item.setFont(chart_font())
    return item


class ChartPage(QSplitter):
    """One tab: a chart on the left, the same numbers as a table on the right.

    Subclasses create their plot items once in `_build` and later only give them new data,
    so that showing another series never rebuilds the scene.
    """

    categories_down = False  # True for horizontal bars: the categories run down the left axis
    _table_wanted = MIN_TABLE_WIDTH  # the width the table's columns take
    _widths_font = ""  # the font the kept text widths were measured in
    _widths: dict[str, int] = {}  # noqa: RUF012 - replaced per page, never changed in place
    _titled: str | None = None  # the title on show
    tables_follow = False  # the table is filled after the chart has painted (set_series)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.number_format = NumberFormat()
        self.series = None
        self.plot = pg.PlotWidget(background=BACKGROUND, axisItems=self._make_axes())
        self.plot_item = self.plot.getPlotItem()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.setContentsMargins(*MARGINS)
        self.empty_label = self._empty_label()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty_label)
        self.model = ChartTableModel(self)
        self.table = self._table_view()
        self.table.setMinimumWidth(MIN_TABLE_WIDTH)
        self.addWidget(self.stack)
        self.addWidget(self.table)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        self._table_later = AfterPaint(self.plot.viewport(), self._fill_table)
        self.hover = self._hover_item()
        self._mouse = pg.SignalProxy(
            self.plot.scene().sigMouseMoved, rateLimit=60, slot=self._mouse_moved
        )
        self._build()
        if self.plot_item.legend is not None:
            keep_legend_painted(self.plot_item.legend)
        self.set_series(None, self.number_format)
        self.copy_chart = add_chart_copy(self, self.plot)  # Ctrl+C: a picture, and SVG
        self.copy_table = add_table_copy(self, self.table)  # Ctrl+C: tab-separated, for Excel

    # -- parts ----------------------------------------------------------------------

    def _empty_label(self) -> QLabel:
        # not self.tr: Qt would look the text up under the subclass's name
        label = PlainLabel(QCoreApplication.translate("ChartPage", "No data yet"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFont(chart_font(point_delta=2))
        label.setStyleSheet(f"color: {MUTED.name()}; background: {BACKGROUND.name()};")
        label.setObjectName("noDataLabel")
        return label

    def _table_view(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.setDefaultSectionSize(round(table.fontMetrics().height() * ROW_HEIGHT))
        rows.setSectionResizeMode(rows.ResizeMode.Fixed)
        return table

    def _hover_item(self) -> pg.TextItem:
        fill = pg.mkBrush(see_through(BACKGROUND, HOVER_ALPHA))
        item = pg.TextItem(color=TEXT, border=pg.mkPen(BORDER), fill=fill)
        item.setFont(chart_font())
        item.setZValue(HOVER_Z)
        item.hide()
        self.plot_item.addItem(item, ignoreBounds=True)
        return item

    def _legend(self, columns: int) -> pg.LegendItem:
        """The legend in a row of its own under the chart, so that it never covers the start
        of a line or a bar (in the window and in the PDF)."""
        legend = pg.LegendItem(
            offset=None,
            brush=pg.mkBrush(see_through(BACKGROUND, LEGEND_ALPHA)),
            pen=pg.mkPen(BORDER),
            labelTextColor=TEXT,
            labelTextSize=f"{max(8.0, chart_font().pointSizeF() - 1):g}pt",
        )
        legend.setColumnCount(columns)
        self.plot_item.legend = legend  # the plot's named items join it
        self.plot_item.layout.addItem(legend, LEGEND_ROW, 1)
        return legend

    def _title(self, text: str) -> None:
        """The title as typed: pyqtgraph reads titles as HTML, so a KPI named <b>x</b> is
        escaped rather than drawn bold."""
        if self._titled == text:  # setting it again lays the chart out again
            return
        self._titled = text
        size = chart_font(point_delta=1).pointSizeF()
        self.plot_item.setTitle(html.escape(text), color=TEXT, size=f"{size:g}pt", bold=True)

    # -- content --------------------------------------------------------------------

    def set_series(self, series, number_format: NumberFormat | None = None) -> None:
        """Show `series`; None or an empty series shows "No data yet" instead of empty axes.

        With `tables_follow` (the window's Progress tab), a chart on show is drawn first and
        its table filled in the event loop's turn after the chart has painted: the chart is on
        screen a table's work and paint sooner (about 2.5 ms a selection here)."""
        self.number_format = number_format or self.number_format
        self.series = series
        self.hover.hide()
        empty = series is None or series.empty
        self.stack.setCurrentWidget(self.empty_label if empty else self.plot)
        if not empty:
            self._draw(series)
            # the view's transform and the items that follow it, now rather than during the
            # paint: updated during the paint, they asked for a second one
            self.plot.scene().prepareForPaint()
        self._table_later.later()
        if empty or not self.tables_follow or not self.plot.isVisible():
            self._table_later.now()

    def _fill_table(self) -> None:
        """The table of the series on show."""
        series = self.series
        empty = series is None or series.empty
        self.model.set_table(self._headers(), [] if empty else self._table_rows(series))
        self._fit_table()

    def _fit_table(self) -> None:
        """Wide enough for every column, within bounds, taken from the chart beside it.

        The table's minimum stays the same: set from the columns, it moved with each series
        and could make the window wider on a selection.
        """
        table = self.table
        widths = self._column_widths()
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        columns = sum(widths)
        chrome = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + 2
        self._table_wanted = min(max(columns + chrome, MIN_TABLE_WIDTH), MAX_TABLE_WIDTH)
        self._give_table_room()

    def _give_table_room(self) -> None:
        """The table as wide as its columns want, as far as the chart has room to give."""
        chart, shown = self.sizes()
        if shown < self._table_wanted and chart + shown > 0:  # laid out (else at the resize)
            room = max(chart - self.stack.minimumSizeHint().width(), 0)
            grow = min(self._table_wanted - shown, room)
            self.setSizes([chart - grow, shown + grow])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._give_table_room()

    def _column_widths(self) -> list[int]:
        """Each column's widest text, measured once per distinct text.

        Much faster than resizeColumnsToContents, which asks the model for every role of every
        cell: 90 ms for a three-year daily series against a few here.
        """
        header = self.table.horizontalHeader()
        style = self.table.style()
        margin = style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None, self.table)
        padding = 2 * (margin + 1) + CELL_PADDING
        rows = self.model.rows()
        font = self.table.font().key()
        if font != self._widths_font or len(self._widths) > KEPT_TEXT_WIDTHS:
            self._widths_font, self._widths = font, {}
        width = self._text_width
        return [
            max(
                header.sectionSizeHint(column),
                max((width(t) for t in {r[column] for r in rows}), default=0) + padding,
            )
            for column in range(self.model.columnCount())
        ]

    def _text_width(self, text: str) -> int:
        """A cell text's width in the table's font, kept from series to series (the dates and
        many figures come back with the next KPI)."""
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self.table.fontMetrics().horizontalAdvance(text)
        return width

    @property
    def showing_data(self) -> bool:
        return self.stack.currentWidget() is self.plot

    def describe(self, position: float) -> str:
        """The text shown on hover for the point nearest `position` along the category axis."""
        index = self._nearest(position)
        return EMPTY if index is None else self._describe(index)

    def _nearest(self, position: float) -> int | None:
        count = self._count() if self.showing_data else 0
        if count == 0:
            return None
        return min(max(round(position), 0), count - 1)

    # -- hover ----------------------------------------------------------------------

    def _mouse_moved(self, event) -> None:
        scene_pos = event[0]
        view_box = self.plot_item.getViewBox()
        if not self.showing_data or not view_box.sceneBoundingRect().contains(scene_pos):
            self.hover.hide()
            return
        point = view_box.mapSceneToView(scene_pos)
        self.show_hover(point.y() if self.categories_down else point.x())

    def show_hover(self, position: float) -> None:
        """Show the nearest point's values beside it, on the side of the chart with more room."""
        index = self._nearest(position)
        if index is None:
            self.hover.hide()
            return
        x, y, anchor = self._hover_position(index)
        self.hover.setAnchor(anchor)
        self.hover.setText(self._describe(index))
        self.hover.setPos(x, y)
        self.hover.show()

    def _hover_position(self, index: int) -> tuple[float, float, tuple[float, float]]:
        """Where the text goes and which of its points sits there: it opens to the middle."""
        x, y = self._anchor_point(index)
        view_box = self.plot_item.getViewBox()
        at = view_box.mapViewToScene(QPointF(x, y))
        centre = view_box.sceneBoundingRect().center()
        return x, y, (1 if at.x() > centre.x() else 0, 0 if at.y() < centre.y() else 1)

    # -- what subclasses provide ------------------------------------------------------

    def _make_axes(self) -> dict[str, pg.AxisItem]:
        raise NotImplementedError

    def _build(self) -> None:
        raise NotImplementedError

    def _draw(self, series) -> None:
        raise NotImplementedError

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def _table_rows(self, series) -> list[tuple[str, ...]]:
        raise NotImplementedError

    def _count(self) -> int:
        return len(self.series.items)

    def _describe(self, index: int) -> str:
        raise NotImplementedError

    def _anchor_point(self, index: int) -> tuple[float, float]:
        raise NotImplementedError

    # -- shared helpers ---------------------------------------------------------------

    def _value_range(self, top: float) -> None:
        """From 0, with a sliver below so that the 0 tick keeps its label, up to `top`."""
        low = -top * BELOW_ZERO
        if self.categories_down:
            self.plot_item.setXRange(low, top, padding=0)
        else:
            self.plot_item.setYRange(low, top, padding=0)

    def _value(self, value: Fraction | None, unit: Unit, label: str = "") -> str:
        return EMPTY if value is None else self.number_format.value(value, unit, label)

    def _percent(self, value: Fraction | None) -> str:
        return "—" if value is None else self.number_format.value(value, Unit.PERCENT)

    def _lines(self, *lines: str) -> str:
        return "\n".join(line for line in lines if line)


class LabelPool:
    """Text items beside bars, reused from one series to the next."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self._plot_item = plot_item
        self.items: list[pg.TextItem] = []

    def show(self, labels: Sequence[tuple[str, float, float, tuple[float, float], QColor]]):
        """(text, x, y, anchor, colour) per label; spare items are hidden, not deleted."""
        while len(self.items) < len(labels):
            item = text_item()
            self._plot_item.addItem(item, ignoreBounds=True)
            self.items.append(item)
        for item, (text, x, y, anchor, colour) in zip(self.items, labels, strict=False):
            item.setText(text, colour)
            item.setAnchor(anchor)
            item.setPos(x, y)
            item.show()
        for item in self.items[len(labels) :]:
            item.hide()

    def texts(self) -> list[str]:
        return [item.toPlainText() for item in self.items if item.isVisible()]


class CumulativePage(ChartPage):
    """Cumulative actual per day against the pace line, the forecast and the target."""

    _as_of_marked: tuple[str, int, float] | None = None  # the as-of label on show

    def _make_axes(self):
        self.day_axis = DayAxis("bottom")
        self.value_axis = ValueAxis("left")
        return {"bottom": self.day_axis, "left": self.value_axis}

    def _build(self) -> None:
        plot = self.plot_item
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        plot.showGrid(y=True, alpha=0.15)
        plot.setMouseEnabled(x=True, y=False)
        self._legend(columns=4)
        self.actual_item = plot.plot(name=self.tr("Actual"), pen=pen(ACTUAL))
        self.actual_item.setSymbolBrush(ACTUAL)
        self.actual_item.setSymbolPen(None)
        self.actual_item.setSymbolSize(MARKER_SIZE)
        self.pace_item = plot.plot(name=self.tr("Pace"), pen=pen(PACE, dashed=True))
        self.forecast_item = plot.plot(name=self.tr("Forecast"), pen=pen(FORECAST, dashed=True))
        self.target_item = plot.plot(name=self.tr("Target"), pen=pen(TARGET, 1.5))
        for z, item in enumerate((self.target_item, self.pace_item, self.forecast_item)):
            item.setZValue(z)
        self.actual_item.setZValue(3)
        for item in (self.actual_item, self.pace_item, self.forecast_item, self.target_item):
            # the value range is set to the lines' own, never zoomed into (the mouse zooms the
            # days only): without the limit, a new value range does not make every line work
            # out its points again before it is given new ones
            item.setDynamicRangeLimit(None)
        self.yomi_band = YomiBand(plot)  # the ヨミ: A / A+B / A+B+C, for the KGI
        self.as_of_line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pen(AS_OF, 1, dashed=True),
            label="",
            labelOpts={"position": AS_OF_LABEL_AT, "color": AS_OF},
        )
        self.as_of_line.label.setFont(chart_font())
        plot.addItem(self.as_of_line, ignoreBounds=True)

    def _draw(self, series: CumulativeSeries) -> None:
        """Each line's figures become floats once; the ranges follow from those floats and are
        set before the lines, which are then clipped to the view once (set after, every line
        worked out its view again)."""
        last = len(series.days) - 1
        self._day_index = {day: i for i, day in enumerate(series.days)}
        self.day_axis.set_days(series.days)
        self.value_axis.set_unit(series.unit, series.unit_label, self.number_format)
        actual_x, actual_y = present(series.actual)
        pace_y = floats(series.pace)
        forecast_x = floats([self._index_of(day) for day, _ in series.forecast])
        forecast_y = floats([v for _, v in series.forecast])
        corners = series.target_points()  # steps where the target was revised
        target_y = floats([v for _, v in corners])
        bands = floats([v for _, v in series.bands])
        top = highest_of(actual_y, pace_y, forecast_y, bands) or 1.0
        top = max(top, highest_of(target_y)) * LEGEND_HEADROOM
        # both ranges at once: each range set alone updates every line's view
        self.plot_item.setRange(
            xRange=(-0.5, last + 0.5), yRange=(-top * BELOW_ZERO, top), padding=0
        )
        symbol = "o" if len(actual_x) <= MARKER_LIMIT else None
        self.actual_item.setData(actual_x, actual_y, symbol=symbol)
        self.pace_item.setData(np.arange(last + 1, dtype=float), pace_y)
        self.forecast_item.setData(forecast_x, forecast_y)
        self.target_item.setData(floats([x for x, _ in corners]), target_y)
        self.yomi_band.draw(series, self._index_of)
        self._mark_as_of(series)
        self._title(series.kpi)

    def _mark_as_of(self, series: CumulativeSeries) -> None:
        """A dotted line at the as-of day, labelled at its top, in the headroom above every
        line (at its foot the pace and forecast lines crossed the label), on the side with
        more room."""
        position = self._index_of(series.as_of)
        text = fill(self.tr("As of %1"), day_text(series.as_of, self.number_format))
        label = self.as_of_line.label
        side = 1 if position > (len(series.days) - 1) / 2 else 0
        if self._as_of_marked == (text, side, position):
            return  # another KPI as of the same day: the line and its label stay
        self._as_of_marked = (text, side, position)
        label.format = text.replace("{", "{{").replace("}", "}}")
        label.anchors = [(side, 0), (side, 0)]  # hanging from the top of the line
        self.as_of_line.setPos(position)
        label.valueChanged()

    def _index_of(self, day: date) -> float:
        """A day's position: its index, or half-way between the days it falls between."""
        if day in self._day_index:
            return float(self._day_index[day])
        before = bisect_left(self.series.days, day)
        return min(max(before - 0.5, 0.0), len(self.series.days) - 1.0)

    def _count(self) -> int:
        return len(self.series.days)

    def _headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Actual"), self.tr("Pace"), self.tr("Forecast")]

    def _table_rows(self, series: CumulativeSeries) -> list[tuple[str, ...]]:
        unit, label, fmt = series.unit, series.unit_label, self.number_format
        return [
            (
                day_text(day, fmt),
                self._value(actual, unit, label),
                self._value(pace, unit, label),
                self._value(forecast, unit, label),
            )
            for day, actual, pace, forecast in series.rows()
        ]

    def _describe(self, index: int) -> str:
        series = self.series
        day, actual, pace, forecast = series.rows()[index]
        unit, label = series.unit, series.unit_label
        return self._lines(
            day_text(day, self.number_format),
            actual is not None and fill(self.tr("Actual: %1"), self._value(actual, unit, label)),
            fill(self.tr("Pace: %1"), self._value(pace, unit, label)),
            forecast is not None
            and fill(self.tr("Forecast: %1"), self._value(forecast, unit, label)),
            series.target is not None
            and fill(self.tr("Target: %1"), self._value(series.target, unit, label)),
        )

    def _anchor_point(self, index: int) -> tuple[float, float]:
        actual = self.series.actual[index]
        return float(index), plotted(self.series.pace[index] if actual is None else actual)


class BarsAcrossPage(ChartPage):
    """Horizontal bars with a label beside or inside each; the hover text follows the label."""

    categories_down = True

    def _build_labels(self) -> None:
        self.labels = LabelPool(self.plot_item)

    def _hover_position(self, index: int) -> tuple[float, float, tuple[float, float]]:
        x, y = self._anchor_point(index)
        view_box = self.plot_item.getViewBox()
        label = self.labels.items[index]
        if label.anchor.x() == 0:  # the label sits beside the bar: go past its end
            x = view_box.mapSceneToView(label.sceneBoundingRect()).boundingRect().right()
        x += view_box.viewPixelSize()[0] * HOVER_GAP_PX
        return x, y, (0, 0.5)


class AchievementPage(BarsAcrossPage):
    """Achievement per KPI as horizontal bars in status colours, with a 100 % line."""

    def _make_axes(self):
        self.name_axis = CategoryAxis("left")
        self.value_axis = ValueAxis("bottom")
        return {"left": self.name_axis, "bottom": self.value_axis}

    def _build(self) -> None:
        plot = self.plot_item
        plot.setMouseEnabled(x=False, y=False)
        plot.invertY(True)
        plot.showGrid(x=True, alpha=0.15)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=BAR_WIDTH, width=[], brushes=[])
        plot.addItem(self.bars)
        self.reference = pg.InfiniteLine(pos=1.0, angle=90, movable=False, pen=pen(REFERENCE, 1.5))
        self.reference.setZValue(2)
        plot.addItem(self.reference)
        self._build_labels()

    def _draw(self, series: AchievementBars) -> None:
        count = len(series.items)
        widths = [bar.achievement or Fraction(0) for bar in series.items]
        self.name_axis.set_labels([bar.name for bar in series.items])
        self.value_axis.set_unit(Unit.PERCENT, "", self.number_format)
        self.bars.setOpts(
            x0=np.zeros(count),
            y=np.arange(count, dtype=float),
            width=floats(widths),
            brushes=[pg.mkBrush(STATUS_COLOUR.get(bar.status, MUTED)) for bar in series.items],
            pens=[pg.mkPen(None)] * count,
        )
        self.labels.show(
            [
                (self._bar_label(bar), plotted(width), float(i), (0, 0.5), TEXT)
                for i, (bar, width) in enumerate(zip(series.items, widths, strict=True))
            ]
        )
        for item in self.labels.items:  # the 100 % line passes behind a label, not through it
            item.fill = pg.mkBrush(BACKGROUND)
            item.setZValue(self.reference.zValue() + 1)
        self._title(self.tr("Achievement by KPI"))
        self.plot_item.setYRange(-0.5, count - 0.5, padding=0)
        self._value_range(max(1.0, top_of(widths)) * STATUS_LABEL_ROOM)

    def _bar_label(self, bar) -> str:
        """The achievement and the status in words: the bar's colour is never the only sign."""
        if bar.achievement is None:
            return self.status_text(bar.status)
        return f"{self._percent(bar.achievement)}  {self.status_text(bar.status)}"

    def _headers(self) -> list[str]:
        return [self.tr("KPI"), self.tr("Achievement"), self.tr("Status")]

    def _table_rows(self, series: AchievementBars) -> list[tuple[str, ...]]:
        return [
            (with_derivation(bar.name, bar.derived), self._percent(a), self.status_text(status))
            for bar, (_name, a, status) in zip(series.items, series.rows(), strict=True)
        ]

    def status_text(self, status: str) -> str:
        return status_name(status)

    def _describe(self, index: int) -> str:
        bar = self.series.items[index]
        return self._lines(
            bar.name,
            fill(self.tr("Achievement: %1"), self._percent(bar.achievement)),
            fill(self.tr("Status: %1"), self.status_text(bar.status)),
            bar.derived is not None and derived_text(bar.derived),
        )

    def _anchor_point(self, index: int) -> tuple[float, float]:
        return plotted(self.series.items[index].achievement or 0), float(index)


class RepPage(ChartPage):
    """Actual against target per rep, as pairs of bars."""

    def _make_axes(self):
        self.rep_axis = CategoryAxis("bottom")
        self.value_axis = ValueAxis("left")
        return {"bottom": self.rep_axis, "left": self.value_axis}

    def _build(self) -> None:
        plot = self.plot_item
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(y=True, alpha=0.15)
        legend = self._legend(columns=2)
        self.actual_bars = pg.BarGraphItem(
            x=[], height=[], width=GROUP_BAR_WIDTH, brush=ACTUAL, pen=pg.mkPen(None)
        )
        self.target_bars = pg.BarGraphItem(
            x=[], height=[], width=GROUP_BAR_WIDTH, brush=TARGET_BAR, pen=pg.mkPen(None)
        )
        plot.addItem(self.actual_bars)
        plot.addItem(self.target_bars)
        legend.addItem(self.actual_bars, self.tr("Actual"))
        legend.addItem(self.target_bars, self.tr("Target"))

    def _draw(self, series: RepComparison) -> None:
        positions = np.arange(len(series.items), dtype=float)
        actual = [item.actual or Fraction(0) for item in series.items]
        target = [item.target or Fraction(0) for item in series.items]
        self.rep_axis.set_labels([item.rep for item in series.items])
        self.value_axis.set_unit(series.unit, series.unit_label, self.number_format)
        self.actual_bars.setOpts(x=positions - GROUP_BAR_WIDTH / 2, height=floats(actual))
        self.target_bars.setOpts(x=positions + GROUP_BAR_WIDTH / 2, height=floats(target))
        self._title(series.kpi)
        self.plot_item.setXRange(-0.6, len(positions) - 0.4, padding=0)
        self._value_range(top_of([*actual, *target]) * LEGEND_HEADROOM)

    def _headers(self) -> list[str]:
        return [self.tr("Rep"), self.tr("Actual"), self.tr("Target"), self.tr("Achievement")]

    def _table_rows(self, series: RepComparison) -> list[tuple[str, ...]]:
        unit, label = series.unit, series.unit_label
        return [
            (
                rep,
                self._value(actual, unit, label),
                self._value(target, unit, label),
                self._percent(a),
            )
            for rep, actual, target, a in series.rows()
        ]

    def _describe(self, index: int) -> str:
        series = self.series
        rep, actual, target, achievement = series.rows()[index]
        unit, label = series.unit, series.unit_label
        return self._lines(
            rep,
            fill(self.tr("Actual: %1"), self._value(actual, unit, label) or "—"),
            fill(self.tr("Target: %1"), self._value(target, unit, label) or "—"),
            fill(self.tr("Achievement: %1"), self._percent(achievement)),
        )

    def _anchor_point(self, index: int) -> tuple[float, float]:
        item = self.series.items[index]
        return float(index), plotted(max(item.actual or 0, item.target or 0))


class FunnelPage(BarsAcrossPage):
    """The funnel: one bar per stage, widest first, with its value and conversion rate."""

    def _make_axes(self):
        self.stage_axis = CategoryAxis("left")
        self.value_axis = ValueAxis("bottom")
        return {"left": self.stage_axis, "bottom": self.value_axis}

    def _build(self) -> None:
        plot = self.plot_item
        plot.setMouseEnabled(x=False, y=False)
        plot.invertY(True)
        plot.showGrid(x=True, alpha=0.15)
        self.bars = pg.BarGraphItem(
            x0=[], y=[], height=BAR_WIDTH + 0.1, width=[], brush=FUNNEL, pen=pg.mkPen(None)
        )
        plot.addItem(self.bars)
        self._build_labels()

    def _draw(self, series: FunnelSeries) -> None:
        count = len(series.items)
        values = [stage.value for stage in series.items]
        widest = top_of(values)
        first = series.items[0]
        self.stage_axis.set_labels([stage.name for stage in series.items])
        self.value_axis.set_unit(first.unit, first.unit_label, self.number_format)
        self.bars.setOpts(x0=np.zeros(count), y=np.arange(count, dtype=float), width=floats(values))
        self.labels.show([self._label(i, widest) for i in range(count)])
        self._title(self.tr("Funnel"))
        self.plot_item.setYRange(-0.5, count - 0.5, padding=0)
        self._value_range(widest * LABEL_ROOM)

    def _label(self, index: int, widest: float):
        """Inside a wide bar, in white; beside a narrow one, in the text colour."""
        stage = self.series.items[index]
        text = self.stage_text(index)
        value = plotted(stage.value)
        if value >= widest * 0.55:
            return text, value, float(index), (1, 0.5), BACKGROUND
        return text, value, float(index), (0, 0.5), TEXT

    def stage_text(self, index: int) -> str:
        stage = self.series.items[index]
        value = self._value(stage.value, stage.unit, stage.unit_label)
        if stage.rate_from_previous is None:
            return value
        rate = self._percent(stage.rate_from_previous)
        return fill(self.tr("%1 (%2 of previous)"), value, rate)

    def _headers(self) -> list[str]:
        return [self.tr("Stage"), self.tr("Value"), self.tr("Rate from previous")]

    def _table_rows(self, series: FunnelSeries) -> list[tuple[str, ...]]:
        return [
            (
                with_derivation(name, stage.derived),
                self._value(value, stage.unit, stage.unit_label),
                EMPTY if rate is None else self._percent(rate),
            )
            for stage, (name, value, rate) in zip(series.items, series.rows(), strict=True)
        ]

    def _describe(self, index: int) -> str:
        stage = self.series.items[index]
        value = self._value(stage.value, stage.unit, stage.unit_label)
        rate = stage.rate_from_previous
        return self._lines(
            stage.name,
            fill(self.tr("Value: %1"), value),
            rate is not None and fill(self.tr("From previous: %1"), self._percent(rate)),
            stage.derived is not None and derived_text(stage.derived),
        )

    def _anchor_point(self, index: int) -> tuple[float, float]:
        return plotted(self.series.items[index].value), float(index)


class TrendPage(ChartPage):
    """Target and actual over past periods."""

    def _make_axes(self):
        self.period_axis = CategoryAxis("bottom")
        self.value_axis = ValueAxis("left")
        return {"bottom": self.period_axis, "left": self.value_axis}

    def _build(self) -> None:
        plot = self.plot_item
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(y=True, alpha=0.15)
        self._legend(columns=2)
        self.actual_item = plot.plot(
            name=self.tr("Actual"),
            pen=pen(ACTUAL),
            symbol="o",
            symbolSize=MARKER_SIZE + 1,
            symbolBrush=ACTUAL,
            symbolPen=None,
        )
        self.target_item = plot.plot(
            name=self.tr("Target"),
            pen=pen(PACE, dashed=True),
            symbol="s",
            symbolSize=MARKER_SIZE,
            symbolBrush=BACKGROUND,
            symbolPen=pen(PACE, 1.5),
        )
        self.actual_item.setZValue(1)

    def _draw(self, series: TrendSeries) -> None:
        targets = [p.target for p in series.items]
        actuals = [p.actual for p in series.items]
        self.period_axis.set_labels([p.label for p in series.items])
        self.value_axis.set_unit(series.unit, series.unit_label, self.number_format)
        self.target_item.setData(*present(targets))
        self.actual_item.setData(*present(actuals))
        self._title(series.kpi)
        self.plot_item.setXRange(-0.5, len(series.items) - 0.5, padding=0)
        self._value_range(top_of([*targets, *actuals]) * LEGEND_HEADROOM)

    def _headers(self) -> list[str]:
        return [self.tr("Period"), self.tr("Target"), self.tr("Actual"), self.tr("Achievement")]

    def _table_rows(self, series: TrendSeries) -> list[tuple[str, ...]]:
        unit, label = series.unit, series.unit_label
        return [
            (
                period,
                self._value(target, unit, label),
                self._value(actual, unit, label),
                self._percent(a),
            )
            for period, target, actual, a in series.rows()
        ]

    def _describe(self, index: int) -> str:
        series = self.series
        period, target, actual, achievement = series.rows()[index]
        unit, label = series.unit, series.unit_label
        return self._lines(
            period,
            fill(self.tr("Target: %1"), self._value(target, unit, label) or "—"),
            fill(self.tr("Actual: %1"), self._value(actual, unit, label) or "—"),
            fill(self.tr("Achievement: %1"), self._percent(achievement)),
        )

    def _anchor_point(self, index: int) -> tuple[float, float]:
        point = self.series.items[index]
        value = point.actual if point.actual is not None else point.target
        return float(index), plotted(value or 0)
