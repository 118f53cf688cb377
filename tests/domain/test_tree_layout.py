"""The diagram layout: exact places for the demo, and tidy for any tree."""

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.model import Node, Plan
from kpidesk.domain.tree_layout import Box, connector_pieces, connectors, layout

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
WIDTH, HEIGHT, H_GAP, V_GAP = 100, 40, 20, 10


def test_the_demo_plan_is_laid_out_left_to_right_with_leaves_in_tree_order(demo):
    boxes = layout(demo, WIDTH, HEIGHT, H_GAP, V_GAP)
    assert boxes == {
        REVENUE: Box(REVENUE, 0, 62.5, WIDTH, HEIGHT),
        DEALS: Box(DEALS, 120, 25, WIDTH, HEIGHT),
        UNIT_PRICE: Box(UNIT_PRICE, 120, 100, WIDTH, HEIGHT),
        PROSPECTS: Box(PROSPECTS, 240, 0, WIDTH, HEIGHT),
        CLOSE_RATE: Box(CLOSE_RATE, 240, 50, WIDTH, HEIGHT),
    }


def test_connectors_are_elbows_meeting_on_a_spine_halfway_across_the_gap(demo):
    lines = {
        (line.parent_id, line.child_id): line.points
        for line in connectors(demo, layout(demo, WIDTH, HEIGHT, H_GAP, V_GAP))
    }
    assert lines == {
        (REVENUE, DEALS): ((100, 82.5), (110, 82.5), (110, 45), (120, 45)),
        (REVENUE, UNIT_PRICE): ((100, 82.5), (110, 82.5), (110, 120), (120, 120)),
        (DEALS, PROSPECTS): ((220, 45), (230, 45), (230, 20), (240, 20)),
        (DEALS, CLOSE_RATE): ((220, 45), (230, 45), (230, 70), (240, 70)),
    }


def test_a_child_level_with_its_parent_gets_a_straight_line():
    plan = Plan("chain", {1: Node(1, None, 0, "KGI"), 2: Node(2, 1, 0, "KPI")})
    (line,) = connectors(plan, layout(plan, WIDTH, HEIGHT, H_GAP, V_GAP))
    assert line.points == ((100, 20), (120, 20))


def test_an_empty_plan_has_no_boxes():
    assert layout(Plan("empty"), WIDTH, HEIGHT, H_GAP, V_GAP) == {}


# strategies built once, not one for each node drawn
node_counts, positions = st.integers(1, 40), st.integers(0, 5)
parents_of = {node_id: st.integers(1, node_id - 1) for node_id in range(2, 41)}


@st.composite
def trees(draw):
    """Random trees: every node after the first hangs under an earlier one, in random order."""
    count = draw(node_counts)
    nodes = {1: Node(1, None, 0, "n1")}
    for node_id in range(2, count + 1):
        parent_id = draw(parents_of[node_id])
        position = draw(positions)
        nodes[node_id] = Node(node_id, parent_id, position, f"n{node_id}")
    return Plan("random", nodes)


sizes = st.tuples(
    st.integers(20, 300), st.integers(10, 120), st.integers(0, 80), st.integers(0, 40)
)


def no_two_boxes_overlap(plan, boxes):
    assert len(boxes) == len(plan.nodes)
    listed = list(boxes.values())
    for i, box in enumerate(listed):
        for other in listed[i + 1 :]:
            assert not box.overlaps(other), (box, other)


def every_parent_is_centred_on_its_children_and_left_of_them(plan, boxes):
    for node_id, box in boxes.items():
        children = [boxes[child.id] for child in plan.children_of(node_id)]
        if not children:
            continue
        assert box.centre_y == (children[0].centre_y + children[-1].centre_y) / 2
        assert all(child.x >= box.right for child in children)


def connectors_join_each_parent_to_each_child_with_right_angles(plan, boxes):
    lines = connectors(plan, boxes)
    assert len(lines) == len(plan.nodes) - 1
    for line in lines:
        parent, child = boxes[line.parent_id], boxes[line.child_id]
        assert line.points[0] == (parent.right, parent.centre_y)
        assert line.points[-1] == (child.x, child.centre_y)
        for (x1, y1), (x2, y2) in zip(line.points, line.points[1:], strict=False):
            assert x1 == x2 or y1 == y2


# 200 trees of 1-40 nodes in boxes of every size, each checked for all three properties (they
# were three tests drawing 500 trees between them: drawing a tree cost far more than checking)
@settings(max_examples=200, deadline=None)
@given(trees(), sizes)
def test_any_tree_is_laid_out_without_overlaps_centred_and_joined_at_right_angles(plan, size):
    boxes = layout(plan, *size)
    no_two_boxes_overlap(plan, boxes)
    every_parent_is_centred_on_its_children_and_left_of_them(plan, boxes)
    connectors_join_each_parent_to_each_child_with_right_angles(plan, boxes)


def test_leaves_are_stacked_top_to_bottom_in_tree_order(demo):
    boxes = layout(demo, WIDTH, HEIGHT, H_GAP, V_GAP)
    leaves = [PROSPECTS, CLOSE_RATE, UNIT_PRICE]
    tops = [boxes[leaf].y for leaf in leaves]
    assert tops == sorted(tops) == [0, 50, 100]


def test_a_family_s_elbows_share_one_stub_and_one_spine(demo):
    lines = [line.points for line in connectors(demo, layout(demo, WIDTH, HEIGHT, H_GAP, V_GAP))]
    assert sorted(connector_pieces(lines)) == sorted(
        [
            ((100, 82.5), (110, 82.5)),  # revenue's stub, once for its two children
            ((110, 45), (110, 120)),  # its spine, from the deals' height to the unit price's
            ((110, 45), (120, 45)),
            ((110, 120), (120, 120)),
            ((220, 45), (230, 45)),
            ((230, 20), (230, 70)),
            ((230, 20), (240, 20)),
            ((230, 70), (240, 70)),
        ]
    )


def test_a_straight_connector_is_one_piece():
    assert connector_pieces([((100, 20), (120, 20))]) == [((100, 20), (120, 20))]


def covered(pieces) -> dict:
    """What axis-parallel pieces cover: on each vertical or horizontal line, merged spans."""
    spans: dict = {}
    for (x1, y1), (x2, y2) in pieces:
        if x1 == x2:
            key, low, high = ("x", x1), min(y1, y2), max(y1, y2)
        else:
            key, low, high = ("y", y1), min(x1, x2), max(x1, x2)
        spans.setdefault(key, []).append((low, high))
    merged = {}
    for key, intervals in spans.items():
        joined: list[list[float]] = []
        for low, high in sorted(intervals):
            if joined and low <= joined[-1][1]:
                joined[-1][1] = max(joined[-1][1], high)
            else:
                joined.append([low, high])
        merged[key] = joined
    return merged


@settings(max_examples=100, deadline=None)
@given(trees())
def test_the_pieces_cover_exactly_what_the_elbows_cover_with_no_piece_twice(plan):
    lines = [line.points for line in connectors(plan, layout(plan, 100, 40, 20, 10))]
    pieces = connector_pieces(lines)
    elbows = [piece for points in lines for piece in pairwise(points)]
    assert covered(pieces) == covered(elbows)
    assert len(set(pieces)) == len(pieces)
    assert len(pieces) <= 2 * len(lines) + 1
