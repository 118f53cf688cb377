"""SVG that keeps its look in other programs: fallback fonts and each text's measured width.

Qt's SVG generator names only the font it drew with (the bundled KPI Desk Sans JP), which other
programs do not have: they dropped the Japanese or, with a wider font, overflowed the boxes.
Each text now names Japanese fonts found on Windows, macOS and Linux after it, and carries its
width as drawn (`textLength`), so a program with another font fits the text to the same room.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QFont, QFontMetricsF

from kpidesk.ui.fonts import FAMILY

FALLBACKS = (
    FAMILY,
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "Yu Gothic",
    "Meiryo",
    "IPAexGothic",
)
FAMILY_LIST = ", ".join(f"'{name}'" for name in FALLBACKS) + ", sans-serif"

_FAMILY_ATTRIBUTE = re.compile(r'font-family="([^"]*)"')
_TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>", re.DOTALL)
_SIZE = re.compile(r'font-size="([0-9.]+)"')
_WEIGHT = re.compile(r'font-weight="([0-9]+)"')


def portable_svg(svg: str) -> str:
    """`svg` as Qt wrote it, with fallback fonts and a measured width on every text."""
    svg = _TEXT.sub(_measured, svg)
    return _FAMILY_ATTRIBUTE.sub(_with_fallbacks, svg)


def _with_fallbacks(match: re.Match) -> str:
    family = html.unescape(match.group(1))
    if family != FAMILY:
        return match.group(0)
    return f'font-family="{FAMILY_LIST}"'


def _measured(match: re.Match) -> str:
    attributes, content = match.group(1), match.group(2)
    text = html.unescape(content).strip("\n")
    if not text.strip() or "textLength" in attributes:
        return match.group(0)
    font = QFont()
    font.setFamilies([FAMILY])
    size = _SIZE.search(attributes)
    font.setPixelSize(max(1, round(float(size.group(1)) if size else 12)))
    weight = _WEIGHT.search(attributes)
    if weight:
        font.setWeight(QFont.Weight(int(weight.group(1))))
    width = QFontMetricsF(font).horizontalAdvance(text)
    extra = f' textLength="{width:.2f}" lengthAdjust="spacingAndGlyphs"'
    return f"<text{attributes.rstrip()}{extra}>{content}</text>"
