"""The ヨミ section of the meeting PDF: the forecast, by rank and rep, the largest open deals,
what moved since the last review, and what the gap asks of the tree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.model import TEAM, Unit
from kpidesk.domain.yomi import largest, rank_totals
from kpidesk.i18n.fill import fill
from kpidesk.i18n.yomi_messages import closed_unknown_text, flag_reason_text, move_name
from kpidesk.report.blocks import Block, Heading, Paragraph
from kpidesk.report.context import ReportContext
from kpidesk.report.table import Cell, Table
from kpidesk.report.texts import day_text
from kpidesk.services import yomi_service as yomi
from kpidesk.services.review_service import latest_review

translate = QCoreApplication.translate
LARGEST = 10


def yomi_section(context: ReportContext) -> list[Block]:
    """Left out for a closed period and for a plan with no deals."""
    session = context.session
    deals = yomi.deals_of(session)
    if context.closed or context.progress is None or not deals:
        return []
    view = yomi.yomi_forecast(session, context.progress.as_of)
    if view is None:
        return []
    width, faces, fmt = context.width, context.faces, context.number_format
    node = context.plan.nodes[view.node_id]

    def money(value) -> str:
        return "—" if value is None else fmt.value(value, node.unit, node.unit_label)

    forecast = view.forecast
    summary = fill(
        translate(
            "Report",
            "Pipeline forecast %1 (closed %2 + weighted deals %3); run-rate forecast %4; "
            "target %5; gap %6.",
        ),
        money(forecast.team.forecast),
        money(forecast.team.closed if view.closed_known else None),
        money(forecast.team.weighted),
        money(view.run_rate.value),
        money(view.target.value),
        fmt.signed(view.gap.value, node.unit, node.unit_label) if view.gap.ok else "—",
    )
    blocks: list[Block] = [
        Heading(width, faces.heading, translate("Report", "Pipeline (ヨミ)"), new_page=True),
        Paragraph(width, faces.body, summary),
    ]
    if not view.closed_known:  # nothing entered and nothing derivable: not "0 closed"
        blocks.append(Paragraph(width, faces.body, closed_unknown_text(node.name)))
    period, ranks = context.progress.period, yomi.ranks_of(session)
    rank_rows = [
        [
            Cell(total.rank or translate("Report", "typed")),
            Cell(fmt.value(total.probability, Unit.PERCENT)),
            Cell(str(total.deals)),
            Cell(money(total.amount)),
            Cell(money(total.weighted)),
        ]
        for total in rank_totals(deals, ranks, period)
    ]
    if rank_rows:
        title = translate("Report", "Open deals by rank")
        blocks += _table(context, title, _rank_headers(), rank_rows)
    names = {rep.id: rep.name for rep in context.plan.reps}
    rep_rows = [
        [
            Cell(names.get(rep_id, str(rep_id)) if rep_id != TEAM else translate("Report", "Team")),
            Cell(money(f.closed)),
            Cell(money(f.weighted)),
            Cell(money(f.forecast)),
        ]
        for rep_id, f in forecast.per_rep.items()
    ]
    if rep_rows:
        title = translate("Report", "Pipeline forecast by rep")
        blocks += _table(context, title, _rep_headers(), rep_rows)
    big = largest(deals, ranks, period, LARGEST)
    if big:
        rows = [_deal_row(context, deal, names, money) for deal in big]
        title = translate("Report", "Largest open deals")
        blocks += _table(context, title, _deal_headers(), rows)
    blocks += _moves(context, names, money)
    blocks += _asks(context, view, money)
    if forecast.flagged:
        left_out = ", ".join(
            fill(translate("Report", "%1 (%2)"), f.name, flag_reason_text(f.reason))
            for f in forecast.flagged
        )
        text = fill(translate("Report", "Left out of the forecast: %1"), left_out)
        blocks.append(Paragraph(width, faces.body, text))
    return blocks


def _table(context: ReportContext, title: str, headers: list[str], rows) -> list[Block]:
    continued = fill(translate("Report", "%1 (continued)"), title)
    return [
        Heading(context.width, context.faces.subheading, title, rule=False),
        Table(context.width, context.table_style(), headers, rows, continued),
    ]


def _rank_headers() -> list[str]:
    return [
        translate("Report", "Rank"),
        translate("Report", "Probability"),
        translate("Report", "Deals"),
        translate("Report", "Amount"),
        translate("Report", "Weighted"),
    ]


def _rep_headers() -> list[str]:
    return [
        translate("Report", "Rep"),
        translate("Report", "Closed"),
        translate("Report", "Weighted open deals"),
        translate("Report", "Forecast"),
    ]


def _deal_headers() -> list[str]:
    return [
        translate("Report", "Deal"),
        translate("Report", "Rep"),
        translate("Report", "Amount"),
        translate("Report", "Expected close"),
        translate("Report", "Rank"),
    ]


def _deal_row(context: ReportContext, deal, names, money) -> list[Cell]:
    fmt = context.number_format
    rank = deal.rank if deal.probability is None else fmt.value(deal.probability, Unit.PERCENT)
    return [
        Cell(deal.name),
        Cell(names.get(deal.rep_id, "")),
        Cell(money(deal.amount)),
        Cell(day_text(deal.close_date) if deal.close_date else "—"),
        Cell(rank),
    ]


def _moves(context: ReportContext, names, money) -> list[Block]:
    held = latest_review(context.session)
    if held is None:
        return []
    moves = yomi.moves_since_review(context.session, held.id)
    if not moves:
        return []
    rows = []
    for move in moves:
        deal = move.after or move.before
        before = move.before.close_date if move.before else None
        after = move.after.close_date if move.after else None
        days = " → ".join(day_text(d) for d in (before, after) if d is not None)
        if before == after and before is not None:
            days = day_text(before)
        rows.append(
            [
                Cell(move_name(move.move)),
                Cell(deal.name),
                Cell(names.get(deal.rep_id, "")),
                Cell(money(deal.amount)),
                Cell(days),
            ]
        )
    title = fill(translate("Report", "Changes since the review of %1"), day_text(held.held_on))
    headers = [
        translate("Report", "Change"),
        translate("Report", "Deal"),
        translate("Report", "Rep"),
        translate("Report", "Amount"),
        translate("Report", "Expected close"),
    ]
    return _table(context, title, headers, rows)


def _asks(context: ReportContext, view, money) -> list[Block]:
    steps = view.asks.steps
    if not steps:
        return []
    plan, fmt = context.plan, context.number_format
    parts = []
    for step in steps:
        node = plan.nodes[step.node_id]
        text = fill(
            translate("Report", "%1 more %2"),
            fmt.value(step.more, node.unit, node.unit_label),
            step.name,
        )
        if step.given:
            at = ", ".join(
                fmt.value(value, plan.nodes[i].unit, plan.nodes[i].unit_label)
                for i, _name, value in step.given
            )
            text = fill(translate("Report", "%1 at %2"), text, at)
        if step.per_day is not None:
            per_day = fmt.value(step.per_day, node.unit, node.unit_label)
            text = fill(translate("Report", "%1 (%2 per business day left)"), text, per_day)
        parts.append(text)
    sentence = fill(translate("Report", "What the gap asks: %1"), " = ".join(parts))
    return [Paragraph(context.width, context.faces.body, sentence)]
