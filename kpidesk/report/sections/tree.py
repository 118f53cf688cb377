"""The KPI tree diagram, as the Diagram tab draws it, fitted to the page or cut into slices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF

from kpidesk.domain.progress import Status
from kpidesk.report.blocks import Block, Heading, Paragraph
from kpidesk.report.context import ReportContext
from kpidesk.report.diagram_block import DiagramBlock
from kpidesk.report.diagram_boxes import DiagramLayout, GapStatus
from kpidesk.report.styles import SUBTLE

translate = QCoreApplication.translate
MIN_SCALE = 0.6  # below this the boxes' text gets too small to read: cut the tree instead
MAX_SCALE = 1.25  # a small tree is drawn a little larger, to be read across the table


def tree_diagram(context: ReportContext) -> list[Block]:
    """Left out for a closed period: the diagram shows the plan's figures as they are now."""
    plan = context.plan
    if plan.root is None or context.closed:
        return []
    statuses = _progress_colours(context)
    diagram = DiagramLayout(plan, context.session.figures, context.number_format, statuses)
    faces, width = context.faces, context.width
    heading = Heading(width, faces.heading, translate("Report", "KPI tree"))
    legend = Paragraph(width, faces.small, _legend(statuses is not None), SUBTLE)
    room = context.height - heading.height() - legend.height()
    source = diagram.bounds
    scale = min(MAX_SCALE, width / source.width(), room / source.height())
    if scale >= MIN_SCALE:
        return [heading, DiagramBlock(width, diagram, source, scale), legend]
    scale = min(1.0, width / source.width())
    slices = _slices(diagram, source, context.height / scale, room / scale)
    blocks: list[Block] = [heading]
    blocks += [DiagramBlock(width, diagram, part, scale) for part in slices]
    return [*blocks, legend]


BY_PROGRESS = {
    Status.ON_TRACK: GapStatus.GOOD,
    Status.LAGGING: GapStatus.LAGGING,
    Status.AT_RISK: GapStatus.BAD,
    Status.UNKNOWN: GapStatus.NO_DATA,
}


def _progress_colours(context: ReportContext) -> dict[int, GapStatus] | None:
    """Each box in its KPI's progress status, once the period has actuals; else None (the
    boxes then say whether the plan reaches the requirement, as on screen)."""
    progress = context.progress
    if progress is None or not any(n.actual.ok for n in progress.nodes.values()):
        return None
    colours = {}
    for node_id in context.plan.nodes:
        figures = progress.nodes.get(node_id)
        status = Status(figures.progress.status) if figures else Status.UNKNOWN
        colours[node_id] = BY_PROGRESS[status]
    return colours


def _legend(by_progress: bool) -> str:
    if by_progress:
        return translate(
            "Report",
            "Each box: required, planned and projected figures and the gap, coloured by "
            "progress. Green: on track; amber: lagging; red: at risk; grey: no actuals yet.",
        )
    return translate(
        "Report",
        "Each box: required, planned and projected figures and the gap. Green: the plan "
        "reaches the requirement; red: it falls short; amber: cannot be computed.",
    )


def _slices(diagram: DiagramLayout, source: QRectF, page: float, first: float) -> list[QRectF]:
    """Horizontal bands of the diagram, each cut where no box is, at most a page tall."""
    spans = diagram.box_spans()
    parts, top, room = [], source.top(), first
    while top < source.bottom():
        cut = min(source.bottom(), top + room)
        if cut < source.bottom():
            cut = _free_line(spans, top, cut)
        parts.append(QRectF(source.left(), top, source.width(), cut - top))
        top, room = cut, page
    return parts


def _free_line(spans: list[tuple[float, float]], top: float, cut: float) -> float:
    """The lowest line at or above `cut` that crosses no box (`cut` if every line does), the
    boxes given as their (top, bottom)."""
    line, moved = cut, True
    while moved:
        moved = False
        for box_top, box_bottom in spans:
            if box_top < line < box_bottom:
                line, moved = box_top - 1, True
    return line if line > top else cut
