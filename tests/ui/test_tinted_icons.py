"""Action icons are drawn in the palette's colour at the size shown, when first shown."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QToolBar

from kpidesk.ui import icons, tinted_icon
from kpidesk.ui.icons import action_icon
from kpidesk.ui.main_window import MainWindow
from tests.ui.helpers import settle


def inked(pixmap) -> set[str]:
    """The colours of the pixmap's fully opaque pixels."""
    image = pixmap.toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_an_icon_is_drawn_in_its_colour_at_the_size_asked_and_paler_when_disabled(qapp):
    palette = QApplication.palette()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    icon = action_icon("undo", QColor("#123456"))
    normal = icon.pixmap(QSize(22, 22))
    assert normal.size() == QSize(22, 22)  # drawn at that size, not scaled from another
    assert inked(normal) == {"#123456"}
    assert inked(icon.pixmap(QSize(22, 22), QIcon.Mode.Disabled)) == {disabled.name()}
    assert inked(icon.pixmap(QSize(22, 22), QIcon.Mode.Active)) == {"#123456"}
    sharp = icon.pixmap(QSize(24, 24), 2.0)  # a ×2 screen: 48 pixels for 24 points
    assert (sharp.size(), sharp.devicePixelRatio()) == (QSize(48, 48), 2.0)
    assert QSize(48, 48) in icon.availableSizes() and not icon.isNull()


def test_a_window_draws_its_icons_only_when_its_toolbar_shows(
    qtbot, english, settings, demo_file, monkeypatch
):
    icons._icon.cache_clear()  # icons another test's window drew are kept: start afresh
    drawn = []
    draw = tinted_icon.drawn_svg
    monkeypatch.setattr(tinted_icon, "drawn_svg", lambda *args: drawn.append(args) or draw(*args))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.open_file(demo_file)
    assert drawn == []  # 13 icons, nothing drawn before the first paint
    window.show()
    settle()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    shown = [action for action in toolbar.actions() if not action.isSeparator()]
    assert 0 < len(drawn) <= 2 * len(shown)  # each shown icon at its size, enabled or not
