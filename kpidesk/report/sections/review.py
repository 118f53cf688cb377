"""The latest review: its causes and actions, the previous actions, target revisions, the gap."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.model import Unit
from kpidesk.domain.progress import Status
from kpidesk.domain.review import Review
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import cadence_name
from kpidesk.i18n.review_rows import review_rows
from kpidesk.report.blocks import Block, Heading, Paragraph
from kpidesk.report.context import ReportContext
from kpidesk.report.painted_waterfall import PaintedWaterfall
from kpidesk.report.styles import STATUS_COLOUR
from kpidesk.report.table import Cell, Table
from kpidesk.report.texts import day_text
from kpidesk.services.attribution_service import as_attribution
from kpidesk.services.review_service import follow_ups, latest_review, revisions_for

translate = QCoreApplication.translate
WATERFALL_HEIGHT = 260.0


def review(context: ReportContext) -> list[Block]:
    """Left out when the plan has no review yet."""
    held = latest_review(context.session)
    if held is None:
        return []
    width, faces = context.width, context.faces
    title = fill(
        translate("Report", "%1 review of %2 (%3 – %4)"),
        cadence_name(held.cadence),
        day_text(held.held_on),
        day_text(held.first_day),
        day_text(held.last_day),
    )
    blocks: list[Block] = [
        Heading(width, faces.heading, translate("Report", "Latest review"), new_page=True),
        Paragraph(width, faces.body, title),
    ]
    if held.notes:
        blocks.append(Paragraph(width, faces.body, held.notes))
    blocks += _actions(context, held)
    blocks += _follow_ups(context, held)
    blocks += _revisions(context, held)
    blocks += _gap(context, held)
    return blocks


def _actions(context: ReportContext, held: Review) -> list[Block]:
    rows = [  # worded by i18n.review_rows, as in the window's table
        [
            Cell(line.name),
            Cell(line.status_text, STATUS_COLOUR[line.status]),
            Cell(line.cause),
            Cell(line.action),
            Cell(line.owner),
            Cell(day_text(line.due) if line.due else ""),
        ]
        for line in review_rows(held, context.number_format)
        if line.noted
    ]
    if not rows:
        return []
    title = translate("Report", "Causes and actions")
    headers = [
        translate("Report", "KPI"),
        translate("Report", "Status"),
        translate("Report", "Cause"),
        translate("Report", "Action"),
        translate("Report", "Owner"),
        translate("Report", "Due"),
    ]
    return _table(context, title, headers, rows)


def _follow_ups(context: ReportContext, held: Review) -> list[Block]:
    items = follow_ups(context.session, held)
    if not items:
        return []
    done, not_done = translate("Report", "Done"), translate("Report", "Not done")
    rows = [
        [
            Cell(f.item.action),
            Cell(f.kpi_name),
            Cell(f.item.owner),
            Cell(day_text(f.item.due) if f.item.due else ""),
            Cell(
                done if f.item.done else not_done,
                STATUS_COLOUR[Status.ON_TRACK if f.item.done else Status.AT_RISK],
            ),
        ]
        for f in items
    ]
    title = fill(
        translate("Report", "Actions from the review of %1"), day_text(items[0].review.held_on)
    )
    headers = [
        translate("Report", "Action"),
        translate("Report", "KPI"),
        translate("Report", "Owner"),
        translate("Report", "Due"),
        translate("Report", "Result"),
    ]
    return _table(context, title, headers, rows)


def _revisions(context: ReportContext, held: Review) -> list[Block]:
    lines = revisions_for(context.session, held)
    fmt = context.number_format
    rows = []
    for line in lines:
        unit = Unit(line.unit)

        def value(v, unit=unit, label=line.unit_label) -> str:
            return "—" if v is None else fmt.value(v, unit, label)

        for index, revision in enumerate(line.history.revisions):
            first = index == 0
            rows.append(
                [
                    Cell(line.name if first else ""),
                    Cell(value(line.history.original) if first else ""),
                    Cell(day_text(revision.day)),
                    Cell(value(revision.after)),
                    Cell(revision.reason),
                    Cell(value(line.actual) if first else ""),
                ]
            )
    if not rows:
        return []
    headers = [
        translate("Report", "KPI"),
        translate("Report", "Original plan"),
        translate("Report", "Revised on"),
        translate("Report", "New target"),
        translate("Report", "Reason"),
        translate("Report", "Actual"),
    ]
    return _table(context, translate("Report", "Target revisions"), headers, rows)


def _table(context: ReportContext, title: str, headers, rows) -> list[Block]:
    width, faces = context.width, context.faces
    continued = fill(translate("Report", "%1 (continued)"), title)
    return [
        Heading(width, faces.subheading, title, rule=False),
        Table(width, context.table_style(), headers, rows, continued),
    ]


def _gap(context: ReportContext, held: Review) -> list[Block]:
    """The KGI's gap by driver as the review saw it (the first KPI with a split)."""
    kpi = next((k for k in held.snapshot if k.gap is not None), None)
    if kpi is None:
        return []
    height = min(WATERFALL_HEIGHT, context.height * 0.4)
    chart = PaintedWaterfall(
        context.width, height, as_attribution(kpi, held), context.number_format
    )
    title = fill(translate("Report", "Why %1 is off plan, by driver"), kpi.name)
    return [
        Heading(context.width, context.faces.subheading, title, rule=False),
        chart,
    ]
