"""A manager holds a review in the window: frozen figures, causes and actions, follow-ups,
target revisions with their reason, and the month-turn list."""

import shutil
from datetime import date
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton

from kpidesk.services.plan_files import open_plan
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column
from kpidesk.ui.review.month_turn_dialog import MonthTurnDialog
from kpidesk.ui.review.new_review_dialog import NewReviewDialog
from kpidesk.ui.review.revision_reason import RevisionReasonDialog
from tests.conftest import on_test_day, plan_copy
from tests.ui.helpers import cell_text, edit_cell, type_text

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


@pytest.fixture(scope="module")
def november_200(demo_template, tmp_path_factory):
    """The demo plan set to November 2026 with 200 prospects by Rep 1 on the 10th, made once
    per module for `november` to copy (as setting them in each test's window did)."""
    path = plan_copy(demo_template, tmp_path_factory.mktemp("november") / "demo.kpidesk")
    opened = open_plan(path)
    try:
        with on_test_day():
            opened.session.set_period(date(2026, 11, 1))
            opened.session.record_actuals({(PROSPECTS, 1, date(2026, 11, 10)): Fraction(200)})
    finally:
        opened.close()
    return path


@pytest.fixture
def november(qtbot, english, settings, demo_file, november_200):
    """A window on the demo plan for November 2026, under way on the test day (20 November);
    `demo_file` is that plan."""
    shutil.copyfile(november_200, demo_file)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_file(demo_file)
    window.show()
    return window


def when_modal(handle):
    """Answer the next modal dialog with `handle(dialog)` once it is up."""

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        try:
            handle(dialog)
        except BaseException:  # a failed check must not leave the test waiting on the dialog
            dialog.reject()
            raise

    QTimer.singleShot(0, answer)


def hold_review(qtbot, window, cadence_text="Monthly", day=None):
    def fill(dialog):
        assert isinstance(dialog, NewReviewDialog)
        dialog.cadence.setCurrentIndex(dialog.cadence.findText(cadence_text))
        if day is not None:
            dialog.held_on.setDate(day)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    window.show_reviews()
    panel = window.reviews
    when_modal(fill)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    return panel


def kpi_row(panel, name):
    for row in range(panel.kpis.rowCount()):
        if panel.kpis.item(row, 0).text().strip("\u3000") == name:
            return [panel.kpis.item(row, c).text() for c in range(panel.kpis.columnCount())]
    raise AssertionError(name)


def select(qtbot, panel, node_id):
    panel.select_kpi(node_id)
    assert panel.selected_node_id() == node_id


def write(qtbot, line, text):
    line.setFocus()
    line.selectAll()
    type_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_the_reviews_tab_says_how_to_start_before_there_is_one(qtbot, november):
    november.show_reviews()
    panel = november.reviews
    assert panel.stack.currentWidget() is panel.empty
    assert "New Review" in panel.empty.text()


def test_a_review_shows_the_figures_of_its_day_and_keeps_them(qtbot, november):
    panel = hold_review(qtbot, november)
    assert panel.stack.currentIndex() == 1
    assert "Monthly review held on" in panel.title.text()
    row = kpi_row(panel, "Prospects")
    assert row[1:4] == ["500", "200", "40 %"]
    edit_cell(qtbot, november, PROSPECTS, Column.PLAN, "450")
    november.document.controller.record_actuals({(PROSPECTS, 1, date(2026, 11, 12)): "100"})
    november.show_reviews()
    assert kpi_row(panel, "Prospects")[1:4] == ["500", "200", "40 %"]


def test_causes_and_actions_are_typed_saved_and_undone(qtbot, november):
    panel = hold_review(qtbot, november)
    select(qtbot, panel, PROSPECTS)
    write(qtbot, panel.cause, "展示会が中止")
    write(qtbot, panel.action, "紹介依頼を週5件")
    write(qtbot, panel.owner, "佐藤")
    panel.has_due.setChecked(True)
    panel.due.setDate(date(2026, 11, 27))
    item = november.document.session.reviews[0].item(PROSPECTS)
    assert (item.cause, item.action, item.owner, item.due) == (
        "展示会が中止",
        "紹介依頼を週5件",
        "佐藤",
        date(2026, 11, 27),
    )
    assert kpi_row(panel, "Prospects")[7:9] == ["展示会が中止", "紹介依頼を週5件"]
    november.undo_action.trigger()  # the due date
    november.undo_action.trigger()  # the due box
    november.undo_action.trigger()  # the owner
    assert november.document.session.reviews[0].item(PROSPECTS).owner == ""
    assert panel.owner.text() == ""


def test_notes_are_kept_when_the_user_leaves_the_box(qtbot, november):
    panel = hold_review(qtbot, november)
    panel.sections.setCurrentWidget(panel.notes)
    november.activateWindow()
    panel.notes.setFocus()
    qtbot.waitUntil(panel.notes.hasFocus)
    type_text(qtbot, panel.notes, "訪問件数が不足。来週から同行営業。")
    panel.cause.setFocus()
    qtbot.waitUntil(lambda: november.document.session.reviews[0].notes != "")
    assert november.document.session.reviews[0].notes == "訪問件数が不足。来週から同行営業。"


