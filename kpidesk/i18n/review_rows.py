"""A review's KPI rows, worded once for both the window's table and the meeting PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kpidesk.domain.model import Unit
from kpidesk.domain.progress import Status
from kpidesk.domain.review import KpiSnapshot, Review
from kpidesk.domain.smart import Result
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.messages import status_name
from kpidesk.i18n.smart_marks import smart_mark


@dataclass(frozen=True)
class ReviewRow:
    """One KPI of a review as its snapshot has it, every figure already in words."""

    node_id: int
    depth: int  # 0 for the KGI
    name: str
    target: str
    actual: str
    achievement: str
    progress: str
    status: Status
    status_text: str
    smart: str  # the SMART mark, or "" when the snapshot has none
    cause: str
    action: str
    owner: str
    due: date | None
    noted: bool  # a cause, action, owner or due day was written


def review_rows(review: Review, fmt: NumberFormat) -> list[ReviewRow]:
    """The review's KPIs in tree order, as the window and the PDF show them."""
    depth: dict[int | None, int] = {}
    rows = []
    for kpi in review.snapshot:
        depth[kpi.node_id] = depth.get(kpi.parent_id, -1) + 1
        item = review.item(kpi.node_id)
        status = Status(kpi.status) if kpi.status in set(Status) else Status.UNKNOWN
        smart = "" if kpi.smart is None else smart_mark(Result.PASS if kpi.smart else Result.FAIL)
        rows.append(
            ReviewRow(
                node_id=kpi.node_id,
                depth=depth[kpi.node_id],
                name=kpi.name,
                target=_value(kpi, kpi.target, fmt),
                actual=_value(kpi, kpi.actual, fmt),
                achievement=_percent(kpi.achievement, fmt),
                progress=_percent(kpi.progress, fmt),
                status=status,
                status_text=status_name(status),
                smart=smart,
                cause=item.cause,
                action=item.action,
                owner=item.owner,
                due=item.due,
                noted=not item.empty,
            )
        )
    return rows


def _value(kpi: KpiSnapshot, value, fmt: NumberFormat) -> str:
    return "—" if value is None else fmt.value(value, Unit(kpi.unit), kpi.unit_label)


def _percent(value, fmt: NumberFormat) -> str:
    return "—" if value is None else fmt.value(value, Unit.PERCENT)
