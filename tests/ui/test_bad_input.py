"""Bad input is refused at the field with a clear message, and the plan file stays as it was."""

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell, cell_text, edit_cell

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_text_in_a_number_cell_is_refused(qtbot, window, demo_file):
    before = digest(demo_file)
    edit_cell(qtbot, window, REVENUE, Column.REQUIRED, "ten million")
    assert window.message_bar.isVisible()
    assert (
        window.message_bar.text()
        == "“ten million” is not a number. Type digits, such as 1200 or 20."
    )
    assert cell_text(window, REVENUE, Column.REQUIRED) == "¥10,000,000"
    assert digest(demo_file) == before
    assert not window.undo_action.isEnabled()


def test_a_negative_count_is_refused_in_the_tree(qtbot, window, demo_file):
    before = digest(demo_file)
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "-5")
    assert window.message_bar.text() == "This value cannot be negative."
    assert cell_text(window, PROSPECTS, Column.PLAN) == "500"
    assert digest(demo_file) == before


def test_a_rate_above_100_percent_is_refused_at_the_form_field(qtbot, window, demo_file):
    before = digest(demo_file)
    window.tree.setCurrentIndex(cell(window, CLOSE_RATE, Column.NAME))
    form = window.form
    form.target.selectAll()
    qtbot.keyClicks(form.target, "120")
    qtbot.keyClick(form.target, Qt.Key.Key_Return)
    error = form.rows["target"].error
    assert error.isVisibleTo(form)
    assert error.text() == "A rate cannot be above 100 %."
    assert digest(demo_file) == before
    # A correct value then clears the message.
    form.target.selectAll()
    qtbot.keyClicks(form.target, "25")
    qtbot.keyClick(form.target, Qt.Key.Key_Return)
    assert not error.isVisibleTo(form)
    assert cell_text(window, PROSPECTS, Column.REQUIRED) == "400"


def test_deleting_the_kgi_is_refused_with_a_message(qtbot, window, demo_file):
    before = digest(demo_file)
    window.tree.setCurrentIndex(cell(window, REVENUE, Column.NAME))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert window.message_bar.text() == "The KGI is the root of the plan and cannot be deleted."
    assert window.model.rowCount() == 1
    assert digest(demo_file) == before


def test_a_zero_close_rate_says_why_instead_of_a_number(qtbot, window, demo_file):
    edit_cell(qtbot, window, CLOSE_RATE, Column.REQUIRED, "0")
    assert cell_text(window, PROSPECTS, Column.REQUIRED) == "⚠ cannot compute"
    reason = cell(window, PROSPECTS, Column.REQUIRED).data(Qt.ItemDataRole.ToolTipRole)
    assert reason == "Cannot compute: “Close rate” is 0, and the calculation divides by it."
    # The rest of the tree still computes.
    assert cell_text(window, DEALS, Column.REQUIRED) == "100"
    assert cell_text(window, REVENUE, Column.REQUIRED) == "¥10,000,000"
    window.tree.setCurrentIndex(cell(window, PROSPECTS, Column.NAME))
    assert "“Close rate” is 0" in window.form.reason.text()


def test_names_like_markup_show_as_typed_in_the_header_and_the_smart_form(qtbot, window):
    controller = window.document.controller
    controller.rename_plan("<b>計画</b>")
    controller.rename(4, "<i>見込み</i>")
    window._select_node(4)
    window.detail_tabs.setCurrentIndex(1)
    assert "<b>計画</b>" in window.header.text()
    assert window.header.textFormat() == Qt.TextFormat.PlainText
    title = window.findChild(QLabel, "smartTitle")
    assert title.text() == "<i>見込み</i>" and title.textFormat() == Qt.TextFormat.PlainText
