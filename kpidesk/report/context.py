"""Everything a section needs to build its blocks: the plan, its progress, formats, page size."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtGui import QPaintDevice

from kpidesk.domain.periods import Period, PeriodKind
from kpidesk.domain.problems import Figure
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.report.options import ReportOptions
from kpidesk.report.styles import Faces
from kpidesk.report.table import TableStyle
from kpidesk.services import clock
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import PeriodProgress, period_progress, period_requirements


@dataclass
class ReportContext:
    """One export's data. `width` and `height` are the content area of a page, in PDF units."""

    session: PlanSession
    options: ReportOptions
    progress: PeriodProgress | None
    number_format: NumberFormat
    faces: Faces
    width: float
    height: float
    exported: date
    requirements: dict[int, Figure] = field(default_factory=dict)

    @property
    def plan(self):
        return self.session.plan

    @property
    def closed(self) -> bool:
        return self.options.frozen is not None

    @property
    def period(self) -> Period | None:
        if self.progress is not None:
            return self.progress.period
        if self.options.frozen is not None:
            _id, kind, first, last = self.options.frozen
            return Period(PeriodKind(kind), first, last)
        return self.session.current_period()

    def requirement(self, node_id: int) -> Figure:
        """The KPI's target for the period: what the tree shows, or what it was at closing."""
        if node_id in self.requirements:
            return self.requirements[node_id]
        return self.session.figures[node_id].required

    def table_style(self) -> TableStyle:
        faces = self.faces
        return TableStyle(faces.body, faces.bold, faces.small_bold, faces.small)

    def tree_order(self) -> list[int]:
        return self.plan.tree_order()


def build_context(
    session: PlanSession,
    options: ReportOptions,
    number_format: NumberFormat,
    device: QPaintDevice,
    width: float,
    height: float,
) -> ReportContext:
    frozen = options.frozen
    progress = period_progress(session, options.as_of, frozen)
    requirements = period_requirements(session, frozen) if frozen is not None else {}
    return ReportContext(
        session=session,
        options=options,
        progress=progress,
        number_format=number_format,
        faces=Faces(device),
        width=width,
        height=height,
        exported=clock.today(),
        requirements=requirements,
    )
