"""A switch of scheme with a review open re-themes the error texts and the gap waterfall live."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kpidesk.ui import palette
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.plan_tree_model import Column
from kpidesk.ui.scheme_colours import DARK, LIGHT, apply_colours
from kpidesk.ui.tones import show_as_error
from tests.ui.helpers import cell, edit_cell
from tests.ui.test_dark_mode import contrast, hex_of
from tests.ui.test_reviews_ui import hold_review

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


@pytest.fixture(autouse=True)
def back_to_light():
    yield
    apply_colours(False)
    QGuiApplication.styleHints().unsetColorScheme()
    QApplication.instance().setPalette(QApplication.style().standardPalette())


def scheme(window, name):
    window.findChild(type(window.undo_action), f"scheme{name}Action").trigger()


def text_colour(label) -> str:
    label.ensurePolished()
    return label.palette().color(label.foregroundRole()).name()


def ground_colour(label) -> str:
    """The colour actually painted behind the label's text (its top-left pixel)."""
    return label.grab().toImage().pixelColor(0, 0).name()


def brushes(chart) -> list[str]:
    return [brush.color().name() for brush in chart.bars.opts["brushes"]]


@pytest.fixture
def review_with_errors(qtbot, window):
    """The demo plan in November with a review on its waterfall, a refusal in the message bar
    and a refused form field, all shown while the window is light."""
    controller = window.document.controller
    controller.set_period(date(2026, 11, 1))
    controller.record_actuals(
        {
            (PROSPECTS, 1, date(2026, 11, 10)): "200",
            (DEALS, 1, date(2026, 11, 10)): "60",
            (UNIT_PRICE, 0, date(2026, 11, 10)): "110000",
            (REVENUE, 0, date(2026, 11, 10)): "6600000",
        }
    )
    panel = hold_review(qtbot, window)
    panel.sections.setCurrentWidget(panel.gap_page)
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "-5")
    window.tree.setCurrentIndex(cell(window, CLOSE_RATE, Column.NAME))
    form = window.form
    form.target.selectAll()
    qtbot.keyClicks(form.target, "120")
    qtbot.keyClick(form.target, Qt.Key.Key_Return)
    return window


def test_errors_and_the_waterfall_follow_a_switch_to_dark_and_back(qtbot, review_with_errors):
    window = review_with_errors
    bar, error = window.message_bar, window.form.rows["target"].error
    chart = window.reviews.gap.chart
    assert bar.text() == "This value cannot be negative."
    assert error.text() == "A rate cannot be above 100 %."
    assert text_colour(bar) == text_colour(error) == hex_of(LIGHT["NEGATIVE"])
    light_bars = brushes(chart)
    # plan to date, deals below plan, a higher unit price, the actual to date
    assert light_bars == ["#b8c7d9", "#c62828", "#2b7530", "#1565c0"]

    scheme(window, "Dark")
    assert text_colour(bar) == text_colour(error) == DARK["NEGATIVE"] == "#ff8a80"
    assert ground_colour(bar) == "#202124"  # the dark window behind the message bar
    assert contrast(text_colour(bar), ground_colour(bar)) >= 4.5
    assert contrast(text_colour(error), ground_colour(error)) >= 4.5
    assert round(contrast(text_colour(bar), ground_colour(bar)), 2) == 7.05
    dark_bars = [DARK["TARGET_BAR"], DARK["NEGATIVE"], DARK["POSITIVE"], DARK["ACCENT"]]
    assert brushes(chart) == dark_bars == ["#4a5a70", "#ff8a80", "#81c784", "#64b5f6"]
    assert chart.plot.backgroundBrush().color().name() == DARK["BACKGROUND"]
    assert chart.bar_texts() != []  # still the same bars, in the new colours

    scheme(window, "Light")
    assert text_colour(bar) == text_colour(error) == hex_of(LIGHT["NEGATIVE"])
    assert contrast(text_colour(bar), ground_colour(bar)) >= 4.5
    assert brushes(chart) == light_bars
    assert chart.plot.backgroundBrush().color().name() == "#ffffff"


def test_an_error_text_made_while_dark_is_in_the_dark_colour(qtbot, window):
    scheme(window, "Dark")
    label = PlainLabel("Refused")
    qtbot.addWidget(label)
    show_as_error(label)
    assert text_colour(label) == DARK["NEGATIVE"]
    assert palette.NEGATIVE.name() == DARK["NEGATIVE"]
