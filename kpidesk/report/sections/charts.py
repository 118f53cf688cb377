"""The charts of the Progress tab, painted as vectors: cumulative, achievement, reps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.progress import Kind, kind_of
from kpidesk.i18n.fill import fill
from kpidesk.report.blocks import Block, Heading
from kpidesk.report.context import ReportContext
from kpidesk.report.painted_charts import AchievementChart, CumulativeChart, RepChart
from kpidesk.services import chart_data

translate = QCoreApplication.translate
CHART_HEIGHT = 300.0
BAR_PITCH = 26.0  # per KPI on the achievement chart
AXES_ROOM = 60.0


def charts(context: ReportContext) -> list[Block]:
    """Left out without progress; a closed period shows only the achievement chart."""
    progress = context.progress
    if progress is None:
        return []
    faces, session = context.faces, context.session
    height = min(CHART_HEIGHT, context.height * 0.42)
    blocks: list[Block] = []
    for node_id in [] if context.closed else context.tree_order():
        if kind_of(context.plan, node_id) is not Kind.FLOW:
            continue
        if not chart_data.has_actuals(session, progress, node_id):  # its line would lie at 0
            continue
        series = chart_data.cumulative_chart(session, progress, node_id)
        if not any(series.actual):  # nothing entered for it: its line would lie at 0
            continue
        title = fill(translate("Report", "%1: cumulative against pace"), series.kpi)
        blocks += _chart(context, CumulativeChart, series, title, height)
    bars = chart_data.achievement_chart(session, progress)
    if not bars.empty:
        tall = min(context.height * 0.8, AXES_ROOM + BAR_PITCH * len(bars.items))
        title = translate("Report", "Achievement by KPI")
        blocks += _chart(context, AchievementChart, bars, title, max(height * 0.6, tall))
    for node_id in [] if context.closed else context.tree_order():
        series = chart_data.rep_chart(session, progress, node_id)
        if series.empty:
            continue
        title = fill(translate("Report", "%1 by rep: actual against target"), series.kpi)
        blocks += _chart(context, RepChart, series, title, height)
    if not blocks:
        return []
    return [Heading(context.width, faces.heading, translate("Report", "Charts")), *blocks]


def _chart(context: ReportContext, chart_class, series, title: str, height: float) -> list[Block]:
    """A subheading (plain text, drawn by the report) over the chart, painted as vectors."""
    width = context.width
    return [
        Heading(width, context.faces.subheading, title, rule=False),
        chart_class(width, height, series, context.number_format),
    ]
