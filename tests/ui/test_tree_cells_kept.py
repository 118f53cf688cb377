"""The tree keeps each row's cells until its KPI changes, and what it keeps follows every change."""

import shutil

from PySide6.QtCore import Qt

from kpidesk.domain.model import Split, Unit
from kpidesk.ui.palette import DARK
from kpidesk.ui.plan_tree_model import Column
from kpidesk.ui.scheme_colours import apply_colours
from tests.ui.helpers import cell, cell_text, edit_cell

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def test_a_kept_colour_follows_the_colour_scheme(window):
    computed = cell(window, DEALS, Column.REQUIRED)  # solved from the KGI: drawn as computed
    assert computed.data(FOREGROUND).color().name() == "#1f5fa8"
    apply_colours(True)
    try:
        assert computed.data(FOREGROUND).color().name() == DARK["COMPUTED"]
    finally:
        apply_colours(False)
    assert computed.data(FOREGROUND).color().name() == "#1f5fa8"


def test_a_neighbours_unit_turns_a_price_into_an_amount_shared_per_rep(window):
    controller = window.document.controller
    assert controller.set_split(UNIT_PRICE, Split.EVEN) is None
    assert cell_text(window, UNIT_PRICE, Column.PER_REP) == ""  # ¥ × a count: a price
    assert controller.set_unit(DEALS, Unit.OTHER, "lots") is None  # no count beside it now
    assert cell_text(window, UNIT_PRICE, Column.PER_REP) == "¥10,000"  # ¥100,000 over 10 reps
    window.undo_action.trigger()
    assert cell_text(window, UNIT_PRICE, Column.PER_REP) == ""


def test_a_fixed_share_and_the_team_show_in_every_per_rep_cell(window):
    controller = window.document.controller
    assert cell_text(window, PROSPECTS, Column.PER_REP) == "50"
    assert controller.set_fixed_share(PROSPECTS, 1, "95") is None
    assert cell_text(window, PROSPECTS, Column.PER_REP) == "45–95"  # 405 over the other 9
    window.undo_action.trigger()
    assert cell_text(window, PROSPECTS, Column.PER_REP) == "50"


def test_a_wider_value_is_measured_once_and_painted_from_what_was_kept(qtbot, window, monkeypatch):
    model = window.model
    cell_text(window, PROSPECTS, Column.PLAN)  # painted once: kept
    worked_out = []
    original = type(model)._cell

    def counted(self, node_id, column, role):
        worked_out.append((node_id, column, role))
        return original(self, node_id, column, role)

    monkeypatch.setattr(type(model), "_cell", counted)
    assert window.document.controller.set_plan_value(PROSPECTS, "450") is None
    display = Qt.ItemDataRole.DisplayRole
    qtbot.waitUntil(lambda: (REVENUE, Column.PROJECTED, display) in worked_out)  # painted, measured
    qtbot.wait(5)
    # The figures' cells (the SMART badge follows when the KPI has been assessed again).
    first = [(n, c) for n, c, r in worked_out if r == display and c < Column.SMART]
    assert (PROSPECTS, Column.PLAN) in first and (REVENUE, Column.PROJECTED) in first
    assert len(first) == len(set(first))  # each changed cell formatted once
    assert CLOSE_RATE not in {n for n, _ in first}  # its row did not change
    worked_out.clear()
    assert cell_text(window, REVENUE, Column.PROJECTED) == "¥9,000,000"
    assert worked_out == []


def test_each_opened_plan_gets_a_tree_model_made_on_its_document(qtbot, window, tmp_path):
    first = window.model
    assert first.document is window.document
    other = tmp_path / "other.kpidesk"
    shutil.copyfile(window.document.path, other)
    assert window.open_file(other)
    assert window.model is not first and window.tree.model() is window.model
    assert window.model.document is window.document
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    assert cell_text(window, REVENUE, Column.PROJECTED) == "¥9,000,000"
    assert window.form.plan.text() == "450"
