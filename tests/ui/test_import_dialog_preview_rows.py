"""The import dialog's preview: the first rows' values summed over the whole file, every value
counted, though only the rows it shows are kept."""

from kpidesk.ui.import_dialog import ImportDialog


def test_the_preview_shows_twenty_summed_values_and_counts_them_all(qtbot, window, tmp_path):
    lines = ["date,kpi,rep,value"]
    for repeat in range(2):  # 30 keys, each written twice: 60 rows, 30 values
        for day in range(1, 16):
            for rep in (1, 2):
                lines.append(f"2026-11-{day:02d},Prospects,Rep {rep},{day + repeat}")
    path = tmp_path / "crm.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = ImportDialog(window.document.controller, str(path), window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "60 rows read, 30 values will be imported."
    assert dialog.table.rowCount() == 20
    first, last = (
        [dialog.table.item(row, column).text() for column in range(5)] for row in (0, 19)
    )
    assert first == ["2", "2026-11-01", "Prospects", "Rep 1", "3"]  # 1 + 2
    assert last == ["21", "2026-11-10", "Prospects", "Rep 2", "21"]  # 10 + 11
