"""The KPI tree as a diagram of boxes and elbow connectors, to read, zoom and paste into slides."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kpidesk.domain.decomposition import NOT_PLANNED_YET, NodeFigures
from kpidesk.domain.model import Node, Plan
from kpidesk.domain.problems import Figure
from kpidesk.domain.tree_layout import Box, connectors, layout
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services.file_writing import write_bytes_atomically
from kpidesk.ui.diagram_paths import ConnectorLines, fill_left_stripe
from kpidesk.ui.palette import (
    ACCENT,
    BAD_TINT,
    CANVAS,
    CONNECTOR,
    GOOD_TINT,
    MUTED,
    NEGATIVE,
    NO_DATA_TINT,
    POSITIVE,
    PROBLEM,
    TEXT,
    UNKNOWN_TINT,
)
from kpidesk.ui.palette import RULE as BORDER
from kpidesk.ui.palette import SUBTLE as LABEL
from kpidesk.ui.svg_fonts import portable_svg

STRIPE_WIDTH = 6.0
CORNER_RADIUS = 6.0
PAD_X = 10.0
PAD_Y = 8.0
NAME_SPACING = 4.0
ROW_LEADING = 2.0
LABEL_VALUE_SPACING = 12.0
MIN_BOX_WIDTH = 190.0
MAX_BOX_WIDTH = 300.0
H_GAP = 48.0
V_GAP = 18.0
SCENE_MARGIN = 24.0
FIGURE_ROWS = 4  # required, plan, projected, gap

ZOOM_STEP = 1.25
MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
FIT_MARGIN = 16.0
SVG_DPI = 96  # scene units are logical pixels; this gives the SVG its size in millimetres


class GapStatus(Enum):
    """The colour of a node's box: how its plan stands against its requirement (good, bad,
    unknown), or, where a report colours by progress, also lagging and no actuals yet."""

    GOOD = "good"
    BAD = "bad"
    UNKNOWN = "unknown"
    LAGGING = "lagging"
    NO_DATA = "no_data"


def gap_status(gap: Figure, lower_is_better: bool) -> GapStatus:
    """On track when projected ≥ required, or ≤ required for a lower-is-better KPI."""
    if not gap.ok:  # grey while the plan is not filled in; amber for a real problem
        return GapStatus.NO_DATA if gap.problem.code in NOT_PLANNED_YET else GapStatus.UNKNOWN
    on_track = gap.value <= 0 if lower_is_better else gap.value >= 0
    return GapStatus.GOOD if on_track else GapStatus.BAD


STATUS_TINT = {
    GapStatus.GOOD: GOOD_TINT,
    GapStatus.BAD: BAD_TINT,
    GapStatus.UNKNOWN: UNKNOWN_TINT,
    GapStatus.LAGGING: UNKNOWN_TINT,
    GapStatus.NO_DATA: NO_DATA_TINT,
}
GAP_COLOUR = {
    GapStatus.GOOD: POSITIVE,
    GapStatus.BAD: NEGATIVE,
    GapStatus.UNKNOWN: PROBLEM,
    GapStatus.LAGGING: PROBLEM,
    GapStatus.NO_DATA: MUTED,
}


class BoxText:
    """The fonts and metrics shared by every box, from the application font."""

    def __init__(self) -> None:
        # in pixels, so that an SVG shows the text at the size it has on screen and in PNGs
        self.font = QFont(QApplication.font())
        self.font.setPixelSize(QFontInfo(self.font).pixelSize())
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.bold_metrics = QFontMetricsF(self.bold)

    @property
    def row_height(self) -> float:
        return self.metrics.height() + ROW_LEADING

    def box_height(self, rows: int) -> float:
        return 2 * PAD_Y + self.bold_metrics.height() + NAME_SPACING + rows * self.row_height

    def needed_width(self, name: str, rows: list[tuple[str, str]]) -> float:
        insets = STRIPE_WIDTH + 2 * PAD_X
        widths = [self.bold_metrics.horizontalAdvance(name)]
        widths += [
            self.metrics.horizontalAdvance(label)
            + LABEL_VALUE_SPACING
            + self.metrics.horizontalAdvance(value)
            for label, value in rows
        ]
        return max(widths) + insets


class NodeBox(QGraphicsPathItem):
    """One node: a rounded box tinted by status, a status stripe, the name and its figures."""

    def __init__(
        self,
        node: Node,
        box: Box,
        rows: list[tuple[str, str]],
        status: GapStatus,
        text: BoxText,
        gap: GapStatus | None = None,
    ) -> None:
        """`status` tints the box; `gap` (by default the same) colours the gap's figure."""
        super().__init__()
        self.node_id = node.id
        self.name = node.name
        self.rows = rows
        self.status = status
        self.gap = status if gap is None else gap
        self._text = text
        self._highlighted = False
        self.setPos(box.x, box.y)
        rect = QRectF(0, 0, box.width, box.height)
        path = QPainterPath()
        path.addRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
        self.setPath(path)  # its shape, for clicks; painted without it (kpidesk.ui.diagram_paths)
        self.setBrush(QBrush(STATUS_TINT[status]))
        self.setPen(_border_pen(highlighted=False))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    def set_highlighted(self, highlighted: bool) -> None:
        self._highlighted = highlighted
        self.setPen(_border_pen(highlighted))
        self.setZValue(1 if highlighted else 0)

    def boundingRect(self) -> QRectF:
        # the highlighted border is thicker than the one the path item measured with
        grow = _border_pen(highlighted=True).widthF() / 2
        return self.path().boundingRect().adjusted(-grow, -grow, grow, grow)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.path().boundingRect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.brush())
        painter.drawRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
        fill_left_stripe(painter, rect, STRIPE_WIDTH, CORNER_RADIUS, GAP_COLOUR[self.status])
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
        self._paint_text(painter)

    def _paint_text(self, painter: QPainter) -> None:
        text = self._text
        rect = self.path().boundingRect()
        left = STRIPE_WIDTH + PAD_X
        width = rect.width() - left - PAD_X
        name_height = text.bold_metrics.height()
        painter.setFont(text.bold)
        painter.setPen(TEXT)
        name = text.bold_metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(left, PAD_Y, width, name_height), _LEFT, name)
        painter.setFont(text.font)
        top = PAD_Y + name_height + NAME_SPACING
        for i, (label, value) in enumerate(self.rows):
            row = QRectF(left, top + i * text.row_height, width, text.row_height)
            is_gap_row = i == len(self.rows) - 1
            self._paint_row(painter, row, label, value, is_gap_row)

    def _paint_row(
        self, painter: QPainter, row: QRectF, label: str, value: str, is_gap_row: bool
    ) -> None:
        metrics = self._text.metrics
        value = metrics.elidedText(value, Qt.TextElideMode.ElideLeft, row.width())
        value_width = metrics.horizontalAdvance(value)
        label_width = row.width() - value_width - LABEL_VALUE_SPACING
        label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(0.0, label_width))
        painter.setPen(LABEL)
        painter.drawText(row, _LEFT, label)
        emphasise = is_gap_row and self.gap is not GapStatus.UNKNOWN
        painter.setPen(GAP_COLOUR[self.gap] if emphasise else TEXT)
        painter.drawText(row, _RIGHT, value)


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _border_pen(highlighted: bool) -> QPen:
    pen = QPen(ACCENT, 3.0) if highlighted else QPen(BORDER, 1.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _bounds(boxes) -> QRectF:
    """The diagram's extent with a margin; from the layout, so the selection cannot move it."""
    area = QRectF()
    for box in boxes:
        area = area.united(QRectF(box.x, box.y, box.width, box.height))
    return area.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)


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
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(CANVAS)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- content ------------------------------------------------------------------

    def set_plan(
        self,
        plan: Plan,
        figures: dict[int, NodeFigures],
        number_format: NumberFormat,
        statuses: Mapping[int, GapStatus] | None = None,
    ) -> None:
        """Rebuild the diagram; the selection survives if its node still exists. `statuses`
        colours the boxes some other way (a report: by progress) instead of by the gap."""
        self._plan = plan
        self._boxes = {}
        self.scene().clear()
        text = BoxText()
        shown = [] if plan.root is None else plan.subtree_ids(plan.root.id)
        contents = {
            node_id: self._rows(plan.nodes[node_id], figures[node_id], number_format)
            for node_id in shown
        }
        width = self._box_width(plan, contents, text)
        boxes = layout(plan, width, text.box_height(FIGURE_ROWS), H_GAP, V_GAP)
        self._add_connectors(plan, boxes)
        for node_id, box in boxes.items():
            node = plan.nodes[node_id]
            gap = self._status(node, figures)
            status = gap if statuses is None else statuses[node_id]
            item = NodeBox(node, box, contents[node_id], status, text, gap)
            item.setToolTip(self._tooltip(node, figures[node_id], number_format))
            self.scene().addItem(item)
            self._boxes[node_id] = item
        self.scene().setSceneRect(_bounds(boxes.values()))
        self.setBackgroundBrush(CANVAS)  # the scheme may have changed since the last plan
        self.resetCachedContent()
        if self._keep_fitted:
            self._fit_now()
        previous, self._selected = self._selected, None
        self._highlight(previous)

    def _add_connectors(self, plan: Plan, boxes: dict[int, Box]) -> None:
        lines = (connector.points for connector in connectors(plan, boxes))
        self.scene().addItem(ConnectorLines(lines, _connector_pen()))

    @staticmethod
    def _status(node: Node, figures: dict[int, NodeFigures]) -> GapStatus:
        return gap_status(figures[node.id].gap, node.lower_is_better)

    def _rows(self, node: Node, figures: NodeFigures, fmt: NumberFormat) -> list[tuple[str, str]]:
        unit, label = node.unit, node.unit_label
        plan = "—" if figures.plan is None else fmt.value(figures.plan, unit, label)
        gap = "—" if not figures.gap.ok else fmt.signed(figures.gap.value, unit, label)
        return [
            (self.tr("Required"), fmt.figure(figures.required, unit, label)),
            (self.tr("Plan"), plan),
            (self.tr("Projected"), fmt.figure(figures.projected, unit, label)),
            (self.tr("Gap"), gap),
        ]

    @staticmethod
    def _box_width(plan: Plan, contents: dict[int, list[tuple[str, str]]], text: BoxText) -> float:
        """Wide enough for the longest content, within bounds; longer text is elided."""
        needed = [
            text.needed_width(plan.nodes[node_id].name, rows) for node_id, rows in contents.items()
        ]
        return min(MAX_BOX_WIDTH, max([MIN_BOX_WIDTH, *needed]))

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
        self._keep_fitted = True
        self._fit_now()

    def keeps_fitted(self) -> bool:
        """True while the view refits itself to its size (after Fit, until the user zooms)."""
        return self._keep_fitted

    def _fit_now(self) -> None:
        rect = self.sceneRect().adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_ZOOM:
            self._scale_to(MAX_ZOOM)
            self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
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


def _connector_pen() -> QPen:
    pen = QPen(CONNECTOR, 1.5)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen
