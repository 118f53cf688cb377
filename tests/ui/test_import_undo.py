"""An import in the window is one undo step that Ctrl+Z and Ctrl+Shift+Z take back and redo
exactly, its values read back from the plan file's batch table."""

from __future__ import annotations

import sqlite3
from datetime import date

from kpidesk.services.actuals_file import ColumnMapping
from kpidesk.services.import_summary import summarize
from tests.services.test_import_batches import LAST_DAY, write_csv

PROSPECTS, DEALS = 4, 2
MAPPING = ColumnMapping(date="date", value="value", kpi="kpi", rep="rep")
MONTH = date(2026, 11, 1), date(2026, 11, 30)


def stored(path) -> list:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM actual ORDER BY 1, 2, 3").fetchall()


def test_undo_and_redo_of_an_import_in_the_window(window, demo_file, tmp_path):
    controller, session = window.document.controller, window.document.session
    controller.record_actuals({(PROSPECTS, 1, LAST_DAY): "40"})
    before, totals_before = stored(demo_file), session.actuals.totals(*MONTH)
    # 40 days, 920 rows (400 days, 9,200 rows before: 0.3 s more of CPU): they span October and
    # November as those did; how a large file loads is test_import_batches' to show
    data = write_csv(tmp_path / "crm.csv", days=40)

    assert controller.import_actuals_file(str(data), MAPPING) is None
    imported = stored(demo_file)
    done = summarize(controller.last_import)
    assert (done.rows, done.values, done.kpis, done.reps, done.team, done.days) == (
        920,
        880,
        3,
        10,
        True,
        40,
    )
    assert (done.first, done.last) == (date(2026, 10, 11), LAST_DAY)
    assert session.actuals.totals(*MONTH)[(PROSPECTS, 1)] == sum(
        (b * 7 + 1) % 50 for b in range(19)
    )
    assert window.undo_action.text() == "&Undo Import actuals"

    window.undo_action.trigger()
    assert stored(demo_file) == before
    assert session.actuals.totals(*MONTH) == totals_before
    window.redo_action.trigger()
    assert stored(demo_file) == imported
    window.undo_action.trigger()
    window.undo_action.trigger()  # the typed 40 goes too
    assert session.actuals.totals(*MONTH) == {}
