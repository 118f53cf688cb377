"""File menu: New, Open (with refusals), Save As through the backup API, Open Recent."""

import hashlib
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kpidesk.services.templates import TEMPLATES
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore
from kpidesk.storage.schema import SCHEMA_VERSION
from kpidesk.ui.new_plan_dialog import BLANK, NewPlanDialog
from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell_text, edit_cell

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def warning_box(window) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1, "one warning should be showing"
    return boxes[0]


def test_save_as_continues_in_a_consistent_copy(qtbot, window, demo_file, tmp_path):
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    copy = tmp_path / "team-2027.kpidesk"
    assert window.save_as(copy)
    assert window.windowTitle().startswith("team-2027.kpidesk")
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "470")
    original, saved = (PlanStore(open_plan_file(p)).load() for p in (demo_file, copy))
    assert original.nodes[PROSPECTS].plan == 450
    assert saved.nodes[PROSPECTS].plan == 470


def test_opening_a_file_that_is_not_a_plan_keeps_the_current_plan(qtbot, window, tmp_path):
    other = tmp_path / "budget.kpidesk"
    other.write_text("売上目標,10000000\n", encoding="utf-8")
    before = digest(other)
    assert not window.open_file(other)
    box = warning_box(window)
    assert "is not a KPI Desk plan. The file was left untouched." in box.text()
    box.close()
    assert digest(other) == before
    assert window.windowTitle().startswith("demo.kpidesk")
    assert cell_text(window, DEALS, Column.REQUIRED) == "100"


def test_opening_a_plan_from_a_newer_version_is_refused(qtbot, window, demo_file, tmp_path):
    newer = tmp_path / "newer.kpidesk"
    newer.write_bytes(demo_file.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE app_meta SET value = '9.0.0' WHERE key = 'schema_written_by'")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = digest(newer)
    assert not window.open_file(newer)
    box = warning_box(window)
    assert "was saved by KPI Desk 9.0.0, which is newer than this one" in box.text()
    box.close()
    assert digest(newer) == before


def test_new_plan_starts_with_a_kgi_and_is_saved_at_once(qtbot, window, tmp_path):
    path = tmp_path / "blank.kpidesk"
    assert window.new_plan(path, template=BLANK)
    assert window.windowTitle().startswith("blank.kpidesk")
    assert window.model.rowCount() == 1
    edit_cell(qtbot, window, 1, Column.REQUIRED, "5000000")
    assert PlanStore(open_plan_file(path)).load().nodes[1].target == 5_000_000


def test_open_recent_lists_the_plans_opened(qtbot, window, demo_file, tmp_path):
    other = tmp_path / "other.kpidesk"
    window.save_as(other)
    window.recent_menu.aboutToShow.emit()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[:2] == ["other.kpidesk", "demo.kpidesk"]
    window.recent_menu.actions()[1].trigger()
    assert window.windowTitle().startswith("demo.kpidesk")


def test_undo_history_belongs_to_one_file(qtbot, window, tmp_path):
    edit_cell(qtbot, window, PROSPECTS, Column.PLAN, "450")
    window.new_plan(tmp_path / "fresh.kpidesk", template=BLANK)
    assert not window.undo_action.isEnabled()


def test_new_plan_offers_templates_and_the_chosen_one_computes_at_once(qtbot, window, tmp_path):
    def choose_inside_sales():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewPlanDialog)
        titles = [dialog.list.item(row).text() for row in range(dialog.list.count())]
        assert titles[:4] == [
            "Field sales (visits to deals)",
            "Inside sales (calls to deals)",
            "Retail store",
            "Subscription sales (new MRR)",
        ]
        dialog.list.setCurrentRow(1)
        assert "calls" in dialog.description.text()
        dialog.accept()

    QTimer.singleShot(0, choose_inside_sales)
    assert window.new_plan(tmp_path / "inside.kpidesk")
    figures = window.document.session.figures
    assert all(f.required.ok and f.projected.ok for f in figures.values())
    root = window.document.session.plan.root
    assert figures[root.id].gap.value == 0
    assert window.model.rowCount(window.model.index(0, 0)) >= 2


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_opens_with_every_figure_computed(qtbot, window, tmp_path, template):
    assert window.new_plan(tmp_path / f"{template}.kpidesk", template=template)
    session = window.document.session
    assert all(f.required.ok and f.projected.ok for f in session.figures.values())
    assert "⚠" not in " ".join(
        window.model.index_of(node_id, column).data() or ""
        for node_id in session.plan.nodes
        for column in range(len(Column))
    )
