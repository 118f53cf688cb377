"""The KPI tree's Actual column: every KPI's actual so far, derived ones marked and explained."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kpidesk.services.actuals_file import ColumnMapping
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell, cell_text


@pytest.fixture
def window(qtbot, english, settings):
    """A shown window with no plan open yet: every test here starts a new plan in it (the
    demo plan the shared `window` fixture opens would be closed unseen)."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _ids(window) -> dict[str, int]:
    return {node.name: node.id for node in window.document.session.plan.nodes.values()}


def _import(window, tmp_path, rows: list[tuple[str, str]]) -> None:
    csv = tmp_path / "crm.csv"
    lines = ["Date,KPI,Value", *(f"2026-11-16,{name},{value}" for name, value in rows)]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mapping = ColumnMapping(date="Date", value="Value", kpi="KPI")
    assert window.document.controller.import_actuals_file(str(csv), mapping) is None


def _field_plan_with_imported_actuals(window, tmp_path) -> tuple[dict[str, int], list[str]]:
    """A field-sales plan in November with revenue, deals and prospects imported; its ids by
    name and its names in tree order (revenue, deals, price, prospects, close rate)."""
    assert window.new_plan(tmp_path / "field.kpidesk", template="field_sales")
    assert window.document.controller.set_period(date(2026, 11, 1)) is None
    revenue, deals, _price, prospects, _rate = names = list(_ids(window))
    _import(window, tmp_path, [(revenue, "3600000"), (deals, "40"), (prospects, "180")])
    return _ids(window), names


def test_counts_and_money_imported_give_every_kpi_an_actual(qtbot, window, tmp_path):
    assert window.new_plan(tmp_path / "field.kpidesk", template="field_sales")
    controller = window.document.controller
    assert controller.set_period(date(2026, 11, 1)) is None
    names = list(_ids(window))
    revenue, deals, price, prospects, rate = names
    model = window.model
    assert model.headerData(Column.ACTUAL, Qt.Orientation.Horizontal) == "Actual"
    assert cell_text(window, _ids(window)[revenue], Column.ACTUAL) == "—"

    _import(window, tmp_path, [(revenue, "3600000"), (deals, "40"), (prospects, "180")])

    ids = _ids(window)
    shown = {name: cell_text(window, ids[name], Column.ACTUAL) for name in names}
    assert shown == {
        revenue: "¥3,600,000",
        deals: "40",
        price: "≒ ¥90,000",
        prospects: "180",
        rate: "≒ 22.22 %",
    }
    for name in (price, rate):
        index = cell(window, ids[name], Column.ACTUAL)
        assert index.data(Qt.ItemDataRole.FontRole).italic()
    for name in (revenue, deals, prospects):
        font = cell(window, ids[name], Column.ACTUAL).data(Qt.ItemDataRole.FontRole)
        assert font is None
        assert cell(window, ids[name], Column.ACTUAL).data(Qt.ItemDataRole.ToolTipRole) is None
    tip = cell(window, ids[price], Column.ACTUAL).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [
        "Derived through the tree: no actual of its own was entered.",
        f"= {revenue} ÷ {deals}",
    ]
    tip = cell(window, ids[rate], Column.ACTUAL).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[1] == f"= {deals} ÷ {prospects}"


def test_an_own_actual_replaces_the_derived_one_and_undo_brings_it_back(qtbot, window, tmp_path):
    ids, (_revenue, _deals, price, _prospects, _rate) = _field_plan_with_imported_actuals(
        window, tmp_path
    )
    controller = window.document.controller
    repaints = []
    window.model.dataChanged.connect(
        lambda top, bottom, roles=(): repaints.append((top.internalId(), bottom.column()))
    )

    assert controller.record_actuals({(ids[price], 0, date(2026, 11, 17)): "95000"}) is None

    assert cell_text(window, ids[price], Column.ACTUAL) == "¥95,000"
    assert (ids[price], Column.ACTUAL) in repaints
    window.document.undo_stack.undo()
    assert cell_text(window, ids[price], Column.ACTUAL) == "≒ ¥90,000"


def test_the_rep_chosen_in_progress_shows_their_own_actuals(qtbot, window, tmp_path):
    assert window.new_plan(tmp_path / "field.kpidesk", template="field_sales")
    assert window.document.controller.set_period(date(2026, 11, 1)) is None
    _revenue, deals, _price, prospects, rate = list(_ids(window))
    rep = window.document.session.plan.active_reps[1]
    csv = tmp_path / "crm.csv"
    csv.write_text(
        "Date,KPI,Rep,Value\n"
        f"2026-11-16,{deals},{rep.name},4\n"
        f"2026-11-16,{prospects},{rep.name},20\n"
        f"2026-11-16,{deals},,30\n"
        f"2026-11-16,{prospects},,100\n",
        encoding="utf-8",
    )
    mapping = ColumnMapping(date="Date", value="Value", kpi="KPI", rep="Rep")
    assert window.document.controller.import_actuals_file(str(csv), mapping) is None
    ids = _ids(window)
    assert cell_text(window, ids[rate], Column.ACTUAL) == "≒ 28.33 %"  # 34 ÷ 120

    window.views.setCurrentWidget(window.views.charts_page)
    window.views.charts_page.rep.setCurrentIndex(2)

    header = window.model.headerData(Column.ACTUAL, Qt.Orientation.Horizontal)
    assert header == f"Actual ({rep.name})"
    assert cell_text(window, ids[deals], Column.ACTUAL) == "4"
    assert cell_text(window, ids[rate], Column.ACTUAL) == "≒ 20 %"  # 4 ÷ 20
    window.views.charts_page.rep.setCurrentIndex(0)
    assert window.model.headerData(Column.ACTUAL, Qt.Orientation.Horizontal) == "Actual"
    assert cell_text(window, ids[deals], Column.ACTUAL) == "34"


def test_a_typed_plan_value_leaves_the_actuals_as_worked_out(qtbot, window, tmp_path, monkeypatch):
    from kpidesk.ui import tree_actuals_column

    ids, (revenue, deals, price, prospects, _rate) = _field_plan_with_imported_actuals(
        window, tmp_path
    )
    controller = window.document.controller
    worked_out = []
    original = tree_actuals_column.ActualColumn.refresh
    monkeypatch.setattr(
        tree_actuals_column.ActualColumn,
        "refresh",
        lambda self, session: worked_out.append(1) or original(self, session),
    )
    assert controller.set_plan_value(ids[prospects], "450") is None
    assert controller.set_plan_value(ids[_rate], "25") is None  # (a target would ask why)
    assert worked_out == []
    assert controller.rename(ids[deals], "Won deals") is None  # the tooltips name it
    assert worked_out == [1]
    tip = cell(window, ids[price], Column.ACTUAL).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[1] == f"= {revenue} ÷ Won deals"


def test_a_plan_opened_next_shows_the_actuals_of_the_rep_still_chosen(qtbot, window, tmp_path):
    assert window.new_plan(tmp_path / "first.kpidesk", template="field_sales")
    window.views.setCurrentWidget(window.views.charts_page)
    choice = window.views.charts_page.rep
    choice.setCurrentIndex(2)
    assert window.new_plan(tmp_path / "second.kpidesk", template="field_sales")
    chosen = choice.currentIndex()
    reps = window.document.session.plan.active_reps
    expected = f"Actual ({reps[chosen - 1].name})" if chosen > 0 else "Actual"
    assert window.model.headerData(Column.ACTUAL, Qt.Orientation.Horizontal) == expected
    assert chosen == 2  # the same place in a plan with the same reps
