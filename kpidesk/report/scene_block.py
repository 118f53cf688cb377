"""A part of a QGraphicsScene (a chart, the tree diagram) drawn onto the PDF as vectors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene

from kpidesk.report.blocks import Block


@contextmanager
def export_mode(scene: QGraphicsScene, painter: QPainter) -> Iterator[None]:
    """pyqtgraph's export mode: scatter symbols are then painted as paths, not cached pixmaps."""
    items = [item for item in scene.items() if hasattr(item, "setExportMode")]
    options = {"antialias": True, "background": None, "painter": painter}
    for item in items:
        item.setExportMode(True, options)
    try:
        yield
    finally:
        for item in items:
            item.setExportMode(False)


class SceneBlock(Block):
    """`source` (scene units, which are PDF units at scale 1) drawn at `scale`, centred.

    `owner` is whatever keeps the scene alive (its view or widget) until the page is drawn.
    """

    def __init__(
        self, width: float, scene: QGraphicsScene, source: QRectF, scale: float, owner=None
    ) -> None:
        super().__init__(width)
        self.scene, self.source, self.scale, self.owner = scene, QRectF(source), scale, owner

    def height(self) -> float:
        return self.source.height() * self.scale

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        width = self.source.width() * self.scale
        target = QRectF(rect.left() + (rect.width() - width) / 2, rect.top(), width, self.height())
        painter.save()
        painter.setClipRect(target)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        with export_mode(self.scene, painter):
            self.scene.render(painter, target, self.source, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.restore()
