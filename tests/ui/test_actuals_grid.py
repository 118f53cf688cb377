"""The actuals grid: typing and pasting from a spreadsheet, each one undo step."""

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.helpers import type_text, wait_for_editor_to_close

PROSPECTS = 4


def open_grid(window):
    window.document.controller.set_period(date(2026, 12, 1))
    window.tree.setCurrentIndex(window.model.index_of(PROSPECTS))
    window.show_actuals()
    return window.actuals


def test_typing_an_actual_for_a_rep(qtbot, window):
    grid = open_grid(window)
    assert grid.heading.text() == "Actuals of “Prospects” by day and rep"
    assert grid.model.rowCount() == 31
    assert grid.model.headerData(1, Qt.Orientation.Horizontal) == "Rep 1"
    index = grid.model.index(2, 1)  # 3 December, rep 1
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    editor = grid.view.indexWidget(index)
    type_text(qtbot, editor, "12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_for_editor_to_close(qtbot, grid.view)
    session = window.document.session
    assert session.actuals.daily(PROSPECTS, date(2026, 12, 1), date(2026, 12, 31)) == {
        date(2026, 12, 3): 12
    }
    assert grid.model.index(2, 1).data() == "12"


def test_pasting_a_block_from_a_spreadsheet_is_one_undo_step(qtbot, window):
    grid = open_grid(window)
    grid.view.setCurrentIndex(grid.model.index(0, 1))
    assert grid.paste("3\t4\n5\t6\n") is None
    totals = window.document.session.actuals.totals(date(2026, 12, 1), date(2026, 12, 31))
    assert totals == {(PROSPECTS, 1): 8, (PROSPECTS, 2): 10}
    window.undo_action.trigger()
    assert window.document.session.actuals.totals(date(2026, 12, 1), date(2026, 12, 31)) == {}
    assert grid.model.index(0, 1).data() == ""


def test_a_paste_with_a_bad_cell_writes_nothing_and_says_why(qtbot, window):
    grid = open_grid(window)
    grid.view.setCurrentIndex(grid.model.index(0, 1))
    refusal = grid.paste("3\tabc\n")
    assert refusal == "“abc” is not a number. Type digits, such as 1200 or 20."
    assert grid.message.text() == refusal
    assert window.document.session.actuals.totals(date(2026, 12, 1), date(2026, 12, 31)) == {}


def test_delete_clears_the_selected_cells(qtbot, window):
    grid = open_grid(window)
    grid.view.setCurrentIndex(grid.model.index(0, 1))
    grid.paste("3\t4\n")
    grid.view.selectAll()
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    assert window.document.session.actuals.totals(date(2026, 12, 1), date(2026, 12, 31)) == {}


def test_the_progress_tab_charts_the_selected_kpi(qtbot, window):
    grid = open_grid(window)
    grid.view.setCurrentIndex(grid.model.index(0, 1))  # 1 December, reps 1 and 2
    grid.paste("3\t4\n5\t6\n")
    window.as_of = date(2026, 12, 11)
    window.show_charts()
    panel = window.charts.ensure_panel()
    page = panel.page(0)  # cumulative
    assert page.showing_data
    assert page.series.kpi == "Prospects"
    assert page.series.actual[:2] == (7, 18)
    assert page.series.target == 500
    _x, y = page.actual_item.getData()
    assert list(y[:2]) == [7.0, 18.0]
    # Selecting another KPI redraws the charts for it.
    window.tree.setCurrentIndex(window.model.index_of(1))
    assert page.series.kpi == "Revenue"


def test_the_cumulative_chart_follows_the_chosen_rep(qtbot, window):
    grid = open_grid(window)
    grid.view.setCurrentIndex(grid.model.index(0, 1))  # 1 December, reps 1 and 2
    grid.paste("3\t4\n5\t6\n")
    window.as_of = date(2026, 12, 11)
    window.show_charts()
    page = window.charts.ensure_panel().page(0)
    window.chart_rep.setCurrentIndex(2)  # Rep 2
    assert page.series.actual[:2] == (4, 10)
    assert page.series.target == 50  # rep 2's share of the 500 prospects
    window.chart_rep.setCurrentIndex(0)  # the whole team again
    assert page.series.actual[:2] == (7, 18)
