"""The diagram draws its connectors as one item and its boxes without kept paths (memory on a
2,000-KPI plan), and still looks the same: the stripe in the gap's colour, the tint, the lines."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from kpidesk.domain.decomposition import compute
from kpidesk.domain.model import Node, Unit
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.report.diagram_boxes import BoxText, Connectors
from kpidesk.ui.diagram_paths import ConnectorLines
from kpidesk.ui.palette import CONNECTOR, GOOD_TINT, POSITIVE
from kpidesk.ui.tree_diagram import SMALLEST_READABLE_ROW, STRIPE_WIDTH, NodeBox, TreeDiagramView

REVENUE = 1
UNIT_PRICE = 3


@pytest.fixture
def view(qtbot, english, demo):
    view = TreeDiagramView()
    qtbot.addWidget(view)
    view.set_plan(demo, compute(demo), NumberFormat())
    return view


def test_one_item_draws_every_connector(view):
    items = view.scene().items()
    assert sum(isinstance(item, NodeBox) for item in items) == 5
    lines = [item for item in items if isinstance(item, ConnectorLines)]
    assert [line.line_count() for line in lines] == [4]  # KGI → 2, Deals → 2
    assert len(items) == 6


def test_a_box_has_its_gap_stripe_left_and_its_tint_right_and_a_line_leaves_it(view):
    picture = view.picture(scale=2.0)  # the 1.5-unit line is 3 pixels wide
    origin = view.sceneRect().topLeft()
    box = view.box_item(REVENUE).sceneBoundingRect().translated(-origin)

    def colour(x: float):
        return picture.pixelColor(round(2 * x), round(2 * box.center().y()))

    stripe = colour(box.left() + 1 + STRIPE_WIDTH / 2)
    tint = colour(box.left() + STRIPE_WIDTH + 6)
    line = colour(box.right() + 12)
    assert stripe.name() == POSITIVE.name()
    assert tint.name() == GOOD_TINT.name()
    assert line.name() == CONNECTOR.name()


def test_a_kpi_level_with_its_only_child_is_joined_to_it(qtbot, english, demo):
    # the connector is a straight line, whose bounding rectangle has no height: it was found
    # to cross no exposed area, and so was never drawn
    plan = demo.with_nodes({6: Node(6, UNIT_PRICE, 0, "Price list", Unit.CURRENCY)})
    view = TreeDiagramView()
    qtbot.addWidget(view)
    view.set_plan(plan, compute(plan), NumberFormat())
    picture = view.picture(scale=2.0)
    origin = view.sceneRect().topLeft()
    parent = view.box_item(UNIT_PRICE).sceneBoundingRect().translated(-origin)
    child = view.box_item(6).sceneBoundingRect().translated(-origin)
    assert child.center().y() == parent.center().y()
    between = (parent.right() + child.left()) / 2
    line = picture.pixelColor(round(2 * between), round(2 * parent.center().y()))
    assert line.name() == CONNECTOR.name()


def test_connectors_crossing_an_area_include_straight_ones_and_only_those_that_reach_it():
    pen = QPen(CONNECTOR, 2.0)
    elbow = ((0.0, 0.0), (10.0, 0.0), (10.0, 100.0), (20.0, 100.0))
    straight = ((0.0, 50.0), (20.0, 50.0))
    below = ((0.0, 200.0), (20.0, 200.0))
    connectors = Connectors([elbow, straight, below], pen)
    assert connectors.count == 3

    def ends(area):
        return [(line.p1().toTuple(), line.p2().toTuple()) for line in connectors.crossing(area)]

    # y 40-60: the elbow's spine and the straight line, not the elbow's two stubs
    assert ends(QRectF(-5, 40, 30, 20)) == [((0, 50), (20, 50)), ((10, 0), (10, 100))]
    assert ends(QRectF(-5, 198.5, 30, 1)) == [((0, 200), (20, 200))]  # within the pen's width
    assert ends(QRectF(-5, 300, 30, 20)) == []
    assert connectors.extent == QRectF(-1, -1, 22, 202)


class TextCountingPainter(QPainter):
    """A painter that counts the texts drawn through it."""

    texts = 0

    def drawText(self, *args):
        self.texts += 1
        return super().drawText(*args)


def test_zoomed_out_past_reading_a_box_is_drawn_without_its_text(view):
    # a 2,000-KPI tree fitted to the window: boxes a few pixels tall, whose text took half a
    # second a paint to draw
    box = view.box_item(REVENUE)

    def texts_at(scale: float) -> int:
        image = QImage(400, 200, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = TextCountingPainter(image)
        painter.scale(scale, scale)
        box.paint(painter, QStyleOptionGraphicsItem())
        painter.end()
        return painter.texts

    row = BoxText().row_height
    readable = SMALLEST_READABLE_ROW / row
    assert texts_at(1.0) == texts_at(readable * 1.01) == 9  # the name, 4 labels, 4 figures
    assert texts_at(readable * 0.99) == 0
