"""The Closing Days and Reopen Period lists say so when they hold nothing yet."""

from datetime import date

from PySide6.QtCore import Qt

from kpidesk.ui.closing_days_dialog import ClosingDaysDialog
from kpidesk.ui.reopen_period_dialog import ReopenPeriodDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)


def lines(view) -> list[str]:
    return [view.item(row).text() for row in range(view.count())]


def test_closing_days_say_none_yet_and_the_line_cannot_be_removed(qtbot, window):
    window.document.controller.set_period(date(2026, 12, 1))
    dialog = ClosingDaysDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    empty = ["No closing days yet: pick a day below, add a note, and press Add."]
    assert lines(dialog.days) == empty
    assert dialog.days.item(0).flags() == Qt.ItemFlag.NoItemFlags
    dialog.days.setCurrentRow(0)
    dialog.remove()
    assert window.document.undo_stack.count() == 1  # only Set Period; Remove did nothing

    dialog.day.setDate(dialog.day.date().addDays(28))
    dialog.add()
    assert len(lines(dialog.days)) == 1
    assert lines(dialog.days) != empty
    window.undo_action.trigger()
    assert lines(dialog.days) == empty


def test_reopen_period_lists_none_yet_then_the_closed_month(qtbot, host):
    dialog = ReopenPeriodDialog(host.document, host.parent)
    qtbot.addWidget(dialog)
    assert lines(dialog.history) == [
        "None yet: a period is listed here once Plan → Start Next Period… has closed it."
    ]
    assert dialog.history.item(0).flags() == Qt.ItemFlag.NoItemFlags
    controller = host.document.controller
    controller.set_period(date(2026, 10, 1))
    controller.start_next_period("grow", "10")
    dialog.refresh()
    assert lines(dialog.history) == ["October 2026: closed"]
