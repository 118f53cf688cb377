"""The value axis: its ticks where pyqtgraph puts them, labels in the chart's unit and format."""

import pytest

from kpidesk.domain.model import Unit
from kpidesk.i18n.formatting import NumberFormat


@pytest.fixture
def axis(english):
    from kpidesk.ui.charts.axes import ValueAxis

    return ValueAxis("left")


@pytest.mark.parametrize(
    ("low", "high", "size"),
    [
        (0.0, 1.0, 300.0),
        (-52.5, 1050.0, 385.0),
        (-5_000_000.0, 105_000_000.0, 385.0),
        (-0.021, 0.42, 200.0),
        (3.0, 3.0000001, 300.0),
        (1234.5, 98765.4, 90.0),
    ],
)
def test_the_ticks_are_pyqtgraphs_major_and_minor_levels(axis, low, high, size):
    from kpidesk.ui.charts.qtgraph import pg

    expected = pg.AxisItem.tickValues(axis, low, high, size)[:2]
    found = axis.tickValues(low, high, size)
    assert [spacing for spacing, _ in found] == [spacing for spacing, _ in expected]
    for (_spacing, values), (_same, wanted) in zip(found, expected, strict=True):
        assert values == pytest.approx(list(wanted), abs=1e-9 * max(1.0, abs(high)))


def test_a_label_follows_the_unit_and_the_man_yen_setting(axis):
    fmt = NumberFormat()
    axis.set_unit(Unit.CURRENCY, "", fmt)
    assert axis.tickStrings([20_000_000.0], 1, 1) == ["¥20,000,000"]
    fmt.money_in_man = True  # the window's View → 万円 changes the same format
    assert axis.tickStrings([20_000_000.0], 1, 1) == ["2,000 man-yen"]
    axis.set_unit(Unit.COUNT, "", fmt)
    assert axis.tickStrings([20_000_000.0, 1500.0], 1, 1) == ["20,000,000", "1,500"]
