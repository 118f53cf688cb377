"""The tree diagram in the report is coloured by progress once the period has actuals."""

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kpidesk.domain.demo import demo_plan
from kpidesk.domain.model import Unit
from kpidesk.i18n.messages import demo_label
from kpidesk.report.diagram_block import DiagramBlock
from kpidesk.report.diagram_boxes import (
    MAX_BOX_WIDTH,
    PAD_X,
    STRIPE_WIDTH,
    BoxText,
    DiagramLayout,
    GapStatus,
)
from kpidesk.report.options import ReportOptions
from kpidesk.report.sections.tree import tree_diagram
from kpidesk.report.writer import chart_font, render_pdf
from kpidesk.services.plan_files import open_plan
from kpidesk.storage.plan_file import create_plan_file
from kpidesk.ui.palette import CONNECTOR
from tests.report.conftest import (
    AS_OF,
    CLOSE_RATE,
    DEALS,
    PROSPECTS,
    REVENUE,
    UNIT_PRICE,
    page_texts,
)


def box_colours(session, options) -> tuple[dict[int, GapStatus], str]:
    """Each box's colour, and the legend under the diagram, as the report draws them."""
    colours: dict[int, GapStatus] = {}
    legend = []

    def spy(context):
        blocks = tree_diagram(context)
        diagram = next(b.diagram for b in blocks if isinstance(b, DiagramBlock))
        colours.update({placed.node_id: placed.status for placed in diagram.boxes})
        legend.append(blocks[-1].text)
        return blocks

    render_pdf(session, options, sections=[spy])
    return colours, legend[0]


def test_boxes_take_their_kpi_s_progress_status(session_in):
    # as of 11 December: revenue, deals and prospects lag at 92 %; close rate and unit
    # price are where they should be
    colours, legend = box_colours(session_in("en"), ReportOptions(as_of=AS_OF))
    assert colours == {
        REVENUE: GapStatus.LAGGING,
        DEALS: GapStatus.LAGGING,
        PROSPECTS: GapStatus.LAGGING,
        CLOSE_RATE: GapStatus.GOOD,
        UNIT_PRICE: GapStatus.GOOD,
    }
    assert "coloured by progress" in legend


def test_before_any_actual_the_boxes_say_whether_the_plan_reaches_the_requirement(qapp, tmp_path):
    path = tmp_path / "fresh.kpidesk"
    create_plan_file(path, demo_plan(demo_label, date(2026, 12, 1)))
    opened = open_plan(path)
    colours, legend = box_colours(opened.session, ReportOptions(as_of=date(2026, 12, 1)))
    opened.close()
    assert set(colours.values()) <= {GapStatus.GOOD, GapStatus.BAD, GapStatus.UNKNOWN}
    assert "the plan reaches the requirement" in legend


def test_a_name_too_long_for_its_box_is_cut_with_an_ellipsis_and_a_short_one_is_whole(
    session_in, tmp_path
):
    session = session_in("en")
    long_name = "Prospects met at the autumn trade fair in Osaka, then called back by every rep"
    session.rename_node(PROSPECTS, long_name)
    data, _pages = render_pdf(session, ReportOptions(as_of=AS_OF), sections=[tree_diagram])
    (tmp_path / "tree.pdf").write_bytes(data)
    diagram = page_texts(tmp_path / "tree.pdf")[0]
    with chart_font():  # the font the report lays the boxes out in
        text = BoxText()
        room = MAX_BOX_WIDTH - STRIPE_WIDTH - 2 * PAD_X  # the longest name makes boxes widest
        shown = text.bold_metrics.elidedText(long_name, Qt.TextElideMode.ElideRight, room)
    assert shown.endswith("…") and len(shown) < len(long_name)
    assert shown in diagram and long_name not in diagram
    # the names that fit, whole, and the unit price's box (the last, on a row of its own)
    for name in ("Revenue", "Deals", "Unit price", "Close rate"):
        assert f" {name} " in diagram
    assert "Unit price Required ¥100,000 Plan ¥100,000 Projected ¥100,000 Gap ±¥0" in diagram


def diagram_of(session) -> DiagramLayout:
    """The tree diagram's layout as the report makes it."""
    made = []

    def spy(context):
        blocks = tree_diagram(context)
        made.extend(b.diagram for b in blocks if isinstance(b, DiagramBlock))
        return blocks

    render_pdf(session, ReportOptions(as_of=AS_OF), sections=[spy])
    return made[0]


class CountingPainter(QPainter):
    """A painter that counts the connector pieces drawn through it."""

    pieces = 0

    def drawLines(self, lines):  # noqa: N802 - Qt's name
        self.pieces += len(lines)
        return super().drawLines(lines)


def drawn(block: DiagramBlock, scale: float = 2.0) -> tuple[QImage, int]:
    """The block drawn at its own size × `scale`, and the connectors it drew."""
    size = QSize(round(block.width * scale), round(block.height() * scale))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = CountingPainter(image)
    painter.scale(scale, scale)
    block.draw(painter, QRectF(0, 0, block.width, block.height()))
    painter.end()
    return image, painter.pieces


def test_a_kpi_level_with_its_only_child_is_joined_to_it(session_in):
    # a straight connector's bounding rectangle has no height, so it was never drawn
    session = session_in("en")
    child = session.add_child(UNIT_PRICE, "Price list", Unit.CURRENCY).new_node_id
    diagram = diagram_of(session)
    with chart_font():
        block = DiagramBlock(diagram.bounds.width(), diagram, diagram.bounds, 1.0)
        image, _count = drawn(block)
    boxes = {placed.node_id: placed.box for placed in diagram.boxes}
    parent, kid = boxes[UNIT_PRICE], boxes[child]
    assert parent.centre_y == kid.centre_y
    x = (parent.right + kid.x) / 2 - diagram.bounds.left()
    y = parent.centre_y - diagram.bounds.top()
    assert image.pixelColor(round(2 * x), round(2 * y)).name() == CONNECTOR.name()


def test_each_band_of_a_tall_diagram_draws_only_the_connectors_that_reach_into_it(session_in):
    # 60 KPIs under the prospects: the diagram is cut into bands, one a page. Each band drew
    # every connector of the whole diagram (a 2,000-KPI plan: 400,000 lines, 8 s), and a
    # family's spine once per child, laid over each other
    session = session_in("en")
    for number in range(60):
        session.add_child(PROSPECTS, f"Source {number + 1}", Unit.COUNT)
    blocks = []

    def spy(context):
        made = tree_diagram(context)
        blocks.extend(b for b in made if isinstance(b, DiagramBlock))
        return made

    render_pdf(session, ReportOptions(as_of=AS_OF), sections=[spy])
    assert len(blocks) > 3
    with chart_font():
        for block in blocks:
            _image, count = drawn(block, scale=0.5)
            # at most a stub to each box in the band, and a stub and a spine for each of the
            # three families (revenue's, the deals', the prospects')
            assert 0 < count <= len(block.diagram.boxes_in(block.source)) + 6
        assert sum(drawn(block, scale=0.5)[1] for block in blocks) < 2 * 64 + 6 * len(blocks)
