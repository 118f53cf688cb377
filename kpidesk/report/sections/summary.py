"""The summary: the KGI's target, actual, achievement, progress, forecast and status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.accumulation import accumulates
from kpidesk.domain.model import Unit
from kpidesk.domain.progress import Status
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import status_name
from kpidesk.report.blocks import Block, Facts, Heading, Paragraph, Spacer, Tiles
from kpidesk.report.context import ReportContext
from kpidesk.report.figures import percent, shown
from kpidesk.report.styles import ACCENT, STATUS_COLOUR
from kpidesk.services.smart_service import smart_of

translate = QCoreApplication.translate


def summary(context: ReportContext) -> list[Block]:
    plan, fmt, faces, width = context.plan, context.number_format, context.faces, context.width
    root = plan.root
    if root is None:
        return []
    unit, label = root.unit, root.unit_label
    target = context.requirement(root.id)
    tiles = [(translate("Report", "KGI target"), shown(fmt, target, unit, label), ACCENT)]
    progress = context.progress.nodes.get(root.id) if context.progress else None
    if progress is not None:
        p = progress.progress
        status = Status(p.status)
        tiles += [
            (translate("Report", "Actual"), shown(fmt, progress.actual, unit, label), ACCENT),
            (translate("Report", "Achievement"), percent(fmt, p.achievement), ACCENT),
            (translate("Report", "Progress"), percent(fmt, p.progress), ACCENT),
            (translate("Report", "Forecast"), shown(fmt, p.forecast, unit, label), ACCENT),
            (translate("Report", "Status"), status_name(status), STATUS_COLOUR[status]),
        ]
    else:
        figures = context.session.figures[root.id]
        tiles.append(
            (translate("Report", "Projected"), shown(fmt, figures.projected, unit, label), ACCENT)
        )
    blocks: list[Block] = [
        Heading(width, faces.heading, translate("Report", "Summary"), new_page=True),
        Paragraph(
            width, faces.subheading, fill(translate("Report", "KGI: %1"), root.name), after=8
        ),
        Tiles(width, faces.small, faces.figure, tiles),
    ]
    sentence = _forecast_sentence(context, progress, target)
    if sentence:
        blocks.append(Paragraph(width, faces.body, sentence, after=10))
    blocks += [Spacer(width, 4), Facts(width, faces.body, faces.body, _facts(context))]
    return blocks


def _forecast_sentence(context: ReportContext, progress, target) -> str:
    if progress is None or not target.ok or not target.value:
        return ""
    forecast = progress.progress.forecast
    if not forecast.ok:
        return ""
    root, fmt = context.plan.root, context.number_format
    share = forecast.value / target.value
    if context.closed:
        actual = progress.actual
        if not actual.ok:
            return ""
        return fill(
            translate("Report", "%1 ended the period at %2, %3 of its target."),
            root.name,
            fmt.value(actual.value, root.unit, root.unit_label),
            fmt.value(actual.value / target.value, Unit.PERCENT),
        )
    return fill(
        translate("Report", "At the current pace, %1 ends the period at %2, %3 of its target."),
        root.name,
        fmt.value(forecast.value, root.unit, root.unit_label),
        fmt.value(share, Unit.PERCENT),
    )


def _facts(context: ReportContext) -> list[tuple[str, str]]:
    facts = []
    progress, root, fmt = context.progress, context.plan.root, context.number_format
    if progress is not None:
        days = progress.business_days
        elapsed = sum(1 for day in days if day <= progress.as_of)
        facts.append(
            (
                translate("Report", "Business days"),
                fill(
                    translate("Report", "%1 in the period, %2 passed, %3 to go"),
                    len(days),
                    elapsed,
                    len(days) - elapsed,
                ),
            )
        )
        pace = progress.nodes[root.id].progress.required_pace
        flow = accumulates(context.plan, root.id)  # a level KGI (a rate) has no daily pace
        if pace.ok and flow and not context.closed:
            facts.append(
                (
                    translate("Report", "Needed per business day"),
                    fmt.value(pace.value, root.unit, root.unit_label),
                )
            )
    kpis = [node for node in context.plan.nodes.values() if not node.is_root]
    if kpis:
        smart = sum(1 for node in kpis if smart_of(context.session, node.id).smart)
        facts.append(
            (
                translate("Report", "SMART"),
                fill(translate("Report", "%1 of %2 KPIs meet all five criteria"), smart, len(kpis)),
            )
        )
    return facts
