"""Showing a review fills its KPI table with each column measured once, not once per cell."""

from datetime import date

from PySide6.QtWidgets import QTableWidgetItem

from kpidesk.domain.review import Cadence
from kpidesk.ui.review import review_tables


class CountedItem(QTableWidgetItem):
    """A table cell that counts how often the table asks it for its data."""

    reads = 0

    def data(self, role):
        CountedItem.reads += 1
        return super().data(role)


def test_showing_a_review_does_not_measure_its_table_again_for_every_cell(
    qtbot, window, monkeypatch
):
    controller = window.document.controller
    assert controller.set_period(date(2026, 11, 1)) is None
    assert controller.create_review(Cadence.MONTHLY, date(2026, 11, 20)) is None
    with qtbot.waitExposed(window):
        window.show_reviews()
    panel = window.reviews
    qtbot.waitUntil(lambda: panel.kpis.isVisible() and panel.kpis.rowCount() > 0)
    monkeypatch.setattr(review_tables, "QTableWidgetItem", CountedItem)
    CountedItem.reads = 0
    panel.refresh()  # the review shown again, every cell made anew
    assert isinstance(panel.kpis.item(0, 0), CountedItem)
    cells = panel.kpis.rowCount() * panel.kpis.columnCount()
    # measured on the demo's 55 cells: 1 read while filling with the columns measured once at
    # the end; 10,281 when Qt measured a contents-sized column again on every cell set
    assert CountedItem.reads <= cells
