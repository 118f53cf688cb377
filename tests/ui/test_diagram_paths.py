"""The diagram draws its connectors as one item and its boxes without kept paths (memory on a
2,000-KPI plan), and still looks the same: the stripe in the gap's colour, the tint, the lines."""

import pytest

from kpidesk.domain.decomposition import compute
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.diagram_paths import ConnectorLines
from kpidesk.ui.palette import CONNECTOR, GOOD_TINT, POSITIVE
from kpidesk.ui.tree_diagram import STRIPE_WIDTH, NodeBox, TreeDiagramView

REVENUE = 1


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
