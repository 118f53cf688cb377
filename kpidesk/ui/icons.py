"""The app's icon and the action icons, drawn from shipped SVGs in the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPalette,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from kpidesk.resources import resources_dir
from kpidesk.ui.tinted_icon import TintedIconEngine, drawn_svg

ACTION_ICON_SIZES = (16, 20, 24, 32, 48)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@cache
def app_icon() -> QIcon:
    """KPI Desk's own icon, for the window, the taskbar and About."""
    renderer = QSvgRenderer(str(resources_dir() / "icons" / "kpidesk.svg"))
    icon = QIcon()
    for size in APP_ICON_SIZES:
        icon.addPixmap(drawn_svg(renderer, size))
    return icon


def action_icon(name: str, colour: QColor | None = None) -> QIcon:
    """A toolbar icon (resources/icons/actions/NAME.svg) in `colour`, by default the palette's
    text colour, with a paler variant for a disabled action."""
    palette = QApplication.palette()
    normal = colour or palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _icon(name, normal.name(), disabled.name())


@cache
def _icon(name: str, normal: str, disabled: str) -> QIcon:
    source = (resources_dir() / "icons" / "actions" / f"{name}.svg").read_text(encoding="utf-8")
    return QIcon(TintedIconEngine(source, normal, disabled, ACTION_ICON_SIZES))


def decorate(actions: dict[str, QAction]) -> None:
    """Give each action its icon (by name) and a tooltip that names its shortcut."""
    for name, action in actions.items():
        action.setIcon(action_icon(name))
        action.setToolTip(tooltip_with_shortcut(action))


def tooltip_with_shortcut(action: QAction) -> str:
    """The action's words and, when it has one, its shortcut as the platform writes it:
    "Undo (Ctrl+Z)"."""
    text = action.iconText()
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({shortcut})" if shortcut else text
