"""Light and dark: the app follows the system's colour scheme (live), or View → Colour Scheme.

One palette (kpidesk.ui.palette) names every colour; its colours are switched in place between
their light and dark values, so the window, the tree, the diagram and the charts all take the
scheme from it. The meeting PDF is paper: it is always drawn in the light colours.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from kpidesk.ui import palette
from kpidesk.ui.scheme_colours import apply_colours
from kpidesk.ui.tones import restyle_toned_widgets

SCHEME_KEY = "view/colorScheme"
WATERFALL_NAME = "waterfallChart"  # a gap waterfall's object name: re-themed by name


class Scheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def widget_palette(dark: bool) -> QPalette:
    """The widgets' palette: the style's own when light, one built from the palette when dark."""
    app = QApplication.instance()
    if not dark:
        return app.style().standardPalette()
    p = QPalette()
    text = palette.TEXT
    window, button = QColor(palette.DARK_WIDGETS["window"]), palette.HEADER_FILL
    disabled = QColor(palette.DARK_WIDGETS["disabled"])
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        # fields stand out from the window
        QPalette.ColorRole.Base: QColor(palette.DARK_WIDGETS["base"]),
        QPalette.ColorRole.AlternateBase: palette.STRIPE_FILL,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.ToolTipBase: button,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Highlight: QColor(palette.DARK_WIDGETS["highlight"]),
        QPalette.ColorRole.HighlightedText: QColor(palette.DARK_WIDGETS["bright"]),
        QPalette.ColorRole.Link: palette.ACCENT,
        QPalette.ColorRole.BrightText: QColor(palette.DARK_WIDGETS["bright"]),
        QPalette.ColorRole.Light: QColor(palette.DARK_WIDGETS["light"]),
        QPalette.ColorRole.Midlight: QColor(palette.DARK_WIDGETS["midlight"]),
        QPalette.ColorRole.Mid: QColor(palette.DARK_WIDGETS["mid"]),
        QPalette.ColorRole.Dark: QColor(palette.DARK_WIDGETS["dark"]),
        QPalette.ColorRole.Shadow: QColor(palette.DARK_WIDGETS["shadow"]),
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


class ThemeManager(QObject):
    """Keeps the app in the chosen scheme; `changed(dark)` tells the views to repaint.

    The choice (System, Light, Dark) is kept in the settings; System follows the desktop as
    it changes (Qt 6.5+ colorSchemeChanged).
    """

    changed = Signal(bool)

    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        stored = settings.value(SCHEME_KEY, Scheme.SYSTEM.value)
        self.choice = Scheme(stored) if stored in Scheme._value2member_map_ else Scheme.SYSTEM
        self.dark = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.group = QActionGroup(self)
        self.actions: dict[Scheme, QAction] = {}
        texts = {
            Scheme.SYSTEM: self.tr("Follow the &System"),
            Scheme.LIGHT: self.tr("&Light"),
            Scheme.DARK: self.tr("&Dark"),
        }
        for scheme, text in texts.items():
            action = QAction(text, self, checkable=True)
            action.setObjectName(f"scheme{scheme.value.capitalize()}Action")
            action.setChecked(scheme is self.choice)
            action.triggered.connect(lambda _=False, s=scheme: self.choose(s))
            self.group.addAction(action)
            self.actions[scheme] = action
        self.apply()

    def menu(self, parent) -> QMenu:
        menu = QMenu(self.tr("Colour &Scheme"), parent)
        menu.setObjectName("colourSchemeMenu")
        menu.addActions(list(self.actions.values()))
        return menu

    def choose(self, scheme: Scheme) -> None:
        self.choice = scheme
        self.settings.setValue(SCHEME_KEY, scheme.value)
        self.actions[scheme].setChecked(True)
        hints = QGuiApplication.styleHints()
        if scheme is Scheme.SYSTEM:
            hints.unsetColorScheme()
        else:
            dark = scheme is Scheme.DARK
            hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        self.apply()

    def _system_changed(self, _scheme) -> None:
        self.apply()

    def wanted_dark(self) -> bool:
        if self.choice is Scheme.SYSTEM:
            return system_is_dark()
        return self.choice is Scheme.DARK

    def apply(self) -> None:
        dark = self.wanted_dark()
        if dark == self.dark:
            return
        self.dark = dark
        apply_colours(dark)
        QApplication.instance().setPalette(widget_palette(dark))
        restyle_toned_widgets()  # error and warning texts, in the scheme's own colours
        self.changed.emit(dark)


def attach_theme(window, view_menu: QMenu) -> ThemeManager:
    """The window's scheme: View → Colour Scheme, and every view repainted when it changes."""
    manager = ThemeManager(window.settings, window)
    view_menu.addSeparator()
    view_menu.addMenu(manager.menu(view_menu))
    manager.changed.connect(lambda _dark: retheme_window(window))
    if manager.dark:
        retheme_window(window)
    return manager


def retheme_window(window) -> None:
    """Repaint what holds colours of its own: the charts are built again, the diagram is laid
    out again, the tree and the form show their figures again."""
    views = window.views
    views.charts_page.retheme()
    views.refresh_diagram()
    views.refresh_charts()
    window.tree.viewport().update()
    for chart in window.findChildren(QWidget, WATERFALL_NAME):  # an open review's gap
        chart.retheme()
    if window.form is not None:
        window.form.show_node(window.form.node_id)
