"""The diagram's connectors as one item, and box shapes drawn without a kept QPainterPath.

Qt keeps a converted copy (about 3 KB) inside every QPainterPath it has painted; with a path
item per connector and a kept stripe path per box, a 2,000-KPI diagram held 17 MB more once
it had been drawn whole. Here the connectors are plain polylines in one item, and a box's
stripe is a path made for the paint and dropped after it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget


class ConnectorLines(QGraphicsItem):
    """Every elbow connector of the diagram, drawn as polylines with one pen, behind the boxes."""

    def __init__(self, lines: Iterable[tuple[tuple[float, float], ...]], pen: QPen) -> None:
        super().__init__()
        self._lines = [QPolygonF([QPointF(x, y) for x, y in points]) for points in lines]
        self._pen = pen
        area = QRectF()
        for line in self._lines:
            area = area.united(line.boundingRect())
        grow = pen.widthF() / 2
        self._bounds = area.adjusted(-grow, -grow, grow, grow)
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the background

    def line_count(self) -> int:
        return len(self._lines)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(self._pen)
        exposed = option.exposedRect
        for line in self._lines:
            if exposed.intersects(line.boundingRect()):
                painter.drawPolyline(line)


def fill_left_stripe(
    painter: QPainter, rect: QRectF, width: float, radius: float, colour: QColor
) -> None:
    """Fill the left `width` of a box with rounded corners of `radius` (width ≥ radius): the
    box's own corners on the left, a straight edge on the right."""
    left, top, bottom = rect.left(), rect.top(), rect.bottom()
    diameter = 2 * radius
    stripe = QPainterPath(QPointF(left + width, top))
    stripe.lineTo(left + radius, top)
    stripe.arcTo(QRectF(left, top, diameter, diameter), 90, 90)
    stripe.lineTo(left, bottom - radius)
    stripe.arcTo(QRectF(left, bottom - diameter, diameter, diameter), 180, 90)
    stripe.lineTo(left + width, bottom)
    stripe.closeSubpath()
    painter.fillPath(stripe, colour)
