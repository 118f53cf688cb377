"""A due date typed as 2026/12/15 is stored as 2026-12-15, in one undo step, in any language."""

from datetime import date

from PySide6.QtCore import QLocale, Qt

from tests.ui.helpers import type_text
from tests.ui.test_reviews_ui import (  # noqa: F401 (november and november_200 are fixtures)
    hold_review,
    november,
    november_200,
    select,
)

PROSPECTS = 4


def test_typing_a_due_date_year_first_stores_that_day_once(qtbot, november):  # noqa: F811
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # whose short format, M/d/yy, read it as 2015-11-12
    try:
        panel = hold_review(qtbot, november)
        select(qtbot, panel, PROSPECTS)
        panel.has_due.setChecked(True)
        stack = november.document.controller.undo_stack
        steps = stack.count()
        panel.due.setFocus()
        panel.due.selectAll()
        type_text(qtbot, panel.due, "2026/12/15")
        qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    finally:
        QLocale.setDefault(previous)
    assert panel.due.text() == "2026/12/15"
    assert november.document.session.reviews[0].item(PROSPECTS).due == date(2026, 12, 15)
    assert stack.count() == steps + 1
