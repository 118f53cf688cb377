"""The diagram's connectors as one item (boxes are drawn without a kept QPainterPath).

Qt keeps a converted copy (about 3 KB) inside every QPainterPath it has painted; with a path
item per connector and a kept stripe path per box, a 2,000-KPI diagram held 17 MB more once
it had been drawn whole. Here the connectors are plain straight pieces in one item (a
family's stub and spine drawn once: kpidesk.domain.tree_layout.connector_pieces), and a box's
stripe is a path made for the paint and dropped after it (kpidesk.report.diagram_boxes).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kpidesk.report.diagram_boxes import Connectors


class ConnectorLines(QGraphicsItem):
    """Every elbow connector of the diagram, drawn as polylines with one pen, behind the boxes."""

    def __init__(self, lines: Iterable[tuple[tuple[float, float], ...]], pen: QPen) -> None:
        super().__init__()
        self._connectors = Connectors(lines, pen)
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the background

    def line_count(self) -> int:
        return self._connectors.count

    def boundingRect(self) -> QRectF:
        return self._connectors.extent

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._connectors.paint(painter, option.exposedRect)
