"""Start Next Period shows what it closes and warns before an early close; Reopen Period."""

from datetime import date
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from kpidesk.ui.next_period_dialog import NextPeriodDialog
from kpidesk.ui.reopen_period_dialog import ReopenPeriodDialog
from kpidesk.ui.review.month_turn_dialog import MonthTurnDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)

PROSPECTS = 4
OCTOBER = date(2026, 10, 1)


def next_period_dialog(qtbot, host, month: date) -> NextPeriodDialog:
    """The dialog on `host`'s plan (the dialog takes only the plan and a parent: no window)."""
    host.document.controller.set_period(month)
    dialog = NextPeriodDialog(host.document, host.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_the_days_left_the_next_period_and_the_new_kgi(qtbot, host):
    dialog = next_period_dialog(qtbot, host, date(2026, 11, 1))
    assert dialog.closing.text() == "November 2026"
    # As of Friday 20 November: 24–27 and 30 November (the 23rd is a public holiday).
    assert dialog.days_left.text() == "5 (as of 11/20/26)"
    assert dialog.opening.text() == "December 2026"
    assert dialog.new_kgi.text() == "¥10,000,000"
    dialog.grow.setChecked(True)
    dialog.amount.setText("10")
    assert dialog.new_kgi.text() == "¥11,000,000"
    dialog.kgi.setChecked(True)
    dialog.amount.setText("12,500,000")
    assert dialog.new_kgi.text() == "¥12,500,000"
    dialog.amount.setText("ten")
    assert dialog.new_kgi.text() == "—"


def test_closing_a_period_before_its_end_asks_for_a_confirmation(qtbot, host):
    dialog = next_period_dialog(qtbot, host, date(2026, 11, 1))
    assert dialog.warning.isVisible()
    assert dialog.warning.text() == (
        "November 2026 has not ended: it still has 5 business days, up to 11/30/26. Its "
        "actuals will be frozen and cannot be changed until the period is reopened."
    )
    assert dialog.confirm.isVisible() and not dialog.confirm.isChecked()
    assert not dialog.ok.isEnabled()
    dialog.start()  # Enter or a script: still refused without the tick
    assert dialog.message.text() == "Tick “Close it before its end” to close it now."
    session = host.document.session
    assert session.frozen == []
    assert session.plan.period_start == date(2026, 11, 1)
    dialog.confirm.setChecked(True)
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert session.plan.period_start == date(2026, 12, 1)
    assert [record[2] for record in session.frozen] == [date(2026, 11, 1)]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_period_that_has_ended_closes_without_a_warning(qtbot, host):
    dialog = next_period_dialog(qtbot, host, OCTOBER)
    assert dialog.days_left.text() == "0 (as of 11/20/26)"
    assert not dialog.warning.isVisible()
    assert not dialog.confirm.isVisible()
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert host.document.session.plan.period_start == date(2026, 11, 1)


def close_october(owner) -> None:
    """`owner`: the window, or a `host` (anything with the plan's `document`)."""
    controller = owner.document.controller
    controller.set_period(OCTOBER)
    controller.start_next_period("grow", "10")


def reopen_dialog(qtbot, document, parent) -> ReopenPeriodDialog:
    dialog = ReopenPeriodDialog(document, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_reopening_asks_why_and_undo_closes_it_again(qtbot, window):
    close_october(window)
    session = window.document.session
    dialog = reopen_dialog(qtbot, window.document, window)
    assert dialog.history.count() == 1
    assert dialog.history.item(0).text() == "October 2026: closed"
    assert dialog.state.text().startswith("Reopen October 2026 so that its actuals can")
    assert not dialog.close_button.isVisible()
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Say why the period is reopened; the reason is kept with it."
    assert session.reopenings == []
    dialog.reason.setText("late CRM export")
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(r.reopened_on, r.reason) for r in session.reopenings] == [
        (date(2026, 11, 20), "late CRM export")
    ]
    actual = (PROSPECTS, 1, date(2026, 10, 30))
    record = window.document.controller.run(
        "Record actual", lambda: session.record_actuals({actual: Fraction(9)})
    )
    assert record is None  # applied, not refused
    window.undo_action.trigger()  # the actual
    window.undo_action.trigger()  # the reopening
    assert session.reopenings == []
    assert [record[2] for record in session.frozen] == [OCTOBER]
    assert session.plan.period_start == date(2026, 11, 1)


def test_the_reopened_period_shows_why_and_closes_again(qtbot, host):
    close_october(host)
    session = host.document.session
    host.document.controller.reopen_period(OCTOBER, "late CRM export")
    dialog = reopen_dialog(qtbot, host.document, host.parent)
    assert dialog.history.item(0).text() == (
        "October 2026: closed; reopened 11/20/26 (late CRM export)"
    )
    assert dialog.state.text().startswith("October 2026 is reopened: its actuals can be changed")
    assert dialog.close_button.isVisible() and not dialog.reopen_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert [record[2] for record in session.frozen] == [OCTOBER]
    again = reopen_dialog(qtbot, host.document, host.parent)
    assert again.history.item(0).text() == (
        "October 2026: closed; reopened 11/20/26 (late CRM export), closed again 11/20/26"
    )


def test_the_plan_menu_opens_reopen_period(qtbot, window):
    window.reopen_period_action.trigger()
    dialog = window.findChild(QDialog, "reopenPeriodDialog")
    assert dialog is not None
    assert dialog.state.text() == "No period has been closed yet."
    assert not dialog.reopen_button.isVisible() and not dialog.close_button.isVisible()
    dialog.reject()


def test_the_month_end_checklist_lists_a_reopened_period_and_leads_to_closing_it(qtbot, window):
    close_october(window)
    window.document.controller.reopen_period(OCTOBER, "late CRM export")
    window.show_month_turn()
    checklist = window.findChild(MonthTurnDialog)
    assert checklist.findChild(QLabel, "turnText_reopened").text() == (
        "A closed period is reopened; close it again before the next one starts. It is the "
        "period from 10/1/26, reopened because:\nlate CRM export"
    )
    go = checklist.findChild(QPushButton, "turnGo_reopened")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ReopenPeriodDialog, "reopenPeriodDialog")
    assert dialog.close_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert [record[2] for record in window.document.session.frozen] == [OCTOBER]


def test_the_next_period_waits_while_a_period_is_reopened(qtbot, host):
    close_october(host)
    host.document.controller.reopen_period(OCTOBER, "late CRM export")
    dialog = NextPeriodDialog(host.document, host.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm.setChecked(True)
    assert not dialog.ok.isEnabled()
    assert dialog.message.text() == (
        "The period from 2026-10-01 is reopened: close it again (Plan → Reopen Period…) "
        "before starting the next period."
    )