def test_the_next_review_lists_the_previous_actions_to_tick(qtbot, november):
    panel = hold_review(qtbot, november, "Weekly", date(2026, 11, 13))
    select(qtbot, panel, PROSPECTS)
    write(qtbot, panel.action, "紹介依頼")
    panel.has_due.setChecked(True)
    panel.due.setDate(date(2026, 11, 18))
    hold_review(qtbot, november, "Weekly", date(2026, 11, 20))
    assert panel.review.held_on == date(2026, 11, 20)
    assert panel.previous.rowCount() == 1
    assert panel.previous.item(0, 2).text() == "紹介依頼"
    assert panel.previous.item(0, 4).toolTip() == "Past its due date"
    panel.previous.item(0, 0).setCheckState(Qt.CheckState.Checked)
    first = min(november.document.session.reviews, key=lambda r: r.held_on)
    assert first.item(PROSPECTS).done
    november.undo_action.trigger()
    assert panel.previous.item(0, 0).checkState() == Qt.CheckState.Unchecked


def test_a_target_changed_in_a_running_period_asks_why_and_keeps_the_history(qtbot, november):
    def give_reason(dialog):
        assert isinstance(dialog, RevisionReasonDialog)
        explanation = dialog.findChildren(QLabel)[0].text()
        assert "“Revenue”" in explanation and "9,000,000" in explanation
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        type_text(qtbot, dialog.reason, "大口顧客の予算凍結")
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(give_reason)
    edit_cell(qtbot, november, REVENUE, Column.REQUIRED, "9000000")
    session = november.document.session
    assert session.plan.nodes[REVENUE].target == 9_000_000
    [revision] = session.target_history(REVENUE).revisions
    assert (revision.reason, revision.before, revision.day) == (
        "大口顧客の予算凍結",
        10_000_000,
        date(2026, 11, 20),
    )
    panel = hold_review(qtbot, november)
    panel.sections.setCurrentWidget(panel.revisions)
    cells = [panel.revisions.item(0, c).text() for c in range(panel.revisions.columnCount())]
    assert cells[0] == "Revenue" and cells[4] == "大口顧客の予算凍結"
    assert cells[1].replace(",", "") == "¥10000000" and cells[3].replace(",", "") == "¥9000000"


def test_cancelling_the_reason_leaves_the_target_as_it_was(qtbot, november):
    when_modal(lambda dialog: dialog.reject())
    edit_cell(qtbot, november, REVENUE, Column.REQUIRED, "9000000")
    assert november.document.session.plan.nodes[REVENUE].target == 10_000_000
    assert november.document.session.revisions == []
    assert cell_text(november, REVENUE, Column.REQUIRED).replace(",", "") == "¥10000000"
    assert not november.undo_action.isEnabled()


def test_the_month_turn_list_says_what_is_left_and_leads_there(qtbot, november):
    november.show_month_turn()
    dialog = november.findChild(MonthTurnDialog)
    texts = {
        step: dialog.findChild(QLabel, f"turnText_{step}").text()
        for step in ("review", "smart", "actions", "next_period")
    }
    assert texts["review"] == "The review of this period is not written yet."
    assert texts["smart"].startswith("4 KPIs fall short of SMART.")
    assert texts["actions"] == "No action is past its due date."
    assert "It starts on" in texts["next_period"]
    when_modal(lambda d: d.reject() if isinstance(d, NewReviewDialog) else None)
    assert dialog.findChild(QPushButton, "turnGo_actions") is None  # nothing to do there
    qtbot.mouseClick(dialog.findChild(QPushButton, "turnGo_review"), Qt.MouseButton.LeftButton)
    assert november.views.currentWidget() is november.reviews_page


def test_the_review_shows_why_the_kgi_is_behind_as_a_waterfall(qtbot, november):
    november.document.controller.record_actuals(
        {
            (DEALS, 1, date(2026, 11, 10)): "60",
            (UNIT_PRICE, 0, date(2026, 11, 10)): "110000",
            (REVENUE, 0, date(2026, 11, 10)): "6600000",
        }
    )
    panel = hold_review(qtbot, november)
    panel.sections.setCurrentWidget(panel.gap_page)
    gap = panel.gap
    # Deals splits too: its close rate follows from the tree (60 deals ÷ 200 prospects = 30 %)
    assert [gap.kpi.itemText(i) for i in range(gap.kpi.count())] == ["Revenue", "Deals"]
    assert gap.chart.showing_data
    names = gap.chart.category_names()
    assert names[1:3] == ["Deals", "Unit price"] and len(names) == 4
    assert "Shapley" in gap.explanation.text() and "pace" in gap.explanation.text()
    gap.kpi.setCurrentIndex(1)
    assert gap.chart.category_names() == [
        "Plan to date",
        "Prospects",
        "Close rate",
        "Actual to date",
    ]
    # 500 × 14/19 business days = 73.68 to date; 200 prospects at 30 % instead of 368.42 at 20 %
    assert gap.chart.bar_texts() == ["73.68", "-42.11", "+28.42", "60"]
    gap.kpi.setCurrentIndex(0)
    november.document.controller.record_actuals({(DEALS, 1, date(2026, 11, 12)): "30"})
    shown = gap.chart.bar_texts()
    panel.refresh()
    assert gap.chart.bar_texts() == shown  # the review keeps the gap of its day


def test_the_month_turn_list_shows_the_kpis_that_fall_short(qtbot, november):
    november.show_month_turn()
    dialog = november.findChild(MonthTurnDialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "turnGo_smart"), Qt.MouseButton.LeftButton)
    assert november.views.currentWidget() is november.tree
    assert november.smart_glance.filter_action.isChecked()
    assert not dialog.isVisible()


def test_notes_being_typed_are_kept_when_the_window_closes(qtbot, november, demo_file):
    panel = hold_review(qtbot, november)
    panel.sections.setCurrentWidget(panel.notes)
    panel.notes.setPlainText("閉じる直前のメモ")
    november.close()
    reopened = open_plan(demo_file)
    assert reopened.session.reviews[0].notes == "閉じる直前のメモ"
    reopened.close()
