"""Accessible names, a fixed tab order and shortcut tooltips, given to a window or a dialog.

A screen reader reads a control by its accessible name: a form's field is named by its row's
label, a field outside a form by its placeholder or tooltip, a view by its object name's words;
its description says what it does (kpidesk.ui.descriptions), after its tooltip.
Tab follows each form's rows top to bottom. An action's tooltip names its shortcut.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kpidesk.ui.actions import without_mnemonic
from kpidesk.ui.descriptions import by_name, description_of
from kpidesk.ui.reading_order import follow_reading_order

CONTROLS = (
    QLineEdit,
    QComboBox,
    QAbstractButton,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def make_accessible(root: QWidget) -> None:
    """Name every control under `root`, fix the tab order of its forms, and put the shortcut
    in the tooltip of its actions. Safe to call again: nothing named is renamed."""
    for form in root.findChildren(QFormLayout):
        _name_and_order(form)
    if isinstance(root, QDialog):
        follow_reading_order(root)  # Tab top to bottom, left to right, as it is shown
    named = by_name()
    for control in [root, *root.findChildren(QWidget)]:
        if isinstance(control, QHeaderView) or control.objectName().startswith("qt_"):
            continue  # read with its table, or a part of a Qt control
        if isinstance(control, CONTROLS) and not control.accessibleName():
            name = _fallback_name(control)
            if name:
                control.setAccessibleName(name)
        reached = isinstance(control, CONTROLS) or control.focusPolicy() != Qt.FocusPolicy.NoFocus
        if reached and not control.accessibleDescription():
            control.setAccessibleDescription(description_of(control, named))  # what it does
    for action in root.findChildren(QAction):
        tip_with_shortcut(action)


def _name_and_order(form: QFormLayout) -> None:
    previous: QWidget | None = None
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        spanning = form.itemAt(row, QFormLayout.ItemRole.SpanningRole)
        label = label_item.widget() if label_item is not None else None
        fields = _controls_in(field_item or spanning)
        text = _plain(label.text()) if isinstance(label, QLabel) else ""
        for field in fields:
            if text and not field.accessibleName():
                field.setAccessibleName(text)
            if previous is not None and field.window() is previous.window():
                QWidget.setTabOrder(previous, field)
            previous = field
        if isinstance(label, QLabel) and fields and label.buddy() is None:
            label.setBuddy(fields[0])
        shown = field_item.widget() if field_item is not None else None
        if text and isinstance(shown, QLabel) and not shown.accessibleName():
            shown.setAccessibleName(text)  # a figure you can select: read with its row's label


def _controls_in(item) -> list[QWidget]:
    """The focusable controls of a form row's field (a widget, a row of them, or a layout)."""
    if item is None:
        return []
    widget = item.widget()
    if widget is not None:
        if isinstance(widget, CONTROLS):
            return [widget]
        return [c for c in widget.findChildren(QWidget) if isinstance(c, CONTROLS)][:1] or []
    layout = item.layout()
    if layout is None:
        return []
    found = []
    for index in range(layout.count()):
        found += _controls_in(layout.itemAt(index))
    return found


def _fallback_name(control: QWidget) -> str:
    if isinstance(control, QAbstractButton) and control.text():
        return _plain(control.text())
    if isinstance(control, QLineEdit) and control.placeholderText():
        return control.placeholderText()
    if isinstance(control, QPlainTextEdit) and control.placeholderText():
        return control.placeholderText()
    if control.toolTip():
        return _plain(control.toolTip().split("\n")[0])
    return _words(control.objectName())


def _plain(text: str) -> str:
    return without_mnemonic(text).rstrip(":：").strip()


def _words(object_name: str) -> str:
    """"importPreview" → "import preview": better than nothing for a view with no label."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", object_name).lower()


def tip_with_shortcut(action: QAction) -> None:
    """"Undo (Ctrl+Z)": the tooltip says the shortcut, once."""
    shortcut = action.shortcut()
    if shortcut.isEmpty():
        return
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    tip = action.toolTip() or without_mnemonic(action.text())
    if keys not in tip:
        action.setToolTip(f"{tip} ({keys})")
