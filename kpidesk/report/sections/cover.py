"""The cover: what the report is, for which plan, period and team, and when it was made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.i18n.fill import fill
from kpidesk.report.blocks import Block, Facts, Paragraph, Spacer
from kpidesk.report.context import ReportContext
from kpidesk.report.styles import SUBTLE
from kpidesk.report.texts import day_text, period_text

translate = QCoreApplication.translate


def cover(context: ReportContext) -> list[Block]:
    width, faces, plan = context.width, context.faces, context.plan
    facts = []
    period = context.period
    if period is not None:
        days = context.progress.business_days if context.progress else ()
        text = period_text(period)
        if days:
            text = fill(translate("Report", "%1 (%2 business days)"), text, len(days))
        facts.append((translate("Report", "Period"), text))
    reps = plan.active_reps
    names = translate("Report", ", ").join(rep.name for rep in reps)
    team = fill(translate("Report", "%1 reps: %2"), len(reps), names) if reps else ""
    facts.append((translate("Report", "Team"), team))
    if context.progress is not None:
        facts.append((translate("Report", "Progress as of"), day_text(context.progress.as_of)))
    facts.append((translate("Report", "Exported"), day_text(context.exported)))
    return [
        Spacer(width, context.height * 0.2),
        Paragraph(width, faces.subtitle, translate("Report", "KPI meeting report"), SUBTLE, 6),
        Paragraph(width, faces.title, plan.name, after=28),
        Facts(width, faces.body, faces.subheading, facts),
    ]
