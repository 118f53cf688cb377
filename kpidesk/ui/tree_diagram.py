"""The KPI tree as a diagram of boxes and elbow connectors, to read, zoom and paste into slides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kpidesk.domain.decomposition import NodeFigures
from kpidesk.domain.model import Node, Plan
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.report.diagram_boxes import (
    CORNER_RADIUS,
    SCENE_MARGIN,
    STATUS_TINT,
    BoxText,
    DiagramLayout,
    PlacedBox,
    border_pen,
    connector_pen,
    paint_box,
)
from kpidesk.report.diagram_boxes import STRIPE_WIDTH as STRIPE_WIDTH
from kpidesk.report.diagram_boxes import GapStatus as GapStatus  # "as": the tests read it here
from kpidesk.services.file_writing import write_bytes_atomically
from kpidesk.ui.diagram_paths import ConnectorLines
from kpidesk.ui.palette import BAD_TINT as BAD_TINT
from kpidesk.ui.palette import CANVAS
from kpidesk.ui.palette import GOOD_TINT as GOOD_TINT
from kpidesk.ui.palette import UNKNOWN_TINT as UNKNOWN_TINT
from kpidesk.ui.svg_fonts import portable_svg

ZOOM_STEP = 1.25
MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
FIT_MARGIN = 16.0
FIRST_LOOK_SMALLEST_ZOOM = 0.5  # a tree that fits only smaller opens at this size
SMALLEST_READABLE_ROW = 4.0  # device pixels of a figure row; text any smaller is not drawn
SVG_DPI = 96  # scene units are logical pixels; this gives the SVG its size in millimetres


class NodeBox(QGraphicsPathItem):
    """One node: a rounded box tinted by status, a status stripe, the name and its figures."""

    def __init__(self, placed: PlacedBox, text: BoxText) -> None:
        super().__init__()
        self.node_id = placed.node_id
        self.name = placed.name
        self.rows = placed.rows
        self.widths = placed.widths
        self.status = placed.status  # tints the box
        self.gap = placed.gap  # colours the gap's figure
        self._text = text
        self._highlighted = False
        box = placed.box
        self.setPos(box.x, box.y)
        rect = QRectF(0, 0, box.width, box.height)
        path = QPainterPath()
        path.addRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
        self.setPath(path)  # its shape, for clicks; painted without it (kpidesk.ui.diagram_paths)
        self.setBrush(QBrush(STATUS_TINT[self.status]))
        self.setPen(border_pen(highlighted=False))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    def set_highlighted(self, highlighted: bool) -> None:
        self._highlighted = highlighted
        self.setPen(border_pen(highlighted))
        self.setZValue(1 if highlighted else 0)

    def boundingRect(self) -> QRectF:
        # the highlighted border is thicker than the one the path item measured with
        grow = border_pen(highlighted=True).widthF() / 2
        return self.path().boundingRect().adjusted(-grow, -grow, grow, grow)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # zoomed out past reading (a 2,000-KPI tree fitted to the window), the boxes are shown
        # without their text: drawing it took half a second a paint, for specks
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        readable = scale * self._text.row_height >= SMALLEST_READABLE_ROW
        box = self.path().boundingRect()
        paint_box(painter, box, self, self._text, self.brush(), self.pen(), with_text=readable)


class TreeDiagramView(QGraphicsView):
    """The plan's KPI tree drawn left to right; zoomable, navigable, exportable to PNG and SVG.

    Signals: `nodeClicked(int)` with the node's id when a box is clicked, or when the arrow keys
    move the selection onto it.
    """

    nodeClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._plan = Plan("")
        self._boxes: dict[int, NodeBox] = {}
        self._selected: int | None = None
        self._pressed_on_box = False
        self._keep_fitted = False
        self._readable = False  # the first look's fit stops at FIRST_LOOK_SMALLEST_ZOOM
        self._placing = False  # the view, not the user, is moving the tree
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(CANVAS)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- content ------------------------------------------------------------------

    def set_plan(
        self, plan: Plan, figures: dict[int, NodeFigures], number_format: NumberFormat
    ) -> None:
        """Rebuild the diagram; the selection survives if its node still exists."""
        self._plan = plan
        self._boxes = {}
        self.scene().clear()
        diagram = DiagramLayout(plan, figures, number_format)
        self.scene().addItem(ConnectorLines(diagram.lines, connector_pen()))
        for placed in diagram.boxes:
            item = NodeBox(placed, diagram.text)
            node_id = placed.node_id
            item.setToolTip(self._tooltip(plan.nodes[node_id], figures[node_id], number_format))
            self.scene().addItem(item)
            self._boxes[node_id] = item
        self.scene().setSceneRect(diagram.bounds)
        self.setBackgroundBrush(CANVAS)  # the scheme may have changed since the last plan
        self.resetCachedContent()
        if self._keep_fitted:
            self._fit_now()
        previous, self._selected = self._selected, None
        self._highlight(previous)

    @staticmethod
    def _tooltip(node: Node, figures: NodeFigures, fmt: NumberFormat) -> str:
        reasons = [fmt.reason(figures.required), fmt.reason(figures.projected)]
        return "\n".join([node.name, *dict.fromkeys(r for r in reasons if r)])

    def box_item(self, node_id: int) -> NodeBox | None:
        return self._boxes.get(node_id)

    # -- selection ----------------------------------------------------------------

    def selected_node(self) -> int | None:
        return self._selected

    def select_node(self, node_id: int | None) -> None:
        """Highlight the node's box and scroll it into view; None or an unknown id clears."""
        self._highlight(node_id)
        box = self._boxes.get(node_id)
        if box is not None:
            self.ensureVisible(box, int(SCENE_MARGIN), int(SCENE_MARGIN))

    def _highlight(self, node_id: int | None) -> None:
        if self._selected in self._boxes:
            self._boxes[self._selected].set_highlighted(False)
        self._selected = node_id if node_id in self._boxes else None
        if self._selected is not None:
            self._boxes[self._selected].set_highlighted(True)

    def _box_at(self, pos: QPoint) -> NodeBox | None:
        item = self.itemAt(pos)
        return item if isinstance(item, NodeBox) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        box = self._box_at(event.position().toPoint())
        self._pressed_on_box = event.button() == Qt.MouseButton.LeftButton and box is not None
        if not self._pressed_on_box:
            super().mousePressEvent(event)  # on the background: drag to pan
            return
        self.select_node(box.node_id)
        self.nodeClicked.emit(box.node_id)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._pressed_on_box:
            super().mouseReleaseEvent(event)
        self._pressed_on_box = False
        # the view handled the press, on a box or by panning, so the release is handled too
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        target = self._neighbour(Qt.Key(event.key()))
        if target is None:
            super().keyPressEvent(event)
            return
        if target != self._selected:
            self.select_node(target)
            self.nodeClicked.emit(target)
        event.accept()

    def _neighbour(self, key: Qt.Key) -> int | None:
        """The box an arrow key moves to: left parent, right first child, up and down siblings."""
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if key not in arrows or not self._boxes:
            return None
        current = self._selected
        if current is None:
            return self._plan.root.id
        node = self._plan.nodes[current]
        if key == Qt.Key.Key_Left:
            return current if node.parent_id is None else node.parent_id
        if key == Qt.Key.Key_Right:
            children = self._plan.children_of(current)
            return children[0].id if children else current
        siblings = [n.id for n in self._plan.children_of(node.parent_id)]
        step = -1 if key == Qt.Key.Key_Up else 1
        index = siblings.index(current) + step
        return siblings[index] if 0 <= index < len(siblings) else current

    # -- zoom -----------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Scale to `factor` (1 is actual size), kept between MIN_ZOOM and MAX_ZOOM; the view
        stops following its size (see `fit`)."""
        self._keep_fitted = False
        self._scale_to(factor)

    def _scale_to(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.scale(factor / self.zoom(), factor / self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Show the whole tree, but never magnify past MAX_ZOOM; and keep it fitted as the view
        is laid out or resized, until the user zooms. (A view built on the tab's first look has
        its real size only after that, so fitting once at once left a speck 40 px wide.)

        A huge tree may need less than MIN_ZOOM to fit; showing all of it is what was asked.
        """
        self._keep_fitted, self._readable = True, False
        self._fit_now()

    def first_look(self) -> None:
        """The tab's first look: the whole tree, as `fit`, when its boxes can then be read;
        a bigger tree (a 2,000-KPI plan fits as specks) at FIRST_LOOK_SMALLEST_ZOOM instead,
        around the selected KPI or the KGI. Fit shows all of it."""
        self._keep_fitted, self._readable = True, True
        self._fit_now()

    def keeps_fitted(self) -> bool:
        """True while the view refits itself to its size (after Fit, until the user zooms)."""
        return self._keep_fitted

    def _fit_now(self) -> None:
        rect = self.sceneRect().adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        self._placing = True
        try:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom() > MAX_ZOOM:
                self._scale_to(MAX_ZOOM)
                self.centerOn(rect.center())
            elif self._readable and self.zoom() < FIRST_LOOK_SMALLEST_ZOOM:
                self._scale_to(FIRST_LOOK_SMALLEST_ZOOM)
                self.centerOn(self._in_view_first())
        finally:
            self._placing = False

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self._readable and not self._placing:
            self._keep_fitted = False  # the user moved a big tree's first look: it stays put

    def _in_view_first(self) -> QPointF:
        """The selected KPI's box, else the KGI's, as the first look shows a big tree."""
        box = self._boxes.get(self._selected)
        if box is None and self._plan.root is not None:
            box = self._boxes.get(self._plan.root.id)
        if box is None:
            return self.sceneRect().center()
        return box.sceneBoundingRect().center()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._placing = True
        try:
            super().resizeEvent(event)
        finally:
            self._placing = False
        if self._keep_fitted:
            self._fit_now()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom() * ZOOM_STEP**steps)
        event.accept()

    # -- export ---------------------------------------------------------------------

    def export_png(self, path: str | Path, scale: float = 2.0) -> None:
        """The whole diagram on white at `scale` pixels per unit; OSError if it cannot be saved."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.picture(scale).save(buffer, "PNG")
        write_bytes_atomically(Path(path), QByteArray(buffer.data()).data())

    def picture(self, scale: float = 2.0) -> QImage:
        """The whole diagram on white at `scale` pixels per unit (for PNG and the clipboard)."""
        source = self.sceneRect()
        size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        self._render(QPainter(image), QRectF(image.rect()), source)
        return image

    def export_svg(self, path: str | Path) -> None:
        """The whole diagram as SVG with the text kept as text; OSError if it cannot be saved."""
        # written by Python so that an unwritable path raises OSError instead of a Qt warning
        write_bytes_atomically(Path(path), self.svg_text().encode("utf-8"))

    def svg_text(self) -> str:
        """The whole diagram as SVG text that other programs read alike (see svg_fonts)."""
        source = self.sceneRect()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setTitle(self.tr("KPI tree"))
        generator.setResolution(SVG_DPI)
        generator.setDescription(self._plan.name)
        generator.setSize(QSize(round(source.width()), round(source.height())))
        target = QRectF(0, 0, source.width(), source.height())
        generator.setViewBox(target)
        painter = QPainter(generator)
        painter.fillRect(target, Qt.GlobalColor.white)
        self._render(painter, target, source)
        return portable_svg(QByteArray(buffer.data()).data().decode("utf-8"))

    def _render(self, painter: QPainter, target: QRectF, source: QRectF) -> None:
        """Paint the scene without the on-screen selection, which is not part of the picture."""
        selected = self._selected
        self._highlight(None)
        try:
            painter.setRenderHints(
                QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
            )
            self.scene().render(painter, target, source)
        finally:
            painter.end()
            self._highlight(selected)
