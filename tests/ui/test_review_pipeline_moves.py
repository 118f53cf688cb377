"""The Reviews tab lists what moved in the ヨミ since the review before (won, lost, slipped,
new, dropped), each review's list as it was kept on its day, as the meeting PDF does."""

from datetime import date

from kpidesk.domain.review import Cadence
from kpidesk.domain.yomi import DealState
from kpidesk.services.review_service import create_review


def rows_of(table):
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_review_lists_the_deals_that_moved_since_the_one_before(qtbot, window):
    controller = window.document.controller
    controller.set_period(date(2026, 11, 1))
    window.views.setCurrentWidget(window.views.yomi_page)
    page = window.views._yomi
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.paste(
        "Sato Kogyo\tRep 1\t1,000,000\t2026-11-25\tB\n"
        "Tanaka\tRep 2\t500000\t2026-11-26\tA\n"
        "Kato Denki\tRep 1\t300000\t2026-11-27\tC\n"
    )
    session = window.document.session
    controller.run("Review", lambda: create_review(session, Cadence.WEEKLY, date(2026, 11, 13)))
    page.view.setCurrentIndex(page.model.index(0, 3))
    page.paste("2026-12-03\n")  # Sato slips into December
    page.view.setCurrentIndex(page.model.index(1, 0))
    page.close_current(DealState.WON)  # Tanaka won
    page.view.selectRow(2)
    page.remove_selected()  # Kato dropped
    page.view.setCurrentIndex(page.model.index(2, 0))
    page.paste("Suzuki Shokai\tRep 2\t700000\t2026-11-30\tA\n")  # new
    controller.run("Review", lambda: create_review(session, Cadence.WEEKLY, date(2026, 11, 20)))

    window.views.setCurrentWidget(window.reviews_page)
    panel = window.views._reviews
    panel.sections.setCurrentWidget(panel.moves)
    assert panel.sections.tabText(panel.sections.currentIndex()) == "Pipeline Moves"
    assert panel.moves.heading.text() == "Pipeline changes since the review of 11/13/26:"
    assert rows_of(panel.moves.table) == [
        ["slipped", "Sato Kogyo", "Rep 1", "¥1,000,000", "11/25/26 → 12/3/26"],
        ["won", "Tanaka", "Rep 2", "¥500,000", "11/26/26"],
        ["new", "Suzuki Shokai", "Rep 2", "¥700,000", "11/30/26"],
        ["dropped", "Kato Denki", "Rep 1", "¥300,000", "11/27/26"],
    ]
    panel.show_review(session.reviews[0].id)  # the first review: nothing before it
    assert panel.moves.heading.text() == "The first review: there is no earlier list to compare."
    assert panel.moves.table.rowCount() == 0
