"""A table that splits across pages, repeating its header row (and a caption) on each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from kpidesk.report.blocks import Block, fill_rect, wrap_flag, wrapped_height
from kpidesk.report.styles import HEADER_FILL, RULE, STRIPE_FILL, SUBTLE, TEXT, Face

PAD_X = 5.0
PAD_Y = 3.5
INDENT = 12.0  # per tree level in the first column
MIN_FIRST_COLUMN = 110.0
CAPTION_GAP = 3.0
MIN_ROWS_APART = 2  # rows that stay together on either side of a page break
# each cell's flags by its wrapping: the first column left, the figures right, both at the top
# (made once: a Python enum's "|" costs about 2 µs, twice for each of some 600 cells)
_WRAPS = (Qt.TextFlag.TextWordWrap, Qt.TextFlag.TextWrapAnywhere)
_ALIGNS = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)
_CELL_FLAGS = {(a, w): a | Qt.AlignmentFlag.AlignTop | w for a in _ALIGNS for w in _WRAPS}


@dataclass(frozen=True)
class Cell:
    """One cell's text; `indent` levels in the first column, `colour` for a status."""

    text: str
    colour: QColor | None = None
    bold: bool = False
    indent: int = 0


@dataclass(frozen=True)
class TableStyle:
    body: Face
    bold: Face
    header: Face
    caption: Face


class Table(Block):
    """Rows under a header; the first column holds names (left), the others figures (right).

    The first column takes the room the figures leave; names wrap, figures never do.
    """

    def __init__(
        self,
        width: float,
        style: TableStyle,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        continued_caption: str = "",
        *,
        widths: list[float] | None = None,
        continued: bool = False,
    ) -> None:
        super().__init__(width)
        self.style = style
        self.headers = list(headers)
        self.rows = [list(row) for row in rows]
        self.continued_caption = continued_caption
        self.continued = continued
        self.widths = widths or self._column_widths()
        self._row_heights: dict[int, float] = {}  # by id of a row in self.rows

    # -- measuring ----------------------------------------------------------------------

    def _face(self, cell: Cell) -> Face:
        return self.style.bold if cell.bold else self.style.body

    def _column_widths(self) -> list[float]:
        header_face = self.style.header
        figures = []
        for column in range(1, len(self.headers)):
            cells = [row[column] for row in self.rows]
            widest_cell = max((self._face(c).width(c.text) for c in cells), default=0.0)
            widest_word = max(
                (header_face.width(word) for word in self.headers[column].split()), default=0.0
            )
            figures.append(max(widest_cell, widest_word) + 2 * PAD_X + 1)
        first = max(
            (self._face(row[0]).width(row[0].text) + row[0].indent * INDENT for row in self.rows),
            default=0.0,
        )
        first = max(first, header_face.width(self.headers[0])) + 2 * PAD_X + 1
        room = self.width - sum(figures)
        if room >= first and figures:  # the names get half of the room to spare
            share = (room - first) / 2 / len(figures)
            figures = [w + share for w in figures]
            return [self.width - sum(figures), *figures]
        if room >= MIN_FIRST_COLUMN:
            return [room, *figures]
        # too many figures for the page: every column gives up the same share
        scale = (self.width - MIN_FIRST_COLUMN) / sum(figures)
        return [MIN_FIRST_COLUMN, *(w * scale for w in figures)]

    def _text_width(self, column: int, cell: Cell | None = None) -> float:
        indent = cell.indent * INDENT if cell is not None and column == 0 else 0.0
        return max(1.0, self.widths[column] - 2 * PAD_X - indent)

    def _header_height(self) -> float:
        face = self.style.header
        return 2 * PAD_Y + max(
            wrapped_height(face, text, self._text_width(i)) for i, text in enumerate(self.headers)
        )

    def _row_height(self, row: Sequence[Cell]) -> float:
        """Measured once per row (pagination asks again and again), shared with the parts."""
        key = id(row)
        if key not in self._row_heights:
            self._row_heights[key] = 2 * PAD_Y + max(
                wrapped_height(self._face(cell), cell.text, self._text_width(i, cell))
                for i, cell in enumerate(row)
            )
        return self._row_heights[key]

    def _caption_height(self) -> float:
        if not (self.continued and self.continued_caption):
            return 0.0
        return self.style.caption.height + CAPTION_GAP

    def height(self) -> float:
        return (
            self._caption_height()
            + self._header_height()
            + sum(self._row_height(row) for row in self.rows)
        )

    def min_height(self) -> float:
        first = sum(self._row_height(row) for row in self.rows[:MIN_ROWS_APART])
        return self._caption_height() + self._header_height() + first

    # -- splitting ------------------------------------------------------------------------

    def split(self, room: float) -> tuple[Block | None, Block]:
        used = self._caption_height() + self._header_height()
        fits = 0
        for row in self.rows:
            used += self._row_height(row)
            if used > room:
                break
            fits += 1
        if len(self.rows) - fits < MIN_ROWS_APART:  # leave no row alone on the next page
            fits = len(self.rows) - MIN_ROWS_APART
        if fits < min(MIN_ROWS_APART, len(self.rows)):  # nor alone at the foot of this one
            return None, self
        return self._part(self.rows[:fits], self.continued), self._part(self.rows[fits:], True)

    def _part(self, rows: list[list[Cell]], continued: bool) -> Table:
        part = Table(
            self.width,
            self.style,
            self.headers,
            rows,
            self.continued_caption,
            widths=self.widths,
            continued=continued,
        )
        part.rows = rows  # the same rows, so the heights measured here hold
        part._row_heights = self._row_heights
        return part

    # -- drawing --------------------------------------------------------------------------

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        y = rect.top()
        if self._caption_height():
            painter.setFont(self.style.caption.font)
            painter.setPen(SUBTLE)
            caption = QRectF(rect.left(), y, rect.width(), self.style.caption.height)
            painter.drawText(caption, Qt.AlignmentFlag.AlignLeft, self.continued_caption)
            y += self._caption_height()
        header_height = self._header_height()
        fill_rect(painter, QRectF(rect.left(), y, rect.width(), header_height), HEADER_FILL)
        header_cells = [Cell(text) for text in self.headers]
        self._draw_row(painter, rect.left(), y, header_height, header_cells, self.style.header)
        y += header_height
        for index, row in enumerate(self.rows):
            height = self._row_height(row)
            if index % 2 == 1:
                fill_rect(painter, QRectF(rect.left(), y, rect.width(), height), STRIPE_FILL)
            self._draw_row(painter, rect.left(), y, height, row, None)
            y += height
        painter.setPen(QPen(RULE, 1))
        painter.drawLine(rect.left(), y, rect.right(), y)

    def _draw_row(
        self, painter: QPainter, left: float, top: float, height: float, row, face: Face | None
    ) -> None:
        x = left
        for column, cell in enumerate(row):
            cell_face = face or self._face(cell)
            width = self._text_width(column, cell)
            indent = cell.indent * INDENT if column == 0 else 0.0
            align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            flags = _CELL_FLAGS[align, wrap_flag(cell_face, cell.text, width)]
            painter.setFont(cell_face.font)
            painter.setPen(cell.colour or TEXT)
            area = QRectF(x + PAD_X + indent, top + PAD_Y, width, height - 2 * PAD_Y)
            painter.drawText(area, flags, cell.text)
            x += self.widths[column]
