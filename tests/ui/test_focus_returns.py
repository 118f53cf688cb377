"""After a dialog closes, the window has the keyboard again, where the app put the focus."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_reviews_ui import when_modal


def test_new_review_hands_the_keys_to_its_kpis(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.tree.hasFocus)

    def hold(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    when_modal(hold)
    window.new_review_action.trigger()

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(window.reviews.kpis.hasFocus)


def test_a_cancelled_new_review_leaves_the_keys_on_the_reviews_page(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.tree.hasFocus)

    def cancel(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    when_modal(cancel)
    window.new_review_action.trigger()

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.reviews.choice  # the page New Review opened
