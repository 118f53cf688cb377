"""After a dialog closes, the window has the keyboard again, where the app put the focus."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_reviews_ui import when_modal


@pytest.mark.parametrize(
    ("key", "focus_after"),
    [
        (Qt.Key.Key_Return, "kpis"),  # a new review: its KPIs, for the arrows
        (Qt.Key.Key_Escape, "choice"),  # cancelled: the Reviews page New Review opened
    ],
)
def test_new_review_gives_the_window_its_keys_back(qtbot, window, key, focus_after):
    window.activateWindow()
    qtbot.waitUntil(window.tree.hasFocus)

    def answer(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.focusWidget(), key)

    when_modal(answer)
    window.new_review_action.trigger()

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(window.reviews, focus_after))
