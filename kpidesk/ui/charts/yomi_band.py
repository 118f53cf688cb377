"""The ヨミ band on the cumulative chart: from today's actual to where the period lands if every
deal down to each rank closes (A only, A+B, A+B+C), beside the run-rate forecast line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from kpidesk.domain.chart_series import CumulativeSeries
from kpidesk.i18n.fill import fill
from kpidesk.ui.charts.plotted import plotted
from kpidesk.ui.charts.qtgraph import pg
from kpidesk.ui.palette import FORECAST

translate = QCoreApplication.translate
BAND_ALPHA = 48  # of 255: the band is a wash under the lines


class YomiBand:
    """The band's lines and fill in one plot; hidden for a series without bands."""

    def __init__(self, plot) -> None:
        self.plot = plot
        self.lines: list = []
        self.fill = None

    def draw(self, series: CumulativeSeries, index_of) -> None:
        """Draw `series.bands` from the as-of day's actual to the period's last day."""
        self.clear()
        start = next(
            (
                (index_of(day), value)
                for day, value in zip(reversed(series.days), reversed(series.actual), strict=True)
                if value is not None
            ),
            None,
        )
        if not series.bands or start is None or not series.days:
            return
        x = [float(start[0]), float(len(series.days) - 1)]
        colour = QColor(FORECAST)
        for position, (_rank, value) in enumerate(series.bands):
            style = Qt.PenStyle.DotLine if position else Qt.PenStyle.SolidLine
            name = fill_name(series.bands[: position + 1])
            line = self.plot.plot(
                x,
                [plotted(start[1]), plotted(value)],
                name=name,
                pen=pg.mkPen(colour, width=1, style=style),
            )
            line.setZValue(-1)
            self.lines.append(line)
        wash = QColor(colour)
        wash.setAlpha(BAND_ALPHA)
        self.fill = pg.FillBetweenItem(self.lines[0], self.lines[-1], brush=pg.mkBrush(wash))
        self.fill.setZValue(-2)
        self.plot.addItem(self.fill)

    def clear(self) -> None:
        for item in [*self.lines, *([self.fill] if self.fill is not None else [])]:
            self.plot.removeItem(item)
        self.lines, self.fill = [], None


def fill_name(bands) -> str:
    """The legend's name of a band line: "Pipeline A", "Pipeline A+B", …"""
    ranks = "+".join(rank for rank, _ in bands)
    return fill(translate("YomiBand", "Pipeline %1"), ranks)
