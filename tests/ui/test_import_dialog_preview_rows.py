"""The import dialog's preview: the first rows' values summed over the whole file, every value
counted, though only the rows it shows are kept."""

import sqlite3
from datetime import date, timedelta
from types import SimpleNamespace

from PySide6.QtWidgets import QDialogButtonBox

from kpidesk.storage import scratch_keys
from kpidesk.ui.import_dialog import ImportDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)


def test_the_preview_shows_twenty_summed_values_and_counts_them_all(qtbot, host, tmp_path):
    lines = ["date,kpi,rep,value"]
    for repeat in range(2):  # 30 keys, each written twice: 60 rows, 30 values
        for day in range(1, 16):
            for rep in (1, 2):
                lines.append(f"2026-11-{day:02d},Prospects,Rep {rep},{day + repeat}")
    path = tmp_path / "crm.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = ImportDialog(host.document.controller, str(path), host.parent)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "60 rows read, 30 values will be imported."
    assert dialog.table.rowCount() == 20
    first, last = (
        [dialog.table.item(row, column).text() for column in range(5)] for row in (0, 19)
    )
    assert first == ["2", "2026-11-01", "Prospects", "Rep 1", "3"]  # 1 + 2
    assert last == ["21", "2026-11-10", "Prospects", "Rep 2", "21"]  # 10 + 11


def test_a_full_temporary_folder_gets_a_reason_and_no_import(qtbot, host, tmp_path, monkeypatch):
    """The preview counts values in a scratch database in the temporary folder; when that
    folder is full the dialog says so, in words, and the Import button stays off."""

    def small_scratch(name: str) -> sqlite3.Connection:
        db = sqlite3.connect(name)
        db.execute("PRAGMA max_page_count = 2")  # SQLite finds it full past its second page
        return db

    monkeypatch.setattr(scratch_keys, "sqlite3", SimpleNamespace(connect=small_scratch))
    path = tmp_path / "crm.csv"
    days = [date(2023, 1, 1) + timedelta(days=n) for n in range(1_000)]  # 1,000 values
    lines = [f"{day.isoformat()},Prospects,Rep 1,3" for day in days]
    path.write_text("date,kpi,rep,value\n" + "\n".join(lines) + "\n", encoding="utf-8")
    dialog = ImportDialog(host.document.controller, str(path), host.parent)
    qtbot.addWidget(dialog)
    assert dialog.errors.text() == (
        "The disk is full. Nothing was changed; free some space and try again."
    )
    assert dialog.table.rowCount() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
