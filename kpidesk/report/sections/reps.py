"""Per-rep tables: for each KPI split across the team, every rep's share and progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.problems import Figure
from kpidesk.domain.progress import Status
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import status_name
from kpidesk.report.blocks import Block, Heading
from kpidesk.report.context import ReportContext
from kpidesk.report.figures import percent, shown
from kpidesk.report.styles import STATUS_COLOUR
from kpidesk.report.table import Cell, Table

translate = QCoreApplication.translate


def rep_tables(context: ReportContext) -> list[Block]:
    if context.progress is None:
        return []
    width, faces = context.width, context.faces
    blocks: list[Block] = []
    for node_id in context.tree_order():
        by_rep = context.progress.by_rep.get(node_id)
        if not by_rep:
            continue
        node = context.plan.nodes[node_id]
        title = fill(translate("Report", "%1 by rep"), node.name)
        continued = fill(translate("Report", "%1 (continued)"), title)
        rows = [_row(context, node_id, rep_id, figures) for rep_id, figures in by_rep.items()]
        blocks += [
            Heading(width, faces.subheading, title, rule=False),
            Table(width, context.table_style(), _headers(), rows, continued),
        ]
    if not blocks:
        return []
    return [Heading(width, faces.heading, translate("Report", "By rep")), *blocks]


def _headers() -> list[str]:
    return [
        translate("Report", "Rep"),
        translate("Report", "Target"),
        translate("Report", "Actual"),
        translate("Report", "Achievement"),
        translate("Report", "Progress"),
        translate("Report", "Forecast"),
        translate("Report", "Status"),
    ]


def _row(context: ReportContext, node_id: int, rep_id: int, figures) -> list[Cell]:
    node, fmt = context.plan.nodes[node_id], context.number_format
    unit, label = node.unit, node.unit_label
    names = {rep.id: rep.name for rep in context.plan.reps}
    split = context.session.splits(node_id).required
    share = split.parts.get(rep_id) if split is not None and split.ok else None
    p = figures.progress
    status = Status(p.status)
    return [
        Cell(names[rep_id]),
        Cell(shown(fmt, Figure.of(share) if share is not None else None, unit, label)),
        Cell(shown(fmt, figures.actual, unit, label)),
        Cell(percent(fmt, p.achievement)),
        Cell(percent(fmt, p.progress)),
        Cell(shown(fmt, p.forecast, unit, label)),
        Cell(status_name(status), STATUS_COLOUR[status]),
    ]
