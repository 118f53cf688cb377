"""Dark mode: View → Colour Scheme (or the system's scheme) re-themes the window, the diagram
and the charts from the one palette; the PDF stays on white; text keeps WCAG AA contrast."""

import pytest
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication

from kpidesk.report.writer import page_images
from kpidesk.ui import palette
from kpidesk.ui.charts import Tab
from kpidesk.ui.scheme_colours import DARK, LIGHT, apply_colours

TEXT_COLOURS = ("TEXT", "SUBTLE", "MUTED", "NEGATIVE", "POSITIVE", "PROBLEM", "COMPUTED", "ACCENT")
GROUNDS = ("BACKGROUND", "CANVAS", "HEADER_FILL", "STRIPE_FILL", "WEEKEND_FILL")


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = colour.red(), colour.green(), colour.blue()
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def hex_of(value: str) -> str:
    return QColor(value).name()


@pytest.fixture(autouse=True)
def back_to_light():
    yield
    apply_colours(False)
    QGuiApplication.styleHints().unsetColorScheme()
    QApplication.instance().setPalette(QApplication.style().standardPalette())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_colour_meets_wcag_aa_on_every_background(scheme):
    values = LIGHT if scheme == "light" else {**LIGHT, **DARK}
    short = [
        (text, ground, round(contrast(values[text], values[ground]), 2))
        for text in TEXT_COLOURS
        for ground in GROUNDS
        if contrast(values[text], values[ground]) < 4.5
    ]
    assert short == []


def action(window, name):
    return window.findChild(type(window.undo_action), name)


def test_the_view_menu_switches_to_dark_and_back(qtbot, window):
    window.show_diagram()
    view = window.views.diagram.view
    action(window, "schemeDarkAction").trigger()
    assert window.theme.dark
    assert QApplication.palette().window().color().name() == "#202124"
    assert palette.BACKGROUND.name() == "#1e1f22"
    assert view.backgroundBrush().color().name() == DARK["CANVAS"]
    window.show_charts()
    chart = window.views.charts_page.panel.ensure_panel().page(Tab.CUMULATIVE).plot
    assert chart.backgroundBrush().color().name() == DARK["BACKGROUND"]
    assert window.settings.value("view/colorScheme") == "dark"
    action(window, "schemeLightAction").trigger()
    assert not window.theme.dark
    assert palette.BACKGROUND.name() == "#ffffff"
    window.show_diagram()
    assert view.backgroundBrush().color().name() == hex_of(LIGHT["CANVAS"])


def test_the_pdf_stays_on_white_in_dark_mode(qtbot, window):
    action(window, "schemeDarkAction").trigger()
    first = page_images(window.document.session, scale=1.0)[0]
    assert first.pixelColor(5, 5).name() == "#ffffff"
    assert palette.BACKGROUND.name() == "#1e1f22"  # the screen stays dark
