"""How the progress charts look, shared by the window's pyqtgraph charts and the PDF's painted
ones: sizes, room above and beside the data, and where a day sits on the axis."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from fractions import Fraction

from kpidesk.ui.charts.plotted import plotted

LINE_WIDTH = 2.0
MARKER_SIZE = 7
MARKER_LIMIT = 120  # more points than this and the markers would merge into a thick line
BAR_WIDTH = 0.6
GROUP_BAR_WIDTH = 0.38
BELOW_ZERO = 0.02  # the value axis starts a little below 0
STATUS_LABEL_ROOM = 1.6  # room on the right for an achievement with its status in words
LEGEND_HEADROOM = 1.2  # room at the top, above every line and bar, for the as-of label
AS_OF_LABEL_AT = 0.985  # the as-of label's place up its line (0 the foot, 1 the top)
GRID_ALPHA = 0.15
MARGINS = (6, 4, 14, 4)  # around each chart: left, top, right, bottom


def top_of(values: Sequence[Fraction | None]) -> float:
    """The largest value, or 1 when none is above 0: the axis needs some height."""
    return max([0.0, *(plotted(v) for v in values if v is not None)]) or 1.0


def day_position(days: Sequence[date], day: date) -> float:
    """A day's position: its index, or half-way between the days it falls between."""
    before = bisect_left(days, day)
    if before < len(days) and days[before] == day:
        return float(before)
    return min(max(before - 0.5, 0.0), len(days) - 1.0)
