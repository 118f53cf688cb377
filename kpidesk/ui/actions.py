"""Making QActions: translated text, shortcut, and toolbar text without the mnemonic."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(
    owner: QObject, text: str, slot, shortcut=None, name: str = "", scope: QWidget | None = None
) -> QAction:
    """An action; with `scope`, its shortcut works only while that widget has the focus."""
    action = QAction(text, owner)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setIconText(without_mnemonic(text))
    action.triggered.connect(slot)
    if scope is not None:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        scope.addAction(action)
    return action


def without_mnemonic(text: str) -> str:
    """Toolbar text: "&Add" → "Add", "追加(&A)" → "追加", "Open…" → "Open"."""
    return re.sub(r"\(&\w\)|&", "", text).removesuffix("…")
