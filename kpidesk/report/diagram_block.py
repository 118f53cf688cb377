"""The KPI tree diagram, or a band of it, drawn onto the page as vectors with QtGui alone."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTransform

from kpidesk.report.blocks import Block
from kpidesk.report.diagram_boxes import STATUS_TINT, DiagramLayout, border_pen, paint_box


class DiagramBlock(Block):
    """`source` (diagram units, which are PDF units at scale 1) drawn at `scale`, centred:
    the connectors, then every box that reaches into `source`, clipped to it, as the window's
    diagram draws them."""

    def __init__(self, width: float, diagram: DiagramLayout, source: QRectF, scale: float) -> None:
        super().__init__(width)
        self.diagram, self.source, self.scale = diagram, QRectF(source), scale

    def height(self) -> float:
        return self.source.height() * self.scale

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        width = self.source.width() * self.scale
        target = QRectF(rect.left() + (rect.width() - width) / 2, rect.top(), width, self.height())
        source = self.source
        painter.save()
        painter.setClipRect(target)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        scale_x, scale_y = target.width() / source.width(), target.height() / source.height()
        view = (
            QTransform()
            .translate(target.left(), target.top())
            .scale(scale_x, scale_y)
            .translate(-source.left(), -source.top())
        )
        painter.setWorldTransform(view, True)
        view = painter.worldTransform()
        painter.save()
        self.diagram.connectors().paint(painter, source)  # only those crossing this band
        painter.restore()
        text, border = self.diagram.text, border_pen(highlighted=False)
        for placed in self.diagram.boxes_in(source):
            box = placed.box
            painter.save()
            painter.setWorldTransform(QTransform.fromTranslate(box.x, box.y) * view)
            fill = STATUS_TINT[placed.status]  # not a QBrush: its overloads build QGradient's enums
            paint_box(painter, QRectF(0, 0, box.width, box.height), placed, text, fill, border)
            painter.restore()
        painter.restore()
