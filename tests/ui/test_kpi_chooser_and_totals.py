"""The Actuals and Progress tabs switch KPI themselves; the Actuals grid totals the month."""

from datetime import date

from kpidesk.ui.plan_tree_model import Column

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def choose(chooser, node_id):
    index = chooser.findData(node_id)
    chooser.setCurrentIndex(index)
    chooser.activated.emit(index)


def test_the_actuals_tab_switches_kpi_and_the_tree_follows(qtbot, window):
    window.show_actuals()
    grid = window.actuals
    chooser = grid.kpi_choice
    texts = [chooser.itemText(i) for i in range(chooser.count())]
    assert texts == [
        "Revenue",
        "\u3000Deals",
        "\u3000\u3000Prospects",
        "\u3000\u3000Close rate",
        "\u3000Unit price",
    ]
    choose(chooser, PROSPECTS)
    assert window.current_node_id() == PROSPECTS
    assert window.tree.currentIndex().siblingAtColumn(Column.NAME).data() == "Prospects"
    assert grid.heading.text() == "Actuals of “Prospects” by day and rep"


def test_the_progress_tab_switches_kpi(qtbot, window):
    window.document.controller.set_period(date(2026, 11, 1))
    window.show_charts()
    window.charts_page.panel  # noqa: B018 (built on first look)
    chooser = window.charts_page.kpi_choice
    choose(chooser, DEALS)
    assert window.current_node_id() == DEALS
    window._select_node(PROSPECTS)
    assert chooser.currentData() == PROSPECTS


def test_the_grid_totals_each_column_for_a_count_and_not_for_a_rate(qtbot, window):
    controller = window.document.controller
    controller.set_period(date(2026, 11, 1))
    controller.record_actuals(
        {
            (PROSPECTS, 1, date(2026, 11, 2)): "3",
            (PROSPECTS, 1, date(2026, 11, 3)): "4",
            (PROSPECTS, 2, date(2026, 11, 2)): "5",
        }
    )
    window._select_node(PROSPECTS)
    window.show_actuals()
    grid = window.actuals
    assert grid.totals.text() == "Month's total — Rep 1: 7  ·  Rep 2: 5"
    controller.record_actuals({(PROSPECTS, 2, date(2026, 11, 4)): "1"})
    assert grid.totals.text() == "Month's total — Rep 1: 7  ·  Rep 2: 6"
    window._select_node(CLOSE_RATE)
    assert grid.totals.text() == "A rate or a price is not added up over days: no total."
