"""Tab through a dialog in reading order: top to bottom, and left to right along a row.

The order is set from where the controls are when the dialog is shown (and each time it is
shown again), so a dialog built in any order, with rows of buttons and forms beside lists, is
walked as it reads. A control's own parts (a spin box's line edit, a table's cells) go with it.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

WHOLE_CONTROLS = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


class ReadingOrder(QObject):
    """Sets `dialog`'s Tab order each time it is shown."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.parent():
            order_by_reading(watched)
        return False


def follow_reading_order(dialog: QDialog) -> None:
    """Tab follows `dialog`'s reading order from its next showing on (once per dialog)."""
    if dialog.findChild(ReadingOrder, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        ReadingOrder(dialog)


def order_by_reading(root: QWidget) -> list[QWidget]:
    """Chain the visible controls of `root` in reading order; returns them in that order."""
    stops = reading_order(root, tab_stops(root))
    policy = root.focusPolicy()
    root.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Qt chains only widgets that take focus
    for before, after in pairwise([root, *stops]):  # from the dialog itself: the first first
        QWidget.setTabOrder(before, after)
    root.setFocusPolicy(policy)
    return stops


def tab_stops(root: QWidget) -> list[QWidget]:
    """The visible controls under `root` that Tab stops at, each whole control once."""
    found = [
        widget
        for widget in root.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and not widget.isWindow()
        and widget.isVisibleTo(root)
    ]
    wholes = [widget for widget in found if isinstance(widget, WHOLE_CONTROLS)]
    return [w for w in found if not any(o is not w and o.isAncestorOf(w) for o in wholes)]


def reading_order(root: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """`widgets` top to bottom; those side by side on one row, left to right."""
    placed = sorted(((_rect(root, w), w) for w in widgets), key=lambda item: item[0].top())
    rows: list[list[tuple[QRect, QWidget]]] = []
    for rect, widget in placed:
        row = rows[-1] if rows else None
        if row is not None and _same_row(row[0][0], rect):
            row.append((rect, widget))
        else:
            rows.append([(rect, widget)])
    return [widget for row in rows for _rect_, widget in sorted(row, key=lambda i: i[0].left())]


def _rect(root: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _same_row(first: QRect, other: QRect) -> bool:
    """Side by side: the other's middle is level with the first control of the row."""
    return first.top() <= other.center().y() <= first.bottom()
