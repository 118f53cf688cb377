"""The KPI tree diagram's boxes and connectors, laid out and painted with QtGui alone: the
window's Diagram tab and the meeting PDF draw them with the same code."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPen,
)

from kpidesk.domain.decomposition import NOT_PLANNED_YET, NodeFigures
from kpidesk.domain.model import Node, Plan
from kpidesk.domain.problems import Figure
from kpidesk.domain.tree_layout import Box, connector_pieces, connectors, layout
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.palette import (
    ACCENT,
    BAD_TINT,
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

STRIPE_WIDTH = 6.0
CONNECTOR_WIDTH = 1.5  # the elbow lines between boxes
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
HIGHLIGHT_WIDTH = 3.0  # the selected box's border; every box's extent leaves room for it

translate = QCoreApplication.translate


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
        self.font = QFont(QGuiApplication.font())
        self.font.setPixelSize(QFontInfo(self.font).pixelSize())
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.bold_metrics = QFontMetricsF(self.bold)
        self._label_widths: dict[str, float] = {}

    @property
    def row_height(self) -> float:
        return self.metrics.height() + ROW_LEADING

    def box_height(self, rows: int) -> float:
        return 2 * PAD_Y + self.bold_metrics.height() + NAME_SPACING + rows * self.row_height

    def widths(self, name: str, rows: list[tuple[str, str]]) -> BoxWidths:
        """The name's width in bold and each row's (label, value) widths; the labels, the same
        in every box, are measured once."""
        measured = []
        for label, value in rows:
            if label not in self._label_widths:
                self._label_widths[label] = self.metrics.horizontalAdvance(label)
            measured.append((self._label_widths[label], self.metrics.horizontalAdvance(value)))
        return self.bold_metrics.horizontalAdvance(name), measured

    @staticmethod
    def needed_width(widths: BoxWidths) -> float:
        name, rows = widths
        insets = STRIPE_WIDTH + 2 * PAD_X
        return max([name] + [label + LABEL_VALUE_SPACING + value for label, value in rows]) + insets


# a box's name width (bold) and each row's (label, value) widths, as the box's font measures them
BoxWidths = tuple[float, list[tuple[float, float]]]


class BoxFace(Protocol):
    """What a box shows: the KPI's name, its (label, value) rows and their widths, the status
    that tints the box and its stripe, and the one that colours the gap's figure."""

    name: str
    rows: list[tuple[str, str]]
    widths: BoxWidths
    status: GapStatus
    gap: GapStatus


class PlacedBox:
    """One box of a laid-out diagram: its node, where it goes and what it shows."""

    def __init__(
        self,
        node: Node,
        box: Box,
        rows: list[tuple[str, str]],
        widths: BoxWidths,
        colours: tuple[GapStatus, GapStatus],
    ) -> None:
        self.node_id, self.name, self.box = node.id, node.name, box
        self.rows, self.widths = rows, widths
        self.status, self.gap = colours

    @property
    def rect(self) -> QRectF:
        return QRectF(self.box.x, self.box.y, self.box.width, self.box.height)

    @property
    def extent(self) -> QRectF:
        """The area it may paint: its rectangle with room for the highlighted border."""
        grow = HIGHLIGHT_WIDTH / 2
        return self.rect.adjusted(-grow, -grow, grow, grow)


