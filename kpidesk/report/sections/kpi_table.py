"""The KPI table: every KPI in tree order with its target, progress, status and SMART marks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.progress import Status
from kpidesk.i18n.derived_texts import with_derivation
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import status_name
from kpidesk.i18n.smart_marks import smart_mark
from kpidesk.report.blocks import Block, Heading, Paragraph, Spacer
from kpidesk.report.context import ReportContext
from kpidesk.report.figures import DASH, percent, shown
from kpidesk.report.styles import STATUS_COLOUR, SUBTLE
from kpidesk.report.table import Cell, Table
from kpidesk.report.texts import SMART_LETTER, smart_legend
from kpidesk.services.smart_service import smart_of
from kpidesk.ui.palette import SMART_COLOUR

translate = QCoreApplication.translate


def kpi_table(context: ReportContext) -> list[Block]:
    order = context.tree_order()
    if not order:
        return []
    width, faces = context.width, context.faces
    title = translate("Report", "KPIs")
    headers = [
        translate("Report", "KPI"),
        translate("Report", "Target / required"),
        translate("Report", "Actual"),
        translate("Report", "Achievement"),
        translate("Report", "Progress"),
        translate("Report", "Forecast"),
        translate("Report", "Status"),
        translate("Report", "SMART"),
    ]
    rows = [_row(context, node_id) for node_id in order]
    continued = fill(translate("Report", "%1 (continued)"), title)
    return [
        Heading(width, faces.heading, title),
        Table(width, context.table_style(), headers, rows, continued),
        Spacer(width, 4),
        *_derived_note(context, order),
        Paragraph(width, faces.small, smart_legend(), SUBTLE),
    ]


def _derived_note(context: ReportContext, order: list[int]) -> list[Block]:
    """What the * beside an actual means: how each derived actual was worked out."""
    progress = context.progress
    derived = [
        with_derivation(context.plan.nodes[n].name, progress.nodes[n].derived)
        for n in order
        if progress is not None and n in progress.nodes and progress.nodes[n].derived
    ]
    if not derived:
        return []
    note = translate("Report", "* Not recorded, worked out through the tree: %1")
    text = fill(note, "; ".join(derived))
    return [Paragraph(context.width, context.faces.small, text, SUBTLE), Spacer(context.width, 2)]


def _row(context: ReportContext, node_id: int) -> list[Cell]:
    plan, fmt = context.plan, context.number_format
    node = plan.nodes[node_id]
    unit, label = node.unit, node.unit_label
    # the name and the target read exactly as in the tree view
    name = node.name + ("  (KGI)" if node.is_root else "")
    cells = [
        Cell(name, bold=node.is_root, indent=len(plan.ancestors(node_id))),
        Cell(fmt.figure(context.requirement(node_id), unit, label)),
    ]
    figures = context.progress.nodes.get(node_id) if context.progress else None
    if figures is None:
        cells += [Cell(DASH)] * 5
    else:
        p = figures.progress
        status = Status(p.status)
        cells += [
            Cell(shown(fmt, figures.actual, unit, label) + (" *" if figures.derived else "")),
            Cell(percent(fmt, p.achievement)),
            Cell(percent(fmt, p.progress)),
            Cell(shown(fmt, p.forecast, unit, label)),
            Cell(status_name(status), STATUS_COLOUR[status]),
        ]
    return [*cells, _smart_cell(context, node_id)]


def _smart_cell(context: ReportContext, node_id: int) -> Cell:
    if context.plan.nodes[node_id].is_root:
        return Cell("")  # SMART is asked of the KPIs, not of the goal
    assessment = smart_of(context.session, node_id)
    checks = assessment.checks
    text = " ".join(SMART_LETTER[c] + smart_mark(check.result) for c, check in checks.items())
    return Cell(text, SMART_COLOUR[assessment.worst()])
