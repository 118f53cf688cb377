"""The What-if column shows figures as the rest of the window does; its editor opens bare."""

from PySide6.QtWidgets import QLineEdit

from kpidesk.ui.what_if_dialog import SCENARIO, WhatIfDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)


def test_the_what_if_column_is_formatted_and_edits_the_bare_value(qtbot, host):
    dialog = WhatIfDialog(host.document, host.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, SCENARIO).text()
        for row in range(dialog.table.rowCount())
    }
    assert shown == {"Unit price": "¥100,000", "Close rate": "20 %", "Prospects": "500"}
    row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Close rate"
    )
    index = dialog.table.model().index(row, SCENARIO)
    dialog.table.edit(index)
    editor = dialog.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "20"
    editor.setText("25")
    dialog.table.commitData(editor)
    assert dialog.table.item(row, SCENARIO).text() == "25 %"
