"""A screen reader names every control it can reach, in the window and in each dialog the
window opens: no focusable widget without an accessible name, none named only by its
object name's English words."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kpidesk.ui.accessibility import _words, make_accessible
from tests.ui.every_dialog import every_dialog

LAUNCHED = {  # opened through kpidesk.ui.plan_dialogs.launch, which names their controls
    "import",
    "export-pdf",
    "team",
    "period",
    "next-period",
    "reopen-period",
    "thresholds",
    "closing-days",
    "what-if",
    "funnel",
    "month-end",
}


def nameless(root: QWidget) -> list[str]:
    """The focusable, visible widgets under `root` with no name, or only a generic one."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.isWindow() and widget is not root:
            continue
        if widget.objectName().startswith("qt_"):  # a part of a Qt control, read with it
            continue
        name = widget.accessibleName()
        if not name or (widget.objectName() and name == _words(widget.objectName())):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {name!r}")
    return found


def test_every_focusable_widget_of_the_window_has_a_name(window):
    for index in range(window.views.count()):
        window.views.setCurrentIndex(index)
        make_accessible(window)  # as the window does, again for the tabs built since
        assert nameless(window) == [], window.views.tabText(index)
    for index in range(window.detail_tabs.count()):
        window.detail_tabs.setCurrentIndex(index)
        make_accessible(window)
        assert nameless(window) == [], window.detail_tabs.tabText(index)


def test_every_focusable_widget_of_every_dialog_has_a_name(qtbot, window, tmp_path):
    problems = {}
    for name, dialog in every_dialog(window, tmp_path):  # each deleted after its turn
        if name in LAUNCHED:
            make_accessible(dialog)  # as kpidesk.ui.plan_dialogs.launch does; the rest do it
        dialog.show()
        if found := nameless(dialog):
            problems[name] = found
        dialog.close()
    assert problems == {}
