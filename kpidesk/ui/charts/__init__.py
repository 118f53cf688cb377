"""The progress chart panel; importing this package loads no pyqtgraph, so start-up stays fast."""

# Import kpidesk.ui.charts.chart_panel (which loads pyqtgraph) only when the charts are first
# shown, or let kpidesk.ui.charts.lazy_panel.LazyChartPanel do that on its first show.

from __future__ import annotations

from enum import IntEnum


class Tab(IntEnum):
    """The chart panel's tabs, in their order."""

    CUMULATIVE = 0
    ACHIEVEMENT = 1
    REPS = 2
    FUNNEL = 3
    TREND = 4
