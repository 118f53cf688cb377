"""The form's per-rep table follows the selected KPI: its cells are kept and refilled."""

from kpidesk.domain.model import Split
from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def column(table, index):
    return [table.item(row, index).text() for row in range(table.rowCount())]


def test_the_table_shows_each_selected_kpi_s_own_parts(qtbot, window):
    table = window.form.rep_table
    assert window.document.controller.set_split(DEALS, Split.EVEN) is None
    window.tree.setCurrentIndex(cell(window, PROSPECTS, Column.NAME))
    assert column(table, 1) == ["50"] * 10  # 500 prospects over 10 reps
    window.document.controller.set_fixed_share(PROSPECTS, 1, "23")
    assert column(table, 3) == ["23"] + [""] * 9
    assert column(table, 1) == ["23"] + ["53"] * 9  # 477 over 9: 53 each
    window.tree.setCurrentIndex(cell(window, DEALS, Column.NAME))
    assert column(table, 0) == [f"Rep {n}" for n in range(1, 11)]
    assert column(table, 1) == ["10"] * 10  # 100 deals
    assert column(table, 3) == [""] * 10  # the fixed share was the prospects', not the deals'
    table.item(2, 3).setText("16")  # typed into a kept cell: the deals' share, for rep 3
    assert column(table, 1) == ["10", "10", "16", "10"] + ["9"] * 6  # 84 over 9: largest remainder
    window.tree.setCurrentIndex(cell(window, PROSPECTS, Column.NAME))
    assert column(table, 3) == ["23"] + [""] * 9
