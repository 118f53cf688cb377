"""Typed in the tree, numbers follow the one rule per unit; refusals say why, the file untouched."""

import hashlib

import pytest

from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell_text, edit_cell

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("node_id", "typed", "shown"),
    [
        (REVENUE, "１０００万", "¥10,000,000"),
        (REVENUE, "¥12,000,000", "¥12,000,000"),
        (REVENUE, "1.5億", "¥150,000,000"),
        (CLOSE_RATE, "25", "25 %"),
        (CLOSE_RATE, "２５％", "25 %"),
        (CLOSE_RATE, "0.5", "0.5 %"),
    ],
)
def test_typed_values_follow_the_rule_of_their_unit(qtbot, window, node_id, typed, shown):
    column = Column.REQUIRED if node_id == REVENUE else Column.PLAN
    edit_cell(qtbot, window, node_id, column, typed)
    assert not window.message_bar.isVisible()
    assert cell_text(window, node_id, column) == shown


@pytest.mark.parametrize(
    ("node_id", "typed", "message"),
    [
        (REVENUE, "10%", "“10%”: only a rate takes a % sign. Type the number alone."),
        (
            REVENUE,
            "1,0,0",
            "“1,0,0” is not a number: group digits by three with commas, such as 1,000, "
            "or not at all.",
        ),
        (
            REVENUE,
            "1e15",
            "“1e15” is too large: values are at most 1,000,000,000,000 either way.",
        ),
        (
            PROSPECTS,
            "450.5",
            "“450.5”: this KPI counts whole things. Type a whole number, or set its rounding "
            "to “none” to allow decimals.",
        ),
        (
            PROSPECTS,
            "¥450",
            "“¥450”: only an amount of money takes ¥ or 円. Type the number alone.",
        ),
    ],
)
def test_unclear_numbers_are_refused_with_the_reason(
    qtbot, window, demo_file, node_id, typed, message
):
    before = digest(demo_file)
    column = Column.REQUIRED if node_id == REVENUE else Column.PLAN
    shown = cell_text(window, node_id, column)
    edit_cell(qtbot, window, node_id, column, typed)
    assert window.message_bar.text() == message
    assert cell_text(window, node_id, column) == shown
    assert digest(demo_file) == before
