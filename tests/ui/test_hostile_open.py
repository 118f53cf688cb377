"""The window refuses a hostile plan file with a message and keeps the plan it has open."""

import hashlib
import os
import sqlite3

from PySide6.QtWidgets import QMessageBox

from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell_text

DEALS = 2


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def warning_text(window) -> str:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1, "one warning should be showing"
    text = boxes[0].text()
    boxes[0].close()
    return text


def test_a_plan_with_a_3000_deep_chain_is_refused_with_a_message(qtbot, window, tmp_path):
    hostile = tmp_path / "deep.kpidesk"
    hostile.write_bytes(window.document.path.read_bytes())
    connection = sqlite3.connect(hostile, isolation_level=None)
    rows = ",".join(
        f"({100 + i}, {99 + i if i else 3}, 0, 'K{i}', 'count', 'sum')" for i in range(3000)
    )
    connection.execute(
        f"INSERT INTO node (id, parent_id, position, name, unit, relation) VALUES {rows}"
    )
    connection.close()
    before = digest(hostile)
    assert not window.open_file(hostile)
    assert warning_text(window) == (
        f"“{hostile}” is damaged and cannot be opened: the KPI tree is deeper than 64 levels. "
        "The file was left untouched."
    )
    assert digest(hostile) == before
    assert window.windowTitle().startswith("demo.kpidesk")
    assert cell_text(window, DEALS, Column.REQUIRED) == "100"


def test_a_pipe_named_like_a_plan_is_refused_at_once(qtbot, window, tmp_path):
    fifo = tmp_path / "x.kpidesk"
    os.mkfifo(fifo)
    assert not window.open_file(fifo)
    assert warning_text(window) == (
        f"“{fifo}” is not a regular file (it is a folder, a pipe or a device), so it was not "
        "opened."
    )
    assert window.windowTitle().startswith("demo.kpidesk")


def test_a_plan_at_the_depth_limit_opens_in_the_window(qtbot, window, tmp_path):
    from kpidesk.domain.tree_depth import MAX_TREE_DEPTH
    from kpidesk.services.plan_files import create_plan
    from tests.services.test_tree_depth import chain_plan

    deep = tmp_path / "deep.kpidesk"
    create_plan(deep, chain_plan(MAX_TREE_DEPTH))
    assert window.open_file(deep)
    window.tree.expandAll()
    window.views.setCurrentWidget(window.diagram_page)
    qtbot.wait(50)
    assert window.windowTitle().startswith("deep.kpidesk")
    assert cell_text(window, MAX_TREE_DEPTH, Column.PLAN) == "1"
