"""Ctrl+C on the Actuals grid and on the review's tables copies tab-separated text for Excel."""

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from kpidesk.domain.review import Cadence

PROSPECTS = 4


def press_copy(qtbot, view):
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QApplication.clipboard().text()


def test_ctrl_c_on_the_actuals_grid_copies_the_selected_days(qtbot, window):
    controller = window.document.controller
    controller.set_period(date(2026, 12, 1))
    controller.record_actuals({(PROSPECTS, 1, date(2026, 12, 2)): "7"})
    window.tree.setCurrentIndex(window.model.index_of(PROSPECTS))
    window.show_actuals()
    grid = window.actuals
    model, selection = grid.model, grid.view.selectionModel()
    selection.select(model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.select(model.index(1, 2), QItemSelectionModel.SelectionFlag.Select)
    assert press_copy(qtbot, grid.view) == (
        "\tTeam\tRep 1\tRep 2\r\n12/1 (Tue)\t\t\t\r\n12/2 (Wed)\t\t7\t\r\n"
    )
    assert grid.copy_table.toolTip() == (
        "Copy the selected cells, or the whole table, for Excel (Ctrl+C)"
    )


def test_ctrl_c_on_a_review_table_copies_the_whole_table(qtbot, window):
    controller = window.document.controller
    controller.set_period(date(2026, 11, 1))
    controller.record_actuals({(PROSPECTS, 1, date(2026, 11, 10)): "200"})
    controller.create_review(Cadence.MONTHLY, date(2026, 11, 20))
    window.show_reviews()
    panel = window.reviews
    panel.kpis.selectRow(3)  # the row being discussed is not what gets copied
    assert press_copy(qtbot, panel.kpis) == (
        "KPI\tTarget\tActual\tAchievement\tProgress\tStatus\tSMART\tCause\tAction\tOwner\tDue\r\n"
        "Revenue\t¥10,000,000\t—\t—\t—\tNo data\t\t\t\t\t\r\n"
        "Deals\t100\t—\t—\t—\tNo data\t✗\t\t\t\t\r\n"
        "Unit price\t¥100,000\t—\t—\t—\tNo data\t✗\t\t\t\t\r\n"
        "Prospects\t500\t200\t40 %\t54.29 %\tAt risk\t✗\t\t\t\t\r\n"
        "Close rate\t20 %\t—\t—\t—\tNo data\t✗\t\t\t\t\r\n"
    )
    panel.sections.setCurrentWidget(panel.revisions)
    assert press_copy(qtbot, panel.revisions) == (
        "KPI\tOriginal plan\tRevised on\tNew target\tReason\tActual\r\n"
    )
