"""The report's look: the bundled Japanese font at fixed sizes, colours, margins."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

from kpidesk.ui.fonts import FAMILY
from kpidesk.ui.palette import ACCENT, HEADER_FILL, RULE, STATUS_COLOUR, STRIPE_FILL, SUBTLE, TEXT

RESOLUTION = 96  # PDF units per inch: pyqtgraph lays text out for this, as on a screen
MM = RESOLUTION / 25.4
MARGIN_X = 16 * MM
MARGIN_Y = 14 * MM
BAND = 8 * MM  # header and footer bands, inside the margins
CHART_POINT_SIZE = 9.0  # what the charts and the diagram are laid out with

__all__ = ["ACCENT", "HEADER_FILL", "RULE", "STATUS_COLOUR", "STRIPE_FILL", "SUBTLE", "TEXT"]


def report_font(point_size: float, bold: bool = False) -> QFont:
    """The bundled family by name, never a fallback's metrics, at `point_size`."""
    font = QFont()
    font.setFamilies([FAMILY])
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass(frozen=True)
class Face:
    """A font with its metrics measured on the PDF itself, not on the screen."""

    font: QFont
    metrics: QFontMetricsF
    # each text's width, measured once: tables measure every cell and word more than once
    widths: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def on(cls, device: QPaintDevice, point_size: float, bold: bool = False) -> Face:
        font = report_font(point_size, bold)
        return cls(font, QFontMetricsF(font, device))

    @property
    def height(self) -> float:
        return self.metrics.height()

    def width(self, text: str) -> float:
        if text not in self.widths:
            self.widths[text] = self.metrics.horizontalAdvance(text)
        return self.widths[text]


class Faces:
    """Every size the report uses."""

    def __init__(self, device: QPaintDevice) -> None:
        self.title = Face.on(device, 24, bold=True)
        self.subtitle = Face.on(device, 15)
        self.heading = Face.on(device, 14, bold=True)
        self.subheading = Face.on(device, 11, bold=True)
        self.body = Face.on(device, 9)
        self.bold = Face.on(device, 9, bold=True)
        self.small = Face.on(device, 7.5)
        self.small_bold = Face.on(device, 7.5, bold=True)
        self.figure = Face.on(device, 15, bold=True)
