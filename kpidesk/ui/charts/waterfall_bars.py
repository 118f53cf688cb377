"""What each bar of the gap waterfall says and its colour: for the window's pyqtgraph chart
and the PDF's painted one alike (no pyqtgraph here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kpidesk.domain.attribution import ACTUAL, OTHER, PLAN, WaterfallStep
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.messages import problem_text
from kpidesk.ui.charts.plotted import plotted
from kpidesk.ui.palette import ACCENT as ACTUAL_COLOUR
from kpidesk.ui.palette import MUTED, NEGATIVE, POSITIVE, TARGET_BAR

if TYPE_CHECKING:
    from kpidesk.services.attribution_service import GapAttribution

translate = QCoreApplication.translate
OTHER_ALPHA = 150  # the other part is paler than the drivers: it is no driver
HEADROOM = 0.14  # of the value span, above the bars for their labels
LABEL_LINES = 2.0  # a label's height in lines of chart text, with its gap to the bar


def category_name(step: WaterfallStep, result: GapAttribution) -> str:
    """The name under a bar: the plan, a driver, the other part, the actual."""
    if step.role == PLAN:
        return (
            translate("WaterfallChart", "Plan to date")
            if result.pro_rated
            else translate("WaterfallChart", "Plan")
        )
    if step.role == ACTUAL:
        return (
            translate("WaterfallChart", "Actual to date")
            if result.pro_rated
            else translate("WaterfallChart", "Actual")
        )
    if step.role == OTHER:
        return translate("WaterfallChart", "Other")
    return step.name


def bar_colour(step: WaterfallStep, result: GapAttribution) -> QColor:
    """Totals in the target's and the actual's colours; a part green when it helps, red when
    it hurts (the right way round for a lower-is-better KPI), the other part paler."""
    if step.role == PLAN:
        return QColor(TARGET_BAR)
    if step.role == ACTUAL:
        return QColor(ACTUAL_COLOUR)
    if step.amount == 0:
        return QColor(MUTED)
    better = (step.amount > 0) != result.lower_is_better
    colour = QColor(POSITIVE if better else NEGATIVE)
    if step.role == OTHER:
        colour.setAlpha(OTHER_ALPHA)
    return colour


def bar_label(step: WaterfallStep, result: GapAttribution, number_format: NumberFormat) -> str:
    """The amount written at a bar: a total as it is, a part with its sign."""
    unit, unit_label = result.unit, result.unit_label
    if step.role in (PLAN, ACTUAL):
        return number_format.value(step.end, unit, unit_label)
    return number_format.signed(step.amount, unit, unit_label)


def no_actuals_lines(result: GapAttribution | None) -> list[str]:
    """What a chart with no bars says instead, with the reason when there is one."""
    lines = [translate("WaterfallChart", "No actuals yet")]
    if result is not None and result.problem is not None:
        lines.append(problem_text(result.problem))
    return lines


def value_range(steps: list[WaterfallStep], plot_height: float, line: float) -> tuple[float, float]:
    """The value axis's range: room above the bars for their labels, a share of the span and
    at least a label's height (`line` is one line of chart text), so that a short chart (a
    review tab, a PDF) does not clip them."""
    levels = [0.0, *(plotted(v) for s in steps for v in (s.start, s.end))]
    low, high = min(levels), max(levels)
    share = HEADROOM
    label = line * LABEL_LINES
    if plot_height > 2 * label:
        share = max(HEADROOM, label / (plot_height - label))
    room = (high - low or 1.0) * share
    return low - (room if low < 0 else room / 4), high + room
