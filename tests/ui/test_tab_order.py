"""Tab walks every dialog in reading order: top to bottom, and left to right along a row."""

import itertools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QTextEdit,
    QWidget,
)

from kpidesk.ui.accessibility import make_accessible
from tests.ui.every_dialog import dialog_makers, every_dialog
from tests.ui.test_every_control_named import LAUNCHED


def stops_of(root: QWidget, widget: QWidget) -> bool:
    """Tab stops at `widget` in `root`: it takes Tab, shows, and is not part of a control."""
    if widget.isWindow() or widget.focusProxy() is not None or not widget.isEnabled():
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(root):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView, QTextEdit)):
            return False  # a spin box's line edit, a table's cell editor
        parent = parent.parentWidget()
    return True


def focus_chain(root: QWidget) -> list[QWidget]:
    """The controls in the order Tab goes through them, from the dialog itself."""
    chain, widget = [], root.nextInFocusChain()
    while widget is not root and len(chain) < 500:
        if stops_of(root, widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def place(root, widget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def reads_before(first: QRect, then: QRect) -> bool:
    level = first.top() <= then.center().y() <= first.bottom()
    level = level or then.top() <= first.center().y() <= then.bottom()
    return first.left() < then.left() if level else first.top() < then.top()


def out_of_order(root) -> list[str]:
    chain = focus_chain(root)
    every = [w for w in root.findChildren(QWidget) if stops_of(root, w)]
    problems = [f"not reached by Tab: {w.accessibleName()!r}" for w in every if w not in chain]
    for first, then in itertools.pairwise(chain):
        if not reads_before(place(root, first), place(root, then)):
            problems.append(f"{first.accessibleName()!r} → {then.accessibleName()!r}")
    return problems


def test_tab_walks_every_dialog_in_reading_order(qtbot, window, tmp_path):
    problems, walked = {}, 0
    for name, dialog in every_dialog(window, tmp_path):  # each deleted after its turn
        if name in LAUNCHED:
            make_accessible(dialog)  # as kpidesk.ui.plan_dialogs.launch does; the rest do it
        dialog.show()
        if found := out_of_order(dialog):
            problems[name] = found
        walked += bool(focus_chain(dialog))
        dialog.close()
    assert problems == {}
    assert walked == 21


def test_tab_keys_follow_the_export_dialog_down_its_rows(qtbot, window, tmp_path):
    dialog = dialog_makers(window, tmp_path)["export-pdf"]()  # only it: another would block it
    qtbot.addWidget(dialog)
    make_accessible(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    chain = focus_chain(dialog)
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    visited = [QApplication.focusWidget()]
    for _ in range(len(chain) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert [w.accessibleName() for w in visited] == [w.accessibleName() for w in chain]
    assert [w.accessibleName() for w in chain][:3] == ["Paper", "Orientation", "Save as"]
