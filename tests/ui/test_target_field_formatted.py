"""The form's target reads ¥10,000,000 (or 1,000 man-yen) until it is edited, then the digits."""

from PySide6.QtCore import Qt

from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell

REVENUE, UNIT_PRICE = 1, 3


def test_the_target_is_formatted_until_edited(qtbot, window, demo_file):
    window.tree.setCurrentIndex(cell(window, REVENUE, Column.NAME))
    window.tree.setFocus()
    target = window.form.target
    assert target.text() == "¥10,000,000"

    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus)
    assert target.text() == "10000000"
    target.selectAll()
    qtbot.keyClicks(target, "12000000")
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert target.text() == "12000000"  # still being edited
    assert window.document.session.plan.nodes[REVENUE].target == 12_000_000

    window.tree.setFocus()
    qtbot.waitUntil(lambda: not target.hasFocus())
    assert target.text() == "¥12,000,000"
    window.undo_action.trigger()
    assert target.text() == "¥10,000,000"
    window.man_action.trigger()
    assert target.text() == "1,000 man-yen"


def test_a_refused_target_stays_as_typed_beside_its_reason(qtbot, window):
    window.tree.setCurrentIndex(cell(window, UNIT_PRICE, Column.NAME))
    target = window.form.target
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus)
    target.selectAll()
    qtbot.keyClicks(target, "1,0,0")
    window.tree.setFocus()
    qtbot.waitUntil(lambda: not target.hasFocus())
    assert target.text() == "1,0,0"
    assert window.document.session.plan.nodes[UNIT_PRICE].target == 100_000
