"""At 1366×768 the review's cause and action columns keep room to read, and the "why we are
behind" waterfall has the height of a chart, with a visible handle to give it more."""

from datetime import date

from PySide6.QtGui import QFontMetrics

from tests.ui.test_reviews_ui import (
    DEALS,
    REVENUE,
    UNIT_PRICE,
    hold_review,
    november,  # noqa: F401 (the fixture)
    november_200,  # noqa: F401 (the fixture the one above copies)
    select,
    write,
)

CAUSE, ACTION = 7, 8


def test_cause_and_action_share_the_room_left_and_keep_a_readable_width(qtbot, november):  # noqa: F811
    november.resize(1366, 768)
    panel = hold_review(qtbot, november)
    select(qtbot, panel, REVENUE)
    write(qtbot, panel.cause, "大口顧客の発注が来月にずれ込んだため、当月の売上が大きく不足した")
    write(qtbot, panel.action, "来週中に見込み客へ再訪問")
    header = panel.kpis.horizontalHeader()
    twelve_chars = QFontMetrics(panel.kpis.font()).horizontalAdvance("対策" * 6)
    qtbot.waitUntil(  # once the table has laid the typed text out
        lambda: min(header.sectionSize(ACTION), header.sectionSize(CAUSE)) >= twelve_chars
    )


def test_the_waterfall_is_a_chart_not_a_strip_at_1366_by_768(qtbot, november):  # noqa: F811
    november.resize(1366, 768)
    november.document.controller.record_actuals(
        {
            (DEALS, 1, date(2026, 11, 10)): "60",
            (UNIT_PRICE, 0, date(2026, 11, 10)): "110000",
            (REVENUE, 0, date(2026, 11, 10)): "6600000",
        }
    )
    panel = hold_review(qtbot, november)
    panel.sections.setCurrentWidget(panel.gap_page)
    qtbot.waitUntil(lambda: panel.gap is not None and panel.gap.chart.isVisible())
    qtbot.waitUntil(lambda: panel.gap.chart.height() >= 200)  # once the section is laid out
    splitter = panel.findChild(type(panel.sections.parentWidget()), "reviewSplitter")
    assert splitter is not None and splitter.handleWidth() >= 6
    assert not splitter.childrenCollapsible()
