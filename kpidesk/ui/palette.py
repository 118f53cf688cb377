"""Every colour of the window, the charts, the diagram and the PDF, named once.

These are the light values; kpidesk.ui.theme switches them in place to their dark ones. Every
text colour keeps WCAG AA contrast (4.5:1) on every background in both (tests/ui/test_dark_mode).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from kpidesk.domain.progress import Status
from kpidesk.domain.smart import Result

# meaning
NEGATIVE = QColor("#c62828")  # an error, a refusal, a failed check, a KPI at risk
POSITIVE = QColor("#2b7530")  # met, on track
PROBLEM = QColor("#955a00")  # a warning, lagging
CONFLICT = QColor("#e65100")  # two sources disagree
COMPUTED = QColor("#1f5fa8")  # a figure the tree computed
MUTED = QColor("#666666")  # nothing known yet

# text and lines
TEXT = QColor("#212121")
SUBTLE = QColor("#5f6368")  # labels, axes, captions
RULE = QColor("#b0b4ba")  # borders and table rules
CONNECTOR = QColor("#8a8f98")  # the diagram's lines between boxes
ACCENT = QColor("#1565c0")  # a selection, the actual line

# fills
BACKGROUND = QColor("#ffffff")
CANVAS = QColor("#f4f5f7")
HEADER_FILL = QColor("#e8edf3")
STRIPE_FILL = QColor("#f6f7f9")
WEEKEND_FILL = QColor("#f1f1f1")
GOOD_TINT = QColor("#e8f5e9")
BAD_TINT = QColor("#fdecea")
UNKNOWN_TINT = QColor("#fff4e0")
NO_DATA_TINT = QColor("#f1f2f4")

# chart series
PACE = QColor("#7a7f87")
FORECAST = QColor("#8e24aa")
TARGET_BAR = QColor("#b8c7d9")
FUNNEL = QColor("#4f83cc")
REFERENCE = QColor("#424242")
AS_OF = QColor("#9e9e9e")

STATUS_COLOUR = {
    Status.ON_TRACK: POSITIVE,
    Status.LAGGING: PROBLEM,
    Status.AT_RISK: NEGATIVE,
    Status.UNKNOWN: MUTED,
}
SMART_COLOUR = {Result.PASS: POSITIVE, Result.WARNING: PROBLEM, Result.FAIL: NEGATIVE}


def text_style(colour: QColor) -> str:
    """A label's style sheet in `colour`."""
    return f"color: {colour.name()};"


# fixed in the light colours when imported: a label that must follow the scheme uses
# kpidesk.ui.tones (show_as_error, show_as_warning, mark_error_border) instead
ERROR_STYLE = text_style(NEGATIVE)
WARNING_STYLE = text_style(PROBLEM)
ERROR_BORDER_STYLE = f"border: 1px solid {NEGATIVE.name()};"

# The dark scheme's values (kpidesk.ui.theme switches the colours above to them in place):
# on dark, every text colour keeps WCAG AA (4.5:1) against the backgrounds and fills
DARK: dict[str, str] = {
    "NEGATIVE": "#ff8a80",
    "POSITIVE": "#81c784",
    "PROBLEM": "#ffb74d",
    "CONFLICT": "#ffab40",
    "COMPUTED": "#90caf9",
    "MUTED": "#a0a4aa",
    "TEXT": "#e8eaed",
    "SUBTLE": "#b8bcc2",
    "RULE": "#5f6368",
    "CONNECTOR": "#8a8f98",
    "ACCENT": "#64b5f6",
    "BACKGROUND": "#1e1f22",
    "CANVAS": "#26282c",
    "HEADER_FILL": "#2f3237",
    "STRIPE_FILL": "#25272b",
    "WEEKEND_FILL": "#2c2e33",
    "GOOD_TINT": "#1d3322",
    "BAD_TINT": "#3b2223",
    "UNKNOWN_TINT": "#3a301f",
    "NO_DATA_TINT": "#2c2e33",
    "PACE": "#9aa0a6",
    "FORECAST": "#ce93d8",
    "TARGET_BAR": "#4a5a70",
    "FUNNEL": "#64b5f6",
    "REFERENCE": "#c4c7cc",
    "AS_OF": "#a0a4aa",
}
# the widgets' own roles on dark (kpidesk.ui.theme.widget_palette)
DARK_WIDGETS: dict[str, str] = {
    "window": "#202124",
    "disabled": "#8a8e94",
    "base": "#161719",
    "highlight": "#1565c0",
    "bright": "#ffffff",
    "light": "#3c4043",
    "midlight": "#34373c",
    "mid": "#4a4e54",
    "dark": "#141517",
    "shadow": "#000000",
}
