"""The report's sections, in order. Each builder turns the context into blocks; a builder with
nothing to show returns [] and the section is left out.

To add a section (the latest review, for instance), write a builder
`def review(context: ReportContext) -> list[Block]` and append it in `add_sections`.
"""

from __future__ import annotations

from collections.abc import Callable

from kpidesk.report.blocks import Block
from kpidesk.report.context import ReportContext
from kpidesk.report.sections.charts import charts
from kpidesk.report.sections.cover import cover
from kpidesk.report.sections.kpi_table import kpi_table
from kpidesk.report.sections.reps import rep_tables
from kpidesk.report.sections.review import review
from kpidesk.report.sections.summary import summary
from kpidesk.report.sections.tree import tree_diagram
from kpidesk.report.sections.yomi import yomi_section

SectionBuilder = Callable[[ReportContext], list[Block]]


def report_sections() -> list[SectionBuilder]:
    """Cover, summary, tree diagram, KPI table, charts, per-rep tables, then any added ones."""
    sections: list[SectionBuilder] = [
        cover,
        summary,
        tree_diagram,
        kpi_table,
        charts,
        rep_tables,
    ]
    add_sections(sections)
    return sections


def add_sections(sections: list[SectionBuilder]) -> None:
    """The hook for sections built elsewhere: append them to `sections` (in place)."""
    sections.append(yomi_section)  # the ヨミ, after the per-rep tables
    sections.append(review)  # the latest review, after the per-rep tables
