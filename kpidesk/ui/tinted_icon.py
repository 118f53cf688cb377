"""An icon drawn from an SVG in one colour (a paler one when disabled), at each size when asked.

A window's toolbar and menus show its action icons at one or two sizes; drawing every icon at
every size and in both colours up front (130 pictures) cost each window 13–17 ms before its
first paint. This engine draws a size the first time it is shown and keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


class TintedIconEngine(QIconEngine):
    """`source` (an SVG whose strokes and fills say `currentColor`) in `normal`, or in
    `disabled` for a disabled action; `sizes` are the sizes it says it has."""

    def __init__(self, source: str, normal: str, disabled: str, sizes: tuple[int, ...]) -> None:
        super().__init__()
        self._source = source
        self._colours = {False: normal, True: disabled}
        self._sizes = sizes
        self._renderers: dict[bool, QSvgRenderer] = {}
        self._drawn: dict[tuple[int, bool], QPixmap] = {}

    def _renderer(self, disabled: bool) -> QSvgRenderer:
        if disabled not in self._renderers:
            text = self._source.replace("currentColor", self._colours[disabled])
            self._renderers[disabled] = QSvgRenderer(QByteArray(text.encode()))
        return self._renderers[disabled]

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state, scale: float) -> QPixmap:
        side = max(1, round(min(size.width(), size.height()) * scale))
        disabled = mode == QIcon.Mode.Disabled
        key = (side, disabled)
        if key not in self._drawn:
            self._drawn[key] = drawn_svg(self._renderer(disabled), side)
        pixmap = QPixmap(self._drawn[key])
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode=QIcon.Mode.Normal, state=QIcon.State.Off) -> list[QSize]:
        return [QSize(side, side) for side in self._sizes]

    def clone(self) -> TintedIconEngine:
        normal, disabled = self._colours[False], self._colours[True]
        return TintedIconEngine(self._source, normal, disabled, self._sizes)

    def key(self) -> str:
        return "kpidesk-tinted-svg"


def drawn_svg(renderer: QSvgRenderer, side: int) -> QPixmap:
    """The SVG drawn, antialiased, on a transparent square `side` pixels wide."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return QPixmap.fromImage(image)
