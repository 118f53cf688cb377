"""Why a KPI is behind in a period: its gap to date split across its drivers, fairly mid-period.

"Planned" is what the plan expects by the progress figures' date: a flow KPI (deals, revenue)
at its pace, the target pro-rated by business days; a level KPI (unit price, close rate) at its
required value. "Actual" is the KPI's actual so far. So in the middle of a month, revenue is
compared with revenue due by today, built from deals due by today at the planned unit price.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from kpidesk.domain.attribution import Attribution, DriverPart, attribute
from kpidesk.domain.model import Unit
from kpidesk.domain.problems import Figure, Problem
from kpidesk.domain.progress import Kind, kind_of
from kpidesk.domain.review import KpiSnapshot, Review
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import PeriodProgress


@dataclass(frozen=True)
class GapAttribution:
    """A KPI's gap (actual − planned, in its own unit) and each driver's part of it.

    `parts` and `other` add up exactly to `gap`. When `problem` is set the gap could not be
    split: `parts` is empty and Problem.node names the missing figure; `planned` and `actual`
    are still given when they are known. `pro_rated` says the plan is the pace to date (a flow
    KPI before the period's end) rather than the whole target.
    """

    node_id: int
    name: str
    unit: Unit
    unit_label: str
    lower_is_better: bool
    as_of: date
    pro_rated: bool
    planned: Fraction | None
    actual: Fraction | None
    parts: tuple[DriverPart, ...]  # (child id, child name, amount), in the children's order
    other: Fraction
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.attribution.ok

    @property
    def gap(self) -> Fraction | None:
        return self.attribution.gap

    @property
    def attribution(self) -> Attribution:
        """The domain result, for kpidesk.domain.attribution.waterfall_steps."""
        return Attribution(
            self.node_id, self.planned, self.actual, self.parts, self.other, self.problem
        )


def gap_attribution(session: PlanSession, node_id: int, progress: PeriodProgress) -> GapAttribution:
    """Split node_id's gap as of the progress figures' date (current or closed period) across
    its direct children; call it again with a child's id to drill down."""
    plan = session.plan
    node = plan.nodes[node_id]
    ids = [node_id, *(child.id for child in plan.children_of(node_id))]
    planned: dict[int, Figure] = {}
    actual: dict[int, Figure] = {}
    for kpi in ids:
        figures = progress.nodes.get(kpi)
        if figures is not None:
            planned[kpi] = figures.progress.expected_to_date
            actual[kpi] = figures.actual
    result = attribute(plan, node_id, planned, actual)
    days = progress.business_days
    before_the_end = bool(days) and progress.as_of < days[-1]
    return GapAttribution(
        node_id=node_id,
        name=node.name,
        unit=node.unit,
        unit_label=node.unit_label,
        lower_is_better=node.lower_is_better,
        as_of=progress.as_of,
        pro_rated=before_the_end and kind_of(plan, node_id) is Kind.FLOW,
        planned=result.planned,
        actual=result.actual,
        parts=result.parts,
        other=result.other,
        problem=result.problem,
    )


def as_attribution(kpi: KpiSnapshot, review: Review) -> GapAttribution:
    """The snapshot's gap in the form the waterfall chart draws."""
    gap = kpi.gap
    return GapAttribution(
        node_id=kpi.node_id,
        name=kpi.name,
        unit=Unit(kpi.unit),
        unit_label=kpi.unit_label,
        lower_is_better=gap.lower_is_better,
        as_of=review.held_on,
        pro_rated=gap.pro_rated,
        planned=gap.planned,
        actual=gap.actual,
        parts=tuple(DriverPart(p.node_id, p.name, p.amount) for p in gap.parts),
        other=gap.other,
    )
