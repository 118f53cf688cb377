"""Period dialogs: choose the period, start the next one, mark closing days."""

from datetime import date

from kpidesk.ui.closing_days_dialog import ClosingDaysDialog
from kpidesk.ui.month_dialog import MonthDialog
from kpidesk.ui.next_period_dialog import NextPeriodDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)

REVENUE, PROSPECTS = 1, 4


def test_choosing_a_quarter_of_a_fiscal_year_starting_in_april(qtbot, window):
    dialog = MonthDialog(date(2026, 12, 1), "month", 4, window)
    qtbot.addWidget(dialog)
    dialog.chosen.connect(
        lambda day, kind, fiscal: window.document.controller.set_current_period(day, kind, fiscal)
    )
    dialog.kind.setCurrentIndex(1)  # quarter
    dialog._accept()
    period = window.document.session.current_period()
    assert (period.first_day, period.last_day) == (date(2026, 10, 1), date(2026, 12, 31))
    assert "Quarter" in window.header.text()


def test_starting_the_next_period_with_a_new_kgi(qtbot, window):
    window.document.controller.set_period(date(2026, 11, 1))
    dialog = NextPeriodDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.kgi.setChecked(True)
    dialog.amount.setText("12,000,000")
    dialog.confirm.setChecked(True)  # November is not over on the 20th
    dialog.start()
    session = window.document.session
    assert session.plan.period_start == date(2026, 12, 1)
    assert session.figures[PROSPECTS].required.value == 600
    assert len(session.frozen) == 1
    window.undo_action.trigger()
    assert session.plan.period_start == date(2026, 11, 1)


def test_a_bad_growth_rate_is_refused_in_the_dialog(qtbot, host):
    host.document.controller.set_period(date(2026, 11, 1))
    dialog = NextPeriodDialog(host.document, host.parent)
    qtbot.addWidget(dialog)
    dialog.grow.setChecked(True)
    dialog.amount.setText("ten")
    dialog.confirm.setChecked(True)
    dialog.start()
    assert dialog.message.text() == "“ten” is not a number. Type digits, such as 1200 or 20."
    assert host.document.session.frozen == []


def test_closing_days_are_listed_and_undoable(qtbot, window):
    window.document.controller.set_period(date(2026, 12, 1))
    dialog = ClosingDaysDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.day.setDate(dialog.day.date().addDays(28))  # 29 December
    dialog.note.setText("年末休業")
    dialog.add()
    assert dialog.days.count() == 1
    assert dialog.days.item(0).text().endswith("年末休業")
    assert window.document.session.closed_days == {date(2026, 12, 29): "年末休業"}
    window.undo_action.trigger()
    assert [dialog.days.item(i).text() for i in range(dialog.days.count())] == [
        "No closing days yet: pick a day below, add a note, and press Add."
    ]


def test_status_thresholds_are_set_in_percent_and_refused_out_of_order(qtbot, host):
    from fractions import Fraction

    from kpidesk.ui.thresholds_dialog import ThresholdsDialog

    dialog = ThresholdsDialog(host.document, host.parent)
    qtbot.addWidget(dialog)
    assert (dialog.on_track.value(), dialog.at_risk.value()) == (100, 90)
    dialog.on_track.setValue(80)
    dialog.save()
    assert dialog.message.text() == "“At risk below” must not be above “on track at or above”."
    assert host.document.session.plan.on_track_at == 1
    dialog.at_risk.setValue(70)
    dialog.save()
    plan = host.document.session.plan
    assert (plan.on_track_at, plan.at_risk_below) == (Fraction(4, 5), Fraction(7, 10))