class DiagramLayout:
    """The plan's KPI tree laid out left to right: every box with its figures and colours,
    the connectors' polylines and the diagram's extent with a margin. `statuses` colours the
    boxes some other way (a report: by progress) instead of by the gap."""

    def __init__(
        self,
        plan: Plan,
        figures: dict[int, NodeFigures],
        number_format: NumberFormat,
        statuses: Mapping[int, GapStatus] | None = None,
    ) -> None:
        self.text = text = BoxText()
        shown = [] if plan.root is None else plan.subtree_ids(plan.root.id)
        contents = {
            node_id: box_rows(plan.nodes[node_id], figures[node_id], number_format)
            for node_id in shown
        }
        widths = {
            node_id: text.widths(plan.nodes[node_id].name, rows)
            for node_id, rows in contents.items()
        }
        width = _box_width(widths.values())
        boxes = layout(plan, width, text.box_height(FIGURE_ROWS), H_GAP, V_GAP)
        self.lines = [connector.points for connector in connectors(plan, boxes)]
        self.boxes: list[PlacedBox] = []
        for node_id, box in boxes.items():
            node = plan.nodes[node_id]
            gap = gap_status(figures[node_id].gap, node.lower_is_better)
            status = gap if statuses is None else statuses[node_id]
            placed = PlacedBox(node, box, contents[node_id], widths[node_id], (status, gap))
            self.boxes.append(placed)
        self.bounds = _bounds(boxes.values())
        self._box_areas = [_edges(placed.extent) for placed in self.boxes]
        self._connectors: Connectors | None = None

    def connectors(self) -> Connectors:
        """The connectors, made the first time they are asked for: every band of a report's
        diagram draws from the one set."""
        if self._connectors is None:
            self._connectors = Connectors(self.lines, connector_pen())
        return self._connectors

    def boxes_in(self, area: QRectF) -> list[PlacedBox]:
        """The boxes that may paint into `area`, in drawing order."""
        return reaching_into(area, self.boxes, self._box_areas)

    def box_spans(self) -> list[tuple[float, float]]:
        """Each box's painted top and bottom, for cutting the diagram into bands."""
        return [(top, bottom) for _left, top, _right, bottom in self._box_areas]


def box_rows(node: Node, figures: NodeFigures, fmt: NumberFormat) -> list[tuple[str, str]]:
    """A box's figure rows: required, plan, projected and gap, as (label, value)."""
    unit, label = node.unit, node.unit_label
    plan = "—" if figures.plan is None else fmt.value(figures.plan, unit, label)
    gap = "—" if not figures.gap.ok else fmt.signed(figures.gap.value, unit, label)
    return [
        (translate("TreeDiagramView", "Required"), fmt.figure(figures.required, unit, label)),
        (translate("TreeDiagramView", "Plan"), plan),
        (translate("TreeDiagramView", "Projected"), fmt.figure(figures.projected, unit, label)),
        (translate("TreeDiagramView", "Gap"), gap),
    ]


def _box_width(widths: Iterable[BoxWidths]) -> float:
    """Wide enough for the longest content, within bounds; longer text is elided."""
    needed = [BoxText.needed_width(measured) for measured in widths]
    return min(MAX_BOX_WIDTH, max([MIN_BOX_WIDTH, *needed]))


def _bounds(boxes: Iterable[Box]) -> QRectF:
    """The diagram's extent with a margin; from the layout, so the selection cannot move it."""
    area = QRectF()
    for box in boxes:
        area = area.united(QRectF(box.x, box.y, box.width, box.height))
    return area.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)


