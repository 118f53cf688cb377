"""The tree model obeys Qt's model contract and repaints only the rows that changed."""

from fractions import Fraction

import pytest
from PySide6.QtCore import Qt

from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore
from kpidesk.ui.plan_tree_model import Column, PlanTreeModel

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


@pytest.fixture
def session(demo_file, english):
    db = open_plan_file(demo_file)
    yield PlanSession(PlanStore(db))
    db.close()


@pytest.fixture
def model(session):
    model = PlanTreeModel(NumberFormat())
    model.reset(session.plan, session.figures)
    return model


def follow(model, session, outcome):
    model.update(session.plan, session.figures, outcome.changed_node_ids)


def test_the_model_passes_qt_model_tester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)


def test_the_model_stays_valid_through_inserts_removals_and_undo(qtmodeltester, model, session):
    qtmodeltester.check(model, force_py=True)
    added = session.add_child(PROSPECTS, "Visits")
    follow(model, session, added)
    removed = session.delete_subtree(DEALS)
    follow(model, session, removed)
    follow(model, session, session.undo(removed.change))
    follow(model, session, session.undo(added.change))
    assert model.rowCount(model.index_of(DEALS)) == 2
    assert model.rowCount(model.index_of(PROSPECTS)) == 0


def test_only_rows_whose_values_changed_are_repainted(qtbot, model, session):
    repainted = []
    model.dataChanged.connect(lambda top, bottom, roles: repainted.append(model.node_id(top)))
    follow(model, session, session.set_plan_value(UNIT_PRICE, Fraction(90_000)))
    assert sorted(repainted) == [REVENUE, UNIT_PRICE]


def test_inserted_rows_are_announced_under_their_parent(qtbot, model, session):
    inserted = []
    model.rowsInserted.connect(
        lambda parent, first, last: inserted.append((model.node_id(parent), first, last))
    )
    outcome = session.add_child(DEALS, "Visits")
    follow(model, session, outcome)
    assert inserted == [(DEALS, 2, 2)]
    assert model.index_of(outcome.new_node_id).data() == "Visits"


def editable(model, node_id, column) -> bool:
    return bool(model.flags(model.index_of(node_id, column)) & Qt.ItemFlag.ItemIsEditable)


def test_computed_cells_are_read_only(model):
    assert editable(model, REVENUE, Column.REQUIRED)
    assert editable(model, UNIT_PRICE, Column.REQUIRED)
    assert not editable(model, DEALS, Column.REQUIRED)  # solved from the KGI
    assert not editable(model, DEALS, Column.PLAN)  # computed from its children
    assert editable(model, PROSPECTS, Column.PLAN)
    assert not editable(model, REVENUE, Column.GAP)
