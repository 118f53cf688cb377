"""A gap between rates reads in percentage points (+5 pt), never as a relative +5 %."""

from fractions import Fraction

from PySide6.QtCore import QLocale

from kpidesk.domain.model import Unit
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell, cell_text, edit_cell

CLOSE_RATE = 5
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def test_rate_gaps_are_signed_points_and_other_units_keep_their_own(english):
    fmt = NumberFormat(US)
    assert fmt.signed(Fraction(5, 100), Unit.PERCENT) == "+5 pt"
    assert fmt.signed(Fraction(-25, 1000), Unit.PERCENT) == "-2.5 pt"
    assert fmt.signed(Fraction(0), Unit.PERCENT) == "±0 pt"
    assert fmt.signed(Fraction(-1000), Unit.CURRENCY) == "-¥1,000"
    assert fmt.value(Fraction(5, 100), Unit.PERCENT) == "5 %"  # a rate itself stays in %


def test_the_close_rate_gap_reads_in_points_in_the_tree_and_the_form(qtbot, window):
    edit_cell(qtbot, window, CLOSE_RATE, Column.PLAN, "25")
    assert cell_text(window, CLOSE_RATE, Column.PLAN) == "25 %"
    gap = cell_text(window, CLOSE_RATE, Column.GAP)
    assert gap == "+5 pt"
    window.tree.setCurrentIndex(cell(window, CLOSE_RATE, Column.NAME))
    assert window.form.gap.text() == "+5 pt"
