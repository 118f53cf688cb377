"""The pieces a page is made of: each knows its height at the page's width and draws itself.

Text is always drawn with QPainter.drawText, which never reads markup: a KPI named <b>x</b>
prints exactly so.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from kpidesk.report.styles import ACCENT, RULE, SUBTLE, TEXT, Face

TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
UNBOUNDED = 1_000_000.0
ONE_LINE_SLACK = 0.5  # a text this much narrower than its line surely takes one


class Block:
    """A vertical piece of the report, `width` wide.

    `keep_with_next` keeps it on the page of the block after it (headings); `new_page` starts
    a page before it. A block taller than the room left either moves to the next page or,
    when it can, `split`s into what fits and the rest.
    """

    keep_with_next = False
    new_page = False

    def __init__(self, width: float) -> None:
        self.width = width

    def height(self) -> float:
        raise NotImplementedError

    def min_height(self) -> float:
        """The least of it that may stand alone at the foot of a page."""
        return self.height()

    def split(self, room: float) -> tuple[Block | None, Block]:
        """(the part that fits in `room`, the rest); (None, self) when nothing fits."""
        return None, self

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


def fill_rect(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """What QPainter.fillRect does on the PDF (no pen, the colour's brush, the rectangle),
    without calling it: resolving fillRect's overloads makes PySide build QGradient's enums
    (169 presets), about 1 % of the export command's instructions."""
    pen, brush = painter.pen(), painter.brush()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.setBrush(brush)
    painter.setPen(pen)


def wrapped_height(face: Face, text: str, width: float) -> float:
    """The height of `text` broken into lines `width` wide (anywhere, if a word is wider)."""
    if "\n" not in text and face.width(text) < width - ONE_LINE_SLACK:
        return face.height  # one line: no need to lay it out (most cells, every figure)
    return face.metrics.boundingRect(
        QRectF(0, 0, width, UNBOUNDED), wrap_flags(face, text, width), text
    ).height()


def wrap_flags(face: Face, text: str, width: float) -> int:
    """Top left, wrapped: between words, or anywhere when a word is wider than the line."""
    return TOP_LEFT | wrap_flag(face, text, width)


def wrap_flag(face: Face, text: str, width: float) -> Qt.TextFlag:
    # a text that fits whole has no word wider than the line: its words are not measured one
    # by one (each new string costs Qt's shaping, about 15 µs; a table cell's text is known)
    if face.width(text) <= width or not any(face.width(word) > width for word in text.split()):
        return Qt.TextFlag.TextWordWrap
    return Qt.TextFlag.TextWrapAnywhere


class Spacer(Block):
    def __init__(self, width: float, size: float) -> None:
        super().__init__(width)
        self.size = size

    def height(self) -> float:
        return self.size

    def split(self, room: float) -> tuple[Block | None, Block]:
        return Spacer(self.width, 0), Spacer(self.width, 0)  # never carried to the next page

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        pass


class Heading(Block):
    """A section title (with a rule under it when `rule`); always on the page of what it
    introduces."""

    keep_with_next = True
    GAP = 6.0

    def __init__(
        self, width: float, face: Face, text: str, new_page: bool = False, rule: bool = True
    ) -> None:
        super().__init__(width)
        self.face, self.text, self.new_page, self.rule = face, text, new_page, rule

    def height(self) -> float:
        return self.GAP + wrapped_height(self.face, self.text, self.width) + 2 * self.GAP

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        painter.setFont(self.face.font)
        painter.setPen(TEXT)
        text_rect = rect.adjusted(0, self.GAP, 0, -2 * self.GAP)
        painter.drawText(text_rect, wrap_flags(self.face, self.text, self.width), self.text)
        if self.rule:
            painter.setPen(QPen(ACCENT, 1.5))
            y = text_rect.bottom() + self.GAP / 2
            painter.drawLine(rect.left(), y, rect.right(), y)


class Paragraph(Block):
    """Wrapped text in one face and colour."""

    def __init__(
        self, width: float, face: Face, text: str, colour: QColor = TEXT, after: float = 4.0
    ) -> None:
        super().__init__(width)
        self.face, self.text, self.colour, self.after = face, text, colour, after

    def height(self) -> float:
        return wrapped_height(self.face, self.text, self.width) + self.after

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        painter.setFont(self.face.font)
        painter.setPen(self.colour)
        painter.drawText(rect, wrap_flags(self.face, self.text, self.width), self.text)


class Facts(Block):
    """Label and value pairs in two columns, the values wrapped."""

    GAP = 16.0
    LEADING = 6.0

    def __init__(
        self, width: float, label_face: Face, value_face: Face, facts: Sequence[tuple[str, str]]
    ) -> None:
        super().__init__(width)
        self.label_face, self.value_face, self.facts = label_face, value_face, list(facts)
        widest = max((label_face.width(label) for label, _ in self.facts), default=0.0)
        self.label_width = min(math.ceil(widest) + 1, width / 3)

    def _value_width(self) -> float:
        return self.width - self.label_width - self.GAP

    def _row_height(self, label: str, value: str) -> float:
        return max(
            wrapped_height(self.label_face, label, self.label_width),
            wrapped_height(self.value_face, value, self._value_width()),
        )

    def height(self) -> float:
        return sum(self._row_height(*fact) + self.LEADING for fact in self.facts)

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        y = rect.top()
        value_x = rect.left() + self.label_width + self.GAP
        for label, value in self.facts:
            row = self._row_height(label, value)
            painter.setFont(self.label_face.font)
            painter.setPen(SUBTLE)
            label_rect = QRectF(rect.left(), y, self.label_width, row)
            painter.drawText(
                label_rect, wrap_flags(self.label_face, label, self.label_width), label
            )
            painter.setFont(self.value_face.font)
            painter.setPen(TEXT)
            value_rect = QRectF(value_x, y, self._value_width(), row)
            painter.drawText(
                value_rect, wrap_flags(self.value_face, value, self._value_width()), value
            )
            y += row + self.LEADING


class Tiles(Block):
    """Key figures as tiles in rows: a small label over a large value, with a coloured edge."""

    GAP = 8.0
    PAD = 9.0
    EDGE = 4.0

    def __init__(
        self,
        width: float,
        label_face: Face,
        value_face: Face,
        tiles: Sequence[tuple[str, str, QColor]],
    ) -> None:
        super().__init__(width)
        self.label_face, self.value_face, self.tiles = label_face, value_face, list(tiles)
        needed = max(
            (
                max(label_face.width(label), value_face.width(value)) + 2 * self.PAD + self.EDGE
                for label, value, _ in self.tiles
            ),
            default=1.0,
        )
        fits = max(1, int((width + self.GAP) // (needed + self.GAP)))
        rows = math.ceil(len(self.tiles) / fits)
        self.columns = max(1, math.ceil(len(self.tiles) / max(1, rows)))  # rows equally full
        self.tile_width = (width - (self.columns - 1) * self.GAP) / self.columns

    def _inner_width(self) -> float:
        return self.tile_width - 2 * self.PAD - self.EDGE

    def _tile_height(self) -> float:
        inner = self._inner_width()
        return 2 * self.PAD + max(
            wrapped_height(self.label_face, label, inner)
            + 4
            + wrapped_height(self.value_face, value, inner)
            for label, value, _ in self.tiles
        )

    def height(self) -> float:
        rows = math.ceil(len(self.tiles) / self.columns)
        return rows * self._tile_height() + (rows - 1) * self.GAP + self.GAP

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        tile_height = self._tile_height()
        inner = self._inner_width()
        for i, (label, value, colour) in enumerate(self.tiles):
            row, column = divmod(i, self.columns)
            x = rect.left() + column * (self.tile_width + self.GAP)
            y = rect.top() + row * (tile_height + self.GAP)
            painter.setPen(QPen(RULE, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, y, self.tile_width, tile_height))
            fill_rect(painter, QRectF(x, y, self.EDGE, tile_height), colour)
            left = x + self.EDGE + self.PAD
            painter.setFont(self.label_face.font)
            painter.setPen(SUBTLE)
            label_height = wrapped_height(self.label_face, label, inner)
            flags = wrap_flags(self.label_face, label, inner)
            painter.drawText(QRectF(left, y + self.PAD, inner, label_height), flags, label)
            painter.setFont(self.value_face.font)
            painter.setPen(TEXT)
            top = y + self.PAD + label_height + 4
            flags = wrap_flags(self.value_face, value, inner)
            painter.drawText(QRectF(left, top, inner, tile_height), flags, value)
