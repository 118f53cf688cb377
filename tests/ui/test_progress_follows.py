"""The Progress page follows the open plan's document itself: changes and the current KPI."""

import shutil
from datetime import date

from kpidesk.ui.progress_page import ProgressPage

REVENUE, PROSPECTS = 1, 4


def test_a_second_progress_page_on_one_document_charts_the_kpi_chosen_in_the_tree(qtbot, window):
    window.document.controller.set_period(date(2026, 12, 1))
    page = ProgressPage(window.number_format)
    qtbot.addWidget(page)
    page.follow(window.document)
    page.as_of = date(2026, 12, 11)  # in the plan's month
    with qtbot.waitExposed(page):  # the page draws its chart once it is on screen
        page.show()
    window.tree.setCurrentIndex(window.model.index_of(PROSPECTS))
    chart = page.panel.ensure_panel().page(0)  # cumulative, drawn when painted
    qtbot.waitUntil(lambda: chart.series is not None and chart.series.kpi == "Prospects")
    window.tree.setCurrentIndex(window.model.index_of(REVENUE))
    qtbot.waitUntil(lambda: chart.series.kpi == "Revenue")
    assert window.document.controller.rename(REVENUE, "Sales") is None
    qtbot.waitUntil(lambda: chart.series.kpi == "Sales")  # an edit made elsewhere


def test_a_hidden_progress_page_works_out_nothing(qtbot, window):
    window.document.controller.set_period(date(2026, 12, 1))
    window.as_of = date(2026, 12, 11)
    page = window.views.charts_page
    worked = []
    page.refresh = lambda *args: worked.append(args)
    window.tree.setCurrentIndex(window.model.index_of(PROSPECTS))
    assert window.document.controller.rename(REVENUE, "Sales") is None
    assert worked == []  # the Tree tab is on show
    window.show_charts()
    assert len(worked) == 1


def test_the_page_follows_the_plan_opened_next(qtbot, window, tmp_path):
    first = window.document
    first.controller.set_period(date(2026, 12, 1))
    window.show_charts()
    other = tmp_path / "other.kpidesk"
    shutil.copyfile(first.path, other)
    assert window.open_file(other)
    page = window.views.charts_page
    assert page.document is window.document
    window.as_of = date(2026, 12, 11)
    window.tree.setCurrentIndex(window.model.index_of(REVENUE))
    assert window.document.controller.rename(REVENUE, "Sales") is None
    chart = page.panel.ensure_panel().page(0)
    qtbot.waitUntil(lambda: chart.series is not None and chart.series.kpi == "Sales")
