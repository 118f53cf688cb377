"""The review's rows are worded once: the window's table and the PDF's causes and actions agree."""

import importlib

from kpidesk.i18n.review_rows import review_rows
from kpidesk.ui.palette import STATUS_COLOUR
from tests.ui.test_reviews_ui import (  # noqa: F401 (november and november_200 are fixtures)
    PROSPECTS,
    hold_review,
    kpi_row,
    november,
    november_200,
    select,
    write,
)

review_section = importlib.import_module("kpidesk.report.sections.review")  # not the function


def test_the_window_and_the_pdf_show_a_reviews_kpi_in_the_same_words(
    qtbot,
    november,  # noqa: F811
    monkeypatch,
):
    panel = hold_review(qtbot, november)
    select(qtbot, panel, PROSPECTS)
    write(qtbot, panel.cause, "展示会が中止")
    write(qtbot, panel.action, "紹介依頼を週5件")
    review = november.document.session.reviews[0]
    [line] = [r for r in review_rows(review, november.number_format) if r.node_id == PROSPECTS]
    assert kpi_row(panel, "Prospects")[1:9] == [
        "500",
        "200",
        "40 %",
        line.progress,
        line.status_text,
        line.smart,
        "展示会が中止",
        "紹介依頼を週5件",
    ]
    assert [line.target, line.actual, line.achievement] == ["500", "200", "40 %"]

    class Context:  # what the PDF's table of causes and actions reads
        number_format = november.number_format

    tables = []
    monkeypatch.setattr(
        review_section, "_table", lambda context, title, headers, rows: tables.append(rows)
    )
    review_section._actions(Context, review)
    [[pdf_row]] = tables  # only the KPI with notes
    assert [cell.text for cell in pdf_row] == [
        "Prospects",
        line.status_text,
        "展示会が中止",
        "紹介依頼を週5件",
        "",
        "",
    ]
    assert pdf_row[1].colour == STATUS_COLOUR[line.status]
