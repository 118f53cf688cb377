"""The ヨミ band on the cumulative chart: from today's actual to where the period lands if every
deal down to each rank closes (A only, A+B, A+B+C), beside the run-rate forecast line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from kpidesk.domain.chart_series import CumulativeSeries
from kpidesk.i18n.fill import fill
from kpidesk.ui.charts.kept_legend import keep_legend_painted
from kpidesk.ui.charts.plotted import plotted
from kpidesk.ui.charts.qtgraph import pg
from kpidesk.ui.palette import FORECAST

translate = QCoreApplication.translate
BAND_ALPHA = 48  # of 255: the band is a wash under the lines


class YomiBand:
    """The band's lines and fill in one plot; hidden for a series without bands.

    Its items are made once and given new points from one series to the next (made and
    removed for each series, the lines and the fill between them took about 14 ms a
    selection of the KGI); `lines` and `fill` are the ones on show.
    """

    def __init__(self, plot) -> None:
        self.plot = plot
        self.lines: list = []  # the lines on show, one a rank
        self.fill = None  # the wash between the first and the last, when shown
        self._made: list = []  # every line made so far, in rank order
        self._wash = None
        self._in_legend: dict[int, str] = {}  # line index -> its name in the legend

    def draw(self, series: CumulativeSeries, index_of) -> None:
        """Draw `series.bands` from the as-of day's actual to the period's last day."""
        start = next(
            (
                (index_of(day), value)
                for day, value in zip(reversed(series.days), reversed(series.actual), strict=True)
                if value is not None
            ),
            None,
        )
        if not series.bands or start is None or not series.days:
            self.clear()
            return
        x = [float(start[0]), float(len(series.days) - 1)]
        for position, (_rank, value) in enumerate(series.bands):
            line = self._line(position)
            line.setData(x, [plotted(start[1]), plotted(value)])
            self._name(position, fill_name(series.bands[: position + 1]))
            line.show()
        count = len(series.bands)
        self._hide(count)
        self.lines = self._made[:count]
        self._show_wash(self.lines[0], self.lines[-1])

    def clear(self) -> None:
        self._hide(0)
        self.lines = []

    def _line(self, position: int):
        while len(self._made) <= position:
            style = Qt.PenStyle.DotLine if len(self._made) else Qt.PenStyle.SolidLine
            line = self.plot.plot(pen=pg.mkPen(QColor(FORECAST), width=1, style=style))
            line.setZValue(-1)
            self._made.append(line)
        return self._made[position]

    def _name(self, position: int, name: str) -> None:
        """The line's entry in the legend, after the chart's own lines."""
        if self._in_legend.get(position) == name:
            return
        legend, line = self.plot.legend, self._made[position]
        if position in self._in_legend:
            legend.removeItem(line)
        line.opts["name"] = name
        legend.addItem(line, name)
        keep_legend_painted(legend)
        self._in_legend[position] = name

    def _hide(self, keep: int) -> None:
        """Hide the lines from `keep` on (out of the legend too) and, with none kept, the wash."""
        for position in range(keep, len(self._made)):
            self._made[position].hide()
            if self._in_legend.pop(position, None) is not None:
                self.plot.legend.removeItem(self._made[position])
        if keep == 0 and self._wash is not None:
            self._wash.hide()
            self.fill = None

    def _show_wash(self, first, last) -> None:
        if self._wash is None:
            wash = QColor(FORECAST)
            wash.setAlpha(BAND_ALPHA)
            self._wash = pg.FillBetweenItem(first, last, brush=pg.mkBrush(wash))
            self._wash.setZValue(-2)
            self.plot.addItem(self._wash)
        elif self._wash.curves != [first, last]:
            self._wash.setCurves(first, last)
        self._wash.show()
        self.fill = self._wash


def fill_name(bands) -> str:
    """The legend's name of a band line: "Pipeline A", "Pipeline A+B", …"""
    ranks = "+".join(rank for rank, _ in bands)
    return fill(translate("YomiBand", "Pipeline %1"), ranks)