def border_pen(highlighted: bool) -> QPen:
    pen = QPen(ACCENT, HIGHLIGHT_WIDTH) if highlighted else QPen(BORDER, 1.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def connector_pen() -> QPen:
    """Square ends, Qt's default: where two pieces of a connector meet, the corner is filled
    as a mitred polyline's would be, and the ends that reach into a box are under it."""
    return QPen(CONNECTOR, CONNECTOR_WIDTH)


class Connectors:
    """The diagram's elbow connectors, made once as straight pieces that are each drawn once
    (`connector_pieces`: a family's shared stub and spine are one piece each) with `pen`
    (`connector_pen`), and the area each piece's stroke covers. A straight connector (a parent
    level with its only child) has no height of its own: its area is the pen's width tall, so
    it is found, and drawn, like the others."""

    def __init__(self, lines: Iterable[tuple[tuple[float, float], ...]], pen: QPen) -> None:
        lines = list(lines)
        self.count = len(lines)  # one per parent–child pair
        self.pen = pen
        self.pieces = [QLineF(*start, *end) for start, end in connector_pieces(lines)]
        grow = pen.widthF() / 2
        self._areas = [
            (
                min(piece.x1(), piece.x2()) - grow,
                min(piece.y1(), piece.y2()) - grow,
                max(piece.x1(), piece.x2()) + grow,
                max(piece.y1(), piece.y2()) + grow,
            )
            for piece in self.pieces
        ]
        self.extent = _union(self._areas)

    def crossing(self, area: QRectF) -> list[QLineF]:
        """The pieces whose stroke reaches into `area`."""
        return reaching_into(area, self.pieces, self._areas)

    def paint(self, painter: QPainter, exposed: QRectF) -> None:
        """The pieces that reach into `exposed`, in one call with one pen."""
        pieces = self.crossing(exposed)
        if pieces:
            painter.setPen(self.pen)
            painter.drawLines(pieces)


Area = tuple[float, float, float, float]  # left, top, right, bottom


def reaching_into(area: QRectF, items: list, areas: list[Area]) -> list:
    """The items whose area overlaps `area` (plain numbers: a band of a 2,000-KPI diagram
    looks through every box and connector)."""
    left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
    return [
        item
        for item, (item_left, item_top, item_right, item_bottom) in zip(items, areas, strict=True)
        if item_left < right and item_right > left and item_top < bottom and item_bottom > top
    ]


def _edges(rect: QRectF) -> Area:
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def _union(areas: list[Area]) -> QRectF:
    if not areas:
        return QRectF()
    lefts, tops, rights, bottoms = zip(*areas, strict=True)
    return QRectF(QPointF(min(lefts), min(tops)), QPointF(max(rights), max(bottoms)))


def paint_box(
    painter: QPainter,
    rect: QRectF,
    face: BoxFace,
    text: BoxText,
    fill: QBrush | QColor,
    border: QPen,
    with_text: bool = True,
) -> None:
    """A rounded box in `fill`, its status stripe on the left, its `border`, the name in bold
    and the figure rows, the gap's value in the gap's colour; without the text when it would be
    too small to read (`with_text`)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
    fill_left_stripe(painter, rect, STRIPE_WIDTH, CORNER_RADIUS, GAP_COLOUR[face.status])
    painter.setPen(border)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
    if not with_text:
        return
    inset = STRIPE_WIDTH + PAD_X
    left = rect.left() + inset
    width = rect.width() - inset - PAD_X
    name_height = text.bold_metrics.height()
    painter.setFont(text.bold)
    painter.setPen(TEXT)
    name_width, row_widths = face.widths
    name = face.name  # measured when laid out: elided only when it does not fit
    if name_width > width:
        name = text.bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
    painter.drawText(QRectF(left, rect.top() + PAD_Y, width, name_height), _LEFT, name)
    painter.setFont(text.font)
    top = rect.top() + PAD_Y + name_height + NAME_SPACING
    emphasise = face.gap is not GapStatus.UNKNOWN
    for i, (texts, widths) in enumerate(zip(face.rows, row_widths, strict=True)):
        row = QRectF(left, top + i * text.row_height, width, text.row_height)
        is_gap_row = i == len(face.rows) - 1
        value_colour = GAP_COLOUR[face.gap] if emphasise and is_gap_row else TEXT
        _paint_row(painter, text.metrics, row, texts, widths, value_colour)


def _paint_row(
    painter: QPainter,
    metrics: QFontMetricsF,
    row: QRectF,
    texts: tuple[str, str],
    widths: tuple[float, float],
    value_colour: QColor,
) -> None:
    """The label left and the value right; the value elided on its left and the label on its
    right only when they do not fit (elidedText gives back a text that fits unchanged)."""
    (label, value), (label_width, value_width) = texts, widths
    if value_width > row.width():
        value = metrics.elidedText(value, Qt.TextElideMode.ElideLeft, row.width())
        value_width = metrics.horizontalAdvance(value)
    room = max(0.0, row.width() - value_width - LABEL_VALUE_SPACING)
    if label_width > room:
        label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
    painter.setPen(LABEL)
    painter.drawText(row, _LEFT, label)
    painter.setPen(value_colour)
    painter.drawText(row, _RIGHT, value)


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


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
