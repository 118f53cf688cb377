"""The rep's own numbers in their package: share, pace, actual to date and progress per KPI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from kpidesk.domain.calendar import business_days
from kpidesk.domain.model import Node


@dataclass(frozen=True)
class RepRow:
    """One KPI of the tree as its rep sees it; the share figures are None when the KPI is not
    split across the reps (it is the team's)."""

    node: Node
    depth: int
    team_required: Fraction | None
    required: Fraction | None
    planned: Fraction | None
    per_week: Fraction | None
    per_day: Fraction | None
    actual: Fraction | None
    progress: Fraction | None  # actual ÷ the share due by today (business days passed)


def rep_rows(opened, today: date) -> list[RepRow]:
    """Every KPI of the package's tree, KGI first, with the rep's figures."""
    session = opened.session
    header = opened.header
    closed = set(opened.holidays) | set(session.closed_days)
    days = business_days(header.first_day, header.last_day, closed)
    passed = sum(1 for day in days if day <= today)
    totals = session.actuals.totals(header.first_day, min(today, header.last_day))
    plan = session.plan
    rows = []
    for node_id in plan.subtree_ids(plan.root.id) if plan.root else []:
        node = plan.nodes[node_id]
        share = opened.shares.get(node_id)
        actual = totals.get((node_id, header.rep_id))
        progress = None
        if share is not None and share.required and actual is not None and passed:
            progress = actual / (share.required * passed / len(days))
        rows.append(
            RepRow(
                node,
                len(plan.ancestors(node_id)),
                session.figures[node_id].required.value,
                share.required if share else None,
                share.planned if share else None,
                share.per_week if share else None,
                share.per_day if share else None,
                actual,
                progress,
            )
        )
    return rows
