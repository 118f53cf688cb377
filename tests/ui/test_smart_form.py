"""The SMART form and SMART at a glance, used as a person does: click, type, tick, undo."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from kpidesk.i18n.catalog import install_translators
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell, cell_text, type_text

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
KPIS = (DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE)


def select(qtbot, window, node_id) -> None:
    """Click the KPI's name in the tree."""
    index = cell(window, node_id, Column.NAME)
    window.tree.scrollTo(index)
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_node_id() == node_id


def open_smart_tab(qtbot, window):
    tabs = window.detail_tabs
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "SMART")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is window.smart_glance.area
    return window.smart_glance.form


def fill_line(qtbot, edit, text: str) -> None:
    """Click into a line edit, type, and press Enter."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def fill_definition(qtbot, form, text: str) -> None:
    """Type into the definition box and leave it with Tab, which commits it."""
    box = form.definition
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
    assert box.hasFocus()
    type_text(qtbot, box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def click_box(qtbot, check) -> None:
    """Click a check box on its square (the box may be wider than its text)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def verdict(form, criterion: str) -> str:
    box = form.findChild(type(form.boxes[next(iter(form.boxes))]), f"smart_{criterion}")
    return box.verdict.text()


def fill_everything(qtbot, form) -> None:
    fill_line(qtbot, form.owner, "Sato")
    fill_definition(qtbot, form, "New contacts who agreed to a first meeting")
    fill_line(qtbot, form.source, "CRM daily report")


def close_november_with(window, values: dict[int, str]) -> None:
    """Set-up, not the gesture under test: a closed November whose actuals are the record."""
    controller = window.document.controller
    controller.set_period(date(2026, 11, 1))
    controller.record_actuals({(node, 0, date(2026, 11, 10)): t for node, t in values.items()})
    controller.start_next_period("same", "")


@pytest.fixture
def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_typing_owner_definition_and_source_makes_specific_and_measurable_pass(qtbot, active):
    select(qtbot, active, PROSPECTS)
    form = open_smart_tab(qtbot, active)
    assert form.title.text() == "Prospects"
    assert verdict(form, "specific") == "Check this"
    assert verdict(form, "measurable") == "Check this"
    assert "Nobody owns this KPI yet." in form.boxes["specific"].reasons.text()
    fill_line(qtbot, form.owner, "Sato")
    fill_definition(qtbot, form, "New contacts who agreed to a first meeting")
    assert verdict(form, "specific") == "Passes"
    assert form.boxes["specific"].mark.text() == "✓"
    assert verdict(form, "measurable") == "Check this"
    fill_line(qtbot, form.source, "CRM daily report")
    assert verdict(form, "measurable") == "Passes"
    assert not form.boxes["measurable"].reasons.isVisible()
    record = active.document.session.plan.smart[PROSPECTS]
    assert (record.owner, record.definition, record.source) == (
        "Sato",
        "New contacts who agreed to a first meeting",
        "CRM daily report",
    )


