"""The progress chart panel: cumulative pace, achievement, reps, funnel and trend in tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kpidesk.domain.chart_series import (
    AchievementBars,
    CumulativeSeries,
    FunnelSeries,
    RepComparison,
    TrendSeries,
)
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.charts import Tab
from kpidesk.ui.charts.pages import (
    AchievementPage,
    ChartPage,
    CumulativePage,
    FunnelPage,
    RepPage,
    TrendPage,
)

PAGES: dict[Tab, type[ChartPage]] = {
    Tab.CUMULATIVE: CumulativePage,
    Tab.ACHIEVEMENT: AchievementPage,
    Tab.REPS: RepPage,
    Tab.FUNNEL: FunnelPage,
    Tab.TREND: TrendPage,
}


class ChartPanel(QWidget):
    """Five chart tabs, each a chart beside a table of its numbers; the window feeds the series.

    Only the tab on show draws a new series at once; another keeps it and draws it when it is
    shown or asked for (`page`), so selecting a KPI redraws one chart, not five. A tab's page
    (a pyqtgraph plot and a table) is built the first time it is shown or asked for, so the
    first chart does not wait for the other four. A series may also be given as a function
    that works it out: it is called only when its tab draws, so a selection works out the
    series of the tab on show, not of all five.
    """

    def __init__(self, parent: QWidget | None = None, tables_follow: bool = False) -> None:
        super().__init__(parent)
        self.tables_follow = tables_follow  # each table filled after its chart paints
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chartTabs")
        self.tabs.setDocumentMode(True)
        self.pages: dict[Tab, ChartPage] = {}  # the pages built so far
        self._holders: dict[Tab, QVBoxLayout] = {}
        self._pending: dict[Tab, tuple] = {}  # a tab's series, not drawn yet
        for tab in Tab:
            holder = QWidget()
            self._holders[tab] = QVBoxLayout(holder)
            self._holders[tab].setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, self._title(tab))
        self.tabs.currentChanged.connect(lambda index: self.page(Tab(index)))
        self.page(self.current_tab())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _title(self, tab: Tab) -> str:
        return {
            Tab.CUMULATIVE: self.tr("Cumulative"),
            Tab.ACHIEVEMENT: self.tr("Achievement"),
            Tab.REPS: self.tr("Reps"),
            Tab.FUNNEL: self.tr("Funnel"),
            Tab.TREND: self.tr("Trend"),
        }[tab]

    def page(self, tab: Tab) -> ChartPage:
        """The tab's page (built now if it is not yet), with the last series it was given drawn."""
        tab = Tab(tab)
        if tab not in self.pages:
            self.pages[tab] = PAGES[tab]()
            self.pages[tab].tables_follow = self.tables_follow
            self._holders[tab].addWidget(self.pages[tab])
            self.pages[tab].show()  # a child added to a shown widget stays hidden unless told
        pending = self._pending.pop(tab, None)
        if pending is not None:
            series, number_format = pending
            if callable(series):  # a series given as how to work it out, when it is drawn
                series = series()
            self.pages[tab].set_series(series, number_format)
        return self.pages[tab]

    def _set(self, tab: Tab, series, number_format: NumberFormat | None) -> None:
        self._pending[tab] = (series, number_format)
        if tab is self.current_tab():
            self.page(tab)

    def current_tab(self) -> Tab:
        return Tab(self.tabs.currentIndex())

    def set_current_tab(self, tab: Tab) -> None:
        self.tabs.setCurrentIndex(int(tab))

    # -- content: None or an empty series shows "No data yet" -------------------------

    def set_cumulative(
        self, series: CumulativeSeries | None, number_format: NumberFormat | None = None
    ) -> None:
        self._set(Tab.CUMULATIVE, series, number_format)

    def set_achievement(
        self, series: AchievementBars | None, number_format: NumberFormat | None = None
    ) -> None:
        self._set(Tab.ACHIEVEMENT, series, number_format)

    def set_reps(
        self, series: RepComparison | None, number_format: NumberFormat | None = None
    ) -> None:
        self._set(Tab.REPS, series, number_format)

    def set_funnel(
        self, series: FunnelSeries | None, number_format: NumberFormat | None = None
    ) -> None:
        self._set(Tab.FUNNEL, series, number_format)

    def set_trend(
        self, series: TrendSeries | None, number_format: NumberFormat | None = None
    ) -> None:
        self._set(Tab.TREND, series, number_format)

    def describe_point(self, tab: Tab, x: float) -> str:
        """The hover text for the point nearest `x` on the tab's category axis ("" if no data).

        `x` is a day's index on the cumulative chart, and a bar's or period's index on the
        others (counted from the top on the horizontal bar charts).
        """
        return self.page(tab).describe(x)
