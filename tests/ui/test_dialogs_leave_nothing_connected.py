"""Closing any dialog leaves nothing connected to the plan: later edits print no traceback
(pytest-qt fails a test on an exception in a slot, and the suite on any Qt warning)."""

from datetime import date

import pytest
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

PROSPECTS = 4
LAUNCHERS = [
    "show_team",
    "show_what_if",
    "edit_closing_days",
    "show_funnel",
    "choose_period",
    "start_next_period",
    "reopen_period",
    "edit_thresholds",
    "show_month_turn",
    "export_pdf",
]


def connections(window) -> tuple[int, int]:
    document = window.document
    return (
        document.receivers(SIGNAL("changed(PyObject)")),
        document.controller.receivers(SIGNAL("outcome(PyObject)")),
    )


def open_dialogs(window) -> list[QDialog]:
    return [d for d in window.findChildren(QDialog) if d.isVisible()]


@pytest.mark.parametrize("launcher", LAUNCHERS)
def test_a_closed_dialog_leaves_nothing_connected_and_edits_carry_on(qtbot, window, launcher):
    window.tree.setCurrentIndex(window.model.index_of(PROSPECTS))  # a leaf, for the funnel
    before = connections(window)
    getattr(window.dialogs, launcher)() if launcher != "export_pdf" else window.export_pdf()
    [dialog] = open_dialogs(window)
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # WA_DeleteOnClose
    assert connections(window) == before
    controller = window.document.controller
    assert controller.rename(PROSPECTS, "Leads") is None
    assert controller.record_actuals({(PROSPECTS, 0, date(2026, 11, 2)): "3"}) is None
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert window.model.data(window.model.index_of(PROSPECTS)) == "Leads"