def test_each_field_is_one_undo_step_and_the_file_keeps_the_rest(qtbot, active, demo_file):
    select(qtbot, active, PROSPECTS)
    form = open_smart_tab(qtbot, active)
    fill_line(qtbot, form.owner, "Sato")
    box = form.boxes["achievable"]
    click_box(qtbot, box.tick)
    fill_line(qtbot, box.note, "Last year's best month was 480")
    assert active.undo_action.text() == "&Undo Edit SMART note"
    assert box.tick.isChecked()

    qtbot.mouseClick(active.tree.viewport(), Qt.MouseButton.LeftButton, pos=_row_center(active))
    qtbot.keyClick(active.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.note.text() == ""
    assert box.tick.isChecked()
    active.undo_action.trigger()
    assert not box.tick.isChecked()
    assert form.owner.text() == "Sato"

    active.open_file(demo_file)  # read the file again, as after a restart
    select(qtbot, active, PROSPECTS)
    form = open_smart_tab(qtbot, active)
    assert form.owner.text() == "Sato"
    assert not form.boxes["achievable"].tick.isChecked()
    assert form.boxes["achievable"].note.text() == ""


def _row_center(window):
    return window.tree.visualRect(cell(window, PROSPECTS, Column.NAME)).center()


def test_the_kgi_has_no_smart_form_and_says_why(qtbot, active):
    select(qtbot, active, REVENUE)
    form = open_smart_tab(qtbot, active)
    assert form.root_note.isVisible()
    assert "The KGI is the goal itself" in form.root_note.text()
    assert not form.owner.isVisible()
    assert cell_text(active, REVENUE, Column.SMART) is None


def test_badges_and_summary_follow_a_kpi_becoming_smart(qtbot, active):
    close_november_with(active, {PROSPECTS: "500"})
    summary = active.smart_glance.summary
    assert summary.text() == "0 of 4 KPIs SMART"
    assert cell_text(active, PROSPECTS, Column.SMART) == "!"
    assert cell_text(active, CLOSE_RATE, Column.SMART) == "!"
    tooltip = cell(active, PROSPECTS, Column.SMART).data(Qt.ItemDataRole.ToolTipRole)
    assert "Specific: Check this" in tooltip
    assert "Nobody owns this KPI yet." in tooltip
    assert "Time-bound" not in tooltip

    select(qtbot, active, PROSPECTS)
    form = open_smart_tab(qtbot, active)
    fill_everything(qtbot, form)
    assert form.verdict.text() == "SMART: every criterion passes."
    assert "within the record: best 500, average 500" in form.boxes["achievable"].reasons.text()
    assert cell_text(active, PROSPECTS, Column.SMART) == "✓"
    assert summary.text() == "1 of 4 KPIs SMART"
    active.undo_action.trigger()  # the source again
    assert cell_text(active, PROSPECTS, Column.SMART) == "!"
    assert summary.text() == "0 of 4 KPIs SMART"


def test_a_vague_name_fails_specific_with_a_cross(qtbot, active):
    select(qtbot, active, CLOSE_RATE)
    form = open_smart_tab(qtbot, active)
    active.document.controller.rename(CLOSE_RATE, "Improve closing")
    assert cell_text(active, CLOSE_RATE, Column.SMART) == "✗"
    assert verdict(form, "specific") == "Falls short"
    assert "“Improve closing” is an aim, not a measure" in form.boxes["specific"].reasons.text()


def visible(window) -> set[int]:
    tree = window.tree
    shown = set()
    for node_id in window.document.session.plan.nodes:
        index = cell(window, node_id, Column.NAME)
        if not index.parent().isValid() or not tree.isRowHidden(index.row(), index.parent()):
            shown.add(node_id)
    return shown


def test_the_filter_shows_only_kpis_that_fall_short_with_their_ancestors(qtbot, active):
    close_november_with(active, {PROSPECTS: "500", DEALS: "100"})
    for node_id in (DEALS, PROSPECTS):
        select(qtbot, active, node_id)
        fill_everything(qtbot, open_smart_tab(qtbot, active))
    assert active.smart_glance.summary.text() == "2 of 4 KPIs SMART"

    qtbot.mouseClick(active.smart_glance.summary, Qt.MouseButton.LeftButton)
    assert active.smart_glance.filter_action.isChecked()
    # Deals is SMART but stays, so that Close rate below it still reads as part of the tree.
    assert visible(active) == {REVENUE, DEALS, UNIT_PRICE, CLOSE_RATE}

    active.undo_action.trigger()  # Prospects' data source again: it falls short and shows
    assert visible(active) == {REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE}
    active.redo_action.trigger()
    assert visible(active) == {REVENUE, DEALS, UNIT_PRICE, CLOSE_RATE}

    select(qtbot, active, DEALS)
    fill_line(qtbot, active.smart_glance.form.owner, "")  # now short in its own right
    assert active.smart_glance.summary.text() == "1 of 4 KPIs SMART"
    assert cell_text(active, DEALS, Column.SMART) == "!"
    assert visible(active) == {REVENUE, DEALS, UNIT_PRICE, CLOSE_RATE}

    active.smart_glance.filter_action.trigger()  # View → Only KPIs That Fall Short, off
    assert not active.smart_glance.summary.isChecked()
    assert visible(active) == {REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE}


def test_the_filter_is_in_the_view_menu(active):
    view = next(a.menu() for a in active.menuBar().actions() if a.text() == "&View")
    assert active.smart_glance.filter_action in view.actions()


def test_the_japanese_ui_shows_smart_in_japanese(qtbot, qapp, settings, demo_file):
    install_translators(qapp, "ja")
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.open_file(demo_file)
        window.show()
        assert window.smart_glance.summary.text() == "4件中0件のKPIがSMART"
        select(qtbot, window, PROSPECTS)
        form = open_smart_tab(qtbot, window)
        assert form.boxes["specific"].title.text() == "S  具体的"
        assert form.boxes["time_bound"].title.text() == "T  期限"
        assert verdict(form, "specific") == "要確認"
        assert "このKPIの担当者が決まっていません。" in form.boxes["specific"].reasons.text()
        assert form.boxes["specific"].tick.text() == "確認済み"
        tooltip = cell(window, PROSPECTS, Column.SMART).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip.startswith("具体的: 要確認")
        assert window.smart_glance.filter_action.text() == "SMARTを満たさないKPIだけ表示(&S)"
    finally:
        install_translators(qapp, "en")
