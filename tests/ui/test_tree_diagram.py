"""The KPI tree diagram: click and arrow keys select boxes, colours follow the gap, exports."""

from fractions import Fraction

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from kpidesk.domain.decomposition import compute
from kpidesk.domain.model import Plan
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.tree_diagram import (
    BAD_TINT,
    GOOD_TINT,
    MAX_ZOOM,
    MIN_ZOOM,
    UNKNOWN_TINT,
    GapStatus,
    TreeDiagramView,
)

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def with_changes(original: Plan, node_id: int, **changes) -> Plan:
    nodes = dict(original.nodes)
    nodes[node_id] = nodes[node_id].with_changes(**changes)
    return Plan(original.name, nodes, original.reps)


@pytest.fixture
def show(qtbot, english):
    """A shown diagram of a plan, 1200 × 600 unless told otherwise."""

    def show(plan: Plan, width: int = 1200, height: int = 600) -> TreeDiagramView:
        view = TreeDiagramView()
        qtbot.addWidget(view)
        view.resize(width, height)
        view.set_plan(plan, compute(plan), NumberFormat())
        view.show()
        return view

    return show


@pytest.fixture
def view(show, demo):
    return show(demo)


def click_box(qtbot, view, node_id: int) -> None:
    centre = view.box_item(node_id).sceneBoundingRect().center()
    pos = view.mapFromScene(centre)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def visible_scene_rect(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_clicking_a_box_emits_its_node_id(qtbot, view):
    with qtbot.waitSignal(view.nodeClicked) as clicked:
        click_box(qtbot, view, PROSPECTS)
    assert clicked.args == [PROSPECTS]
    assert view.selected_node() == PROSPECTS


def test_select_node_highlights_only_that_box(view):
    view.select_node(DEALS)
    assert view.box_item(DEALS).highlighted
    assert view.box_item(DEALS).pen().widthF() > view.box_item(REVENUE).pen().widthF()
    view.select_node(CLOSE_RATE)
    assert not view.box_item(DEALS).highlighted
    assert view.box_item(CLOSE_RATE).highlighted


def test_select_node_scrolls_the_box_into_view(view):
    view.set_zoom(MAX_ZOOM)
    view.centerOn(view.box_item(REVENUE))
    view.select_node(CLOSE_RATE)
    assert visible_scene_rect(view).contains(view.box_item(CLOSE_RATE).sceneBoundingRect())


def test_arrow_keys_move_between_parent_children_and_siblings(qtbot, view):
    visited = []
    view.nodeClicked.connect(visited.append)
    view.select_node(REVENUE)
    for key in ("Right", "Right", "Down", "Up", "Left", "Down", "Left"):
        qtbot.keyClick(view, getattr(Qt.Key, f"Key_{key}"))
    assert visited == [DEALS, PROSPECTS, CLOSE_RATE, PROSPECTS, DEALS, UNIT_PRICE, REVENUE]
    assert view.selected_node() == REVENUE


def test_arrow_keys_stop_at_the_edges_of_the_tree(qtbot, view):
    visited = []
    view.nodeClicked.connect(visited.append)
    view.select_node(CLOSE_RATE)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
        qtbot.keyClick(view, key)
    assert visited == []
    assert view.selected_node() == CLOSE_RATE


def test_the_first_arrow_key_selects_the_root(qtbot, view):
    with qtbot.waitSignal(view.nodeClicked) as clicked:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert clicked.args == [REVENUE]


def test_the_selection_survives_a_rebuild(view, demo):
    view.select_node(PROSPECTS)
    changed = with_changes(demo, PROSPECTS, plan=Fraction(450))
    view.set_plan(changed, compute(changed), NumberFormat())
    assert view.selected_node() == PROSPECTS
    assert view.box_item(PROSPECTS).highlighted


def test_a_negative_gap_is_red_and_green_when_lower_is_better(show, demo):
    short = with_changes(demo, PROSPECTS, plan=Fraction(450))
    view = show(short)
    box = view.box_item(PROSPECTS)
    assert box.status is GapStatus.BAD
    assert box.brush().color() == BAD_TINT
    flipped = with_changes(short, PROSPECTS, lower_is_better=True)
    view.set_plan(flipped, compute(flipped), NumberFormat())
    box = view.box_item(PROSPECTS)
    assert box.status is GapStatus.GOOD
    assert box.brush().color() == GOOD_TINT


def test_a_gap_that_cannot_be_computed_is_amber(show, demo):
    view = show(with_changes(demo, PROSPECTS, plan=None))
    box = view.box_item(PROSPECTS)
    assert box.status is GapStatus.UNKNOWN
    assert box.brush().color() == UNKNOWN_TINT


def test_boxes_show_the_figures_of_their_node(view):
    assert view.box_item(REVENUE).rows == [
        ("Required", "¥10,000,000"),
        ("Plan", "—"),
        ("Projected", "¥10,000,000"),
        ("Gap", "±¥0"),
    ]
    assert view.box_item(PROSPECTS).rows[1] == ("Plan", "500")


def test_fit_makes_the_whole_scene_visible(show, demo):
    view = show(demo, 300, 200)
    view.set_zoom(MAX_ZOOM)
    view.fit()
    assert visible_scene_rect(view).contains(view.sceneRect())
    assert view.zoom() < 1


def test_zoom_is_clamped(view):
    for _ in range(40):
        view.zoom_in()
    assert view.zoom() == pytest.approx(MAX_ZOOM)
    for _ in range(40):
        view.zoom_out()
    assert view.zoom() == pytest.approx(MIN_ZOOM)
    view.reset_zoom()
    assert view.zoom() == pytest.approx(1)


def test_ctrl_wheel_zooms_and_plain_wheel_does_not(view):
    def wheel(modifiers):
        centre = QPointF(view.viewport().rect().center())
        event = QWheelEvent(
            centre,
            QPointF(view.viewport().mapToGlobal(centre.toPoint())),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)

    wheel(Qt.KeyboardModifier.NoModifier)
    assert view.zoom() == pytest.approx(1)
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > 1


def test_export_png_writes_the_whole_scene_at_the_given_scale(view, tmp_path):
    path = tmp_path / "tree.png"
    view.select_node(PROSPECTS)
    view.export_png(path, scale=2.0)
    image = QImage(str(path))
    assert not image.isNull()
    scene = view.sceneRect()
    assert image.width() == round(scene.width() * 2)
    assert image.height() == round(scene.height() * 2)
    assert image.pixelColor(1, 1).name() == "#ffffff"
    assert view.box_item(PROSPECTS).highlighted, "the selection comes back after the export"


def test_export_png_to_an_unwritable_path_raises(view, tmp_path):
    with pytest.raises(OSError):
        view.export_png(tmp_path / "no such folder" / "tree.png")


def test_export_svg_keeps_the_text_as_text(view, tmp_path):
    path = tmp_path / "tree.svg"
    view.export_svg(path)
    svg = path.read_text(encoding="utf-8")
    assert "<title>KPI tree</title>" in svg
    assert ">Prospects</text>" in svg
    assert "¥10,000,000" in svg


def test_export_svg_to_an_unwritable_path_raises(view, tmp_path):
    with pytest.raises(OSError):
        view.export_svg(tmp_path / "no such folder" / "tree.svg")


def test_clicking_the_background_emits_nothing(qtbot, view):
    clicked = []
    view.nodeClicked.connect(clicked.append)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert clicked == []


def test_an_empty_plan_shows_nothing_and_still_exports(qtbot, show, tmp_path):
    view = show(Plan("empty"))
    clicked = []
    view.nodeClicked.connect(clicked.append)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert clicked == []
    assert view.box_item(REVENUE) is None
    view.export_png(tmp_path / "empty.png")
    assert not QImage(str(tmp_path / "empty.png")).isNull()
