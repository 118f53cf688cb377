"""A stand-in for the chart panel that loads pyqtgraph only when it is first shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.charts import Tab

SETTERS = {
    Tab.CUMULATIVE: "set_cumulative",
    Tab.ACHIEVEMENT: "set_achievement",
    Tab.REPS: "set_reps",
    Tab.FUNNEL: "set_funnel",
    Tab.TREND: "set_trend",
}


class LazyChartPanel(QWidget):
    """Takes the same `set_*` calls as ChartPanel; keeps the latest until the panel exists.

    Signals: `panelCreated()` once the real panel has been built, on the first show or on
    `ensure_panel()`.
    """

    panelCreated = Signal()

    def __init__(self, parent: QWidget | None = None, tables_follow: bool = False) -> None:
        super().__init__(parent)
        self.tables_follow = tables_follow  # ChartPanel's: each table filled after its chart
        self.panel = None  # the ChartPanel, once built
        self._pending: dict[Tab, tuple[object, NumberFormat | None]] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_panel(self):
        """The real ChartPanel, built now (importing pyqtgraph) if it is not yet."""
        if self.panel is None:
            from kpidesk.ui.charts.chart_panel import ChartPanel  # slow: loads pyqtgraph

            self.panel = ChartPanel(self, self.tables_follow)
            self._layout.addWidget(self.panel)
            for tab, (series, number_format) in self._pending.items():
                getattr(self.panel, SETTERS[tab])(series, number_format)
            self._pending.clear()
            self.panelCreated.emit()
        return self.panel

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_panel()
        super().showEvent(event)

    def _set(self, tab: Tab, series, number_format: NumberFormat | None) -> None:
        if self.panel is None:
            self._pending[tab] = (series, number_format)
        else:
            getattr(self.panel, SETTERS[tab])(series, number_format)

    def set_cumulative(self, series, number_format: NumberFormat | None = None) -> None:
        self._set(Tab.CUMULATIVE, series, number_format)

    def set_achievement(self, series, number_format: NumberFormat | None = None) -> None:
        self._set(Tab.ACHIEVEMENT, series, number_format)

    def set_reps(self, series, number_format: NumberFormat | None = None) -> None:
        self._set(Tab.REPS, series, number_format)

    def set_funnel(self, series, number_format: NumberFormat | None = None) -> None:
        self._set(Tab.FUNNEL, series, number_format)

    def set_trend(self, series, number_format: NumberFormat | None = None) -> None:
        self._set(Tab.TREND, series, number_format)
