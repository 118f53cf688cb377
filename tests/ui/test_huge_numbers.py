"""Any figure the tree computes shows: 10^330 and 10^-306 in tree, form, diagram, charts, PDF."""

from datetime import date
from fractions import Fraction

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from kpidesk.domain.model import TEAM, Node, Plan, Relation, Rep, Rounding, Unit
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.report.writer import export_pdf
from kpidesk.storage.plan_file import create_plan_file
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell_text

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
TRILLION = Fraction(10**12)  # the largest value a user may type
REVENUE, DEALS, UNIT_PRICE, FIRST_DRIVER = 1, 2, 3, 4
DRIVERS = 30
DAY = date(2026, 11, 2)


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (Fraction(10**30), Unit.CURRENCY, "¥1E+30"),
        (Fraction(10**183), Unit.COUNT, "1E+183"),
        (-Fraction(12345 * 10**36), Unit.CURRENCY, "-¥1.23E+40"),
        (Fraction(1, 10**30), Unit.COUNT, "1E-30"),
        (-Fraction(1, 10**30), Unit.COUNT, "-1E-30"),
        (Fraction(10**30), Unit.PERCENT, "1E+32 %"),
        (Fraction(999_999_999_999_999), Unit.CURRENCY, "¥999,999,999,999,999"),
        (Fraction(10**15), Unit.CURRENCY, "¥1E+15"),
        (Fraction(12345678901234567, 100), Unit.COUNT, "123,456,789,012,345.67"),
        (Fraction(1, 3), Unit.COUNT, "0.33"),
    ],
)
def test_every_size_of_number_has_a_text(english, value, unit, shown):
    assert NumberFormat(US).value(value, unit) == shown


def test_money_in_man_yen_and_gaps_of_huge_numbers(english):
    number_format = NumberFormat(US, money_in_man=True)
    assert number_format.value(Fraction(10**30), Unit.CURRENCY) == "1E+26 man-yen"
    assert number_format.signed(-Fraction(10**40), Unit.COUNT) == "-1E+40"
    assert number_format.signed(Fraction(10**40), Unit.COUNT) == "+1E+40"


def huge_plan() -> Plan:
    """Revenue = deals × unit price; deals = the product of 30 drivers of a trillion each, one
    of them planned negative: −10^360 deals at ¥10^-30 each project −¥10^330 (beyond a float)
    against a ¥10^12 KGI, and the first driver (not rounded) must reach 10^-306 for the KGI."""
    nodes = {
        REVENUE: Node(
            REVENUE, None, 0, "Revenue", Unit.CURRENCY, relation=Relation.PRODUCT, target=TRILLION
        ),
        DEALS: Node(
            DEALS, REVENUE, 0, "Deals", Unit.COUNT, relation=Relation.PRODUCT, solve_for=True
        ),
        UNIT_PRICE: Node(
            UNIT_PRICE,
            REVENUE,
            1,
            "Unit price",
            Unit.CURRENCY,
            target=Fraction(1, 10**30),
            plan=Fraction(1, 10**30),
        ),
    }
    for k in range(DRIVERS):
        node_id = FIRST_DRIVER + k
        plan = -TRILLION if k == 1 else TRILLION
        nodes[node_id] = Node(
            node_id,
            DEALS,
            k,
            f"Driver {k + 1}",
            Unit.COUNT,
            solve_for=k == 0,
            rounding=Rounding.NONE,
            target=None if k == 0 else TRILLION,
            plan=plan,
        )
    return Plan("Huge", nodes, [Rep(1, "Aiko", 0)], period_start=date(2026, 11, 1))


@pytest.fixture
def huge_window(qtbot, english, settings, tmp_path):
    path = tmp_path / "huge.kpidesk"
    create_plan_file(path, huge_plan())
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_file(path)
    session = window.document.session
    actuals = {(FIRST_DRIVER + k, TEAM, DAY): TRILLION for k in range(DRIVERS)}
    actuals[(UNIT_PRICE, TEAM, DAY)] = Fraction(1, 10**4)  # revenue to date: ¥10^356
    window.document.controller.publish(session.record_actuals(actuals))
    window.show()
    return window


def test_the_tree_and_the_form_show_huge_and_tiny_figures(qtbot, huge_window):
    window = huge_window
    assert cell_text(window, REVENUE, Column.PROJECTED) == "-¥1E+330"
    assert cell_text(window, REVENUE, Column.GAP) == "-¥1E+330"
    assert cell_text(window, DEALS, Column.REQUIRED) == "1E+42"
    assert cell_text(window, DEALS, Column.PROJECTED) == "-1E+360"
    assert cell_text(window, FIRST_DRIVER, Column.REQUIRED) == "1E-306"
    window._select_node(DEALS)
    assert window.form.plan.text() == ""
    window._select_node(FIRST_DRIVER)
    assert window.form.plan.text() == "1000000000000"


def test_the_diagram_charts_and_pdf_draw_huge_figures(qtbot, huge_window, tmp_path):
    window = huge_window
    window.show_diagram()
    qtbot.wait(20)
    assert ("Projected", "-¥1E+330") in window.diagram.view.box_item(REVENUE).rows
    window.show_charts()
    for node_id in (REVENUE, DEALS, FIRST_DRIVER):
        window._select_node(node_id)
        qtbot.wait(20)
    target = tmp_path / "huge.pdf"
    pages = export_pdf(window.document.session, target, number_format=NumberFormat(US))
    text = ""
    for page in pypdf.PdfReader(target).pages:
        text += page.extract_text()
        if "-¥1E+330" in text and "1E-306" in text:
            break  # the pages after (a chart per driver) need not be read
    assert pages >= 1
    assert "-¥1E+330" in text
    assert "1E-306" in text


@settings(max_examples=300, deadline=None)
@given(st.integers(-(10**15) + 1, 10**15 - 1), st.sampled_from([Unit.COUNT, Unit.CURRENCY]))
def test_a_whole_number_shows_every_digit_grouped_by_thousands(number, unit):
    # a whole number takes a shorter way than a fraction; both give the same text
    fmt = NumberFormat(US)
    shown = fmt.value(Fraction(number), unit)
    digits = f"{abs(number):,}"
    sign = "-" if number < 0 else ""
    assert shown == (f"{sign}¥{digits}" if unit is Unit.CURRENCY else f"{sign}{digits}")
    nearly = Fraction(number) + (Fraction(1, 1000) if number < 0 else -Fraction(1, 1000))
    if number != 0 and unit is Unit.COUNT:  # rounds to the same whole number, the long way
        assert fmt.value(nearly, unit) == shown
