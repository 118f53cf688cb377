"""The achievement and funnel charts say which actuals were worked out through the tree, and how."""

from fractions import Fraction

import pytest
from PySide6.QtCore import QLocale

from kpidesk.domain.chart_series import AchievementBars, Bar, FunnelSeries, Stage
from kpidesk.domain.derived_actuals import Derivation
from kpidesk.domain.model import Relation
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.charts import Tab

FMT = NumberFormat(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
BY_DEALS = Derivation(2, "Deals", Relation.PRODUCT, "Deals ÷ Close rate")
CLOSE_RATE = Derivation(2, "Deals", Relation.PRODUCT, "Deals ÷ Prospects")


@pytest.fixture
def panel(qtbot, english):
    from kpidesk.ui.charts.chart_panel import ChartPanel

    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    return panel


def table(panel, tab):
    model = panel.page(tab).table.model()
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_achievement_names_the_derived_rate_and_how(panel):
    bars = AchievementBars(
        (
            Bar("Deals", Fraction(9, 10), "lagging"),
            Bar("Close rate", Fraction(5, 4), "on_track", CLOSE_RATE),
        )
    )
    panel.set_achievement(bars, FMT)
    assert table(panel, Tab.ACHIEVEMENT) == [
        ("Deals", "90 %", "Lagging"),
        ("Close rate (derived: Deals ÷ Prospects)", "125 %", "On track"),
    ]
    assert panel.page(Tab.ACHIEVEMENT).describe(1.0).splitlines() == [
        "Close rate",
        "Achievement: 125 %",
        "Status: On track",
        "derived: Deals ÷ Prospects",
    ]


def test_a_derived_funnel_stage_says_how(panel):
    funnel = FunnelSeries(
        (
            Stage("Prospects", Fraction(160), derived=BY_DEALS),
            Stage("Deals", Fraction(40), Fraction(1, 4)),
        )
    )
    panel.set_funnel(funnel, FMT)
    assert table(panel, Tab.FUNNEL) == [
        ("Prospects (derived: Deals ÷ Close rate)", "160", ""),
        ("Deals", "40", "25 %"),
    ]
