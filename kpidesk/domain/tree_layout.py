"""Where each box of the KPI tree diagram goes: root at left, leaves stacked top to bottom."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from kpidesk.domain.model import Plan

Point = tuple[float, float]


@dataclass(frozen=True)
class Box:
    """A node's rectangle in diagram coordinates; y grows downwards."""

    node_id: int
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def centre_y(self) -> float:
        return self.y + self.height / 2

    def overlaps(self, other: Box) -> bool:
        """True when the two rectangles share interior area (touching edges do not count)."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True)
class Connector:
    """An orthogonal elbow from a parent's right edge to a child's left edge."""

    parent_id: int
    child_id: int
    points: tuple[Point, ...]


def layout(
    plan: Plan, box_width: float, box_height: float, h_gap: float, v_gap: float
) -> dict[int, Box]:
    """Boxes for the root's subtree: one column per depth, one row per leaf, in tree order.

    Each parent sits halfway between its first and last child's centres, so it stays within
    the rows of its own leaves; as sibling subtrees own disjoint rows, no two boxes overlap.
    """
    root = plan.root
    if root is None:
        return {}
    order, depth = _preorder(plan, root.id)
    row_pitch = box_height + v_gap
    centre: dict[int, float] = {}
    leaf_row = 0
    for node_id in order:
        if not plan.children_of(node_id):
            centre[node_id] = leaf_row * row_pitch + box_height / 2
            leaf_row += 1
    for node_id in reversed(order):  # children before their parent
        children = plan.children_of(node_id)
        if children:
            centre[node_id] = (centre[children[0].id] + centre[children[-1].id]) / 2
    column_pitch = box_width + h_gap
    return {
        node_id: Box(
            node_id,
            depth[node_id] * column_pitch,
            centre[node_id] - box_height / 2,
            box_width,
            box_height,
        )
        for node_id in order
    }


def connectors(plan: Plan, boxes: dict[int, Box]) -> list[Connector]:
    """One polyline per parent–child pair, meeting on a vertical spine halfway across the gap."""
    lines = []
    for parent_id, parent in boxes.items():
        for child in plan.children_of(parent_id):
            if child.id in boxes:
                lines.append(Connector(parent_id, child.id, elbow(parent, boxes[child.id])))
    return lines


def elbow(parent: Box, child: Box) -> tuple[Point, ...]:
    """From the parent's right-middle across to the spine, along it, to the child's left-middle."""
    start = (parent.right, parent.centre_y)
    end = (child.x, child.centre_y)
    if start[1] == end[1]:
        return (start, end)
    spine_x = parent.right + (child.x - parent.right) / 2
    return (start, (spine_x, start[1]), (spine_x, end[1]), end)


Piece = tuple[Point, Point]


def connector_pieces(lines: list[tuple[Point, ...]]) -> list[Piece]:
    """The connectors as straight pieces, each drawn once: a family's elbows share the stub
    from the parent and the spine, so a parent with 2,000 children has one stub, one spine and
    2,000 stubs to the children, not 2,000 spines laid over each other. Covers exactly the
    points the elbows cover."""
    pieces: list[Piece] = []
    spines: dict[tuple[Point, float], list[float]] = {}  # (start, spine x) -> [top, bottom]
    for points in lines:
        if len(points) != 4:  # a straight line (a child level with its parent)
            pieces.extend(pairwise(points))
            continue
        start, (spine_x, start_y), (_x, end_y), end = points
        family = (start, spine_x)
        if family not in spines:
            spines[family] = [start_y, start_y]
            pieces.append((start, (spine_x, start_y)))
        span = spines[family]
        span[0], span[1] = min(span[0], end_y), max(span[1], end_y)
        pieces.append(((spine_x, end_y), end))
    pieces.extend(((x, top), (x, bottom)) for (_start, x), (top, bottom) in spines.items())
    return pieces


def _preorder(plan: Plan, root_id: int) -> tuple[list[int], dict[int, int]]:
    """Node ids parents-first in tree order, and each node's depth; iterative for deep trees."""
    order: list[int] = []
    depth = {root_id: 0}
    stack = [root_id]
    while stack:
        node_id = stack.pop()
        order.append(node_id)
        children = plan.children_of(node_id)
        for child in reversed(children):
            depth[child.id] = depth[node_id] + 1
            stack.append(child.id)
    return order, depth
