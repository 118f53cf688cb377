"""The import dialog: columns guessed from the header, a preview, refusals, one undo step."""

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from kpidesk.ui.import_dialog import ImportDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)

PROSPECTS, REVENUE = 4, 1
DEC = date(2026, 12, 1), date(2026, 12, 31)


def write(tmp_path, text):
    path = tmp_path / "crm.csv"
    path.write_text(text, encoding="utf-8")
    return path


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_columns_are_guessed_and_the_preview_shows_the_values(qtbot, window, tmp_path):
    path = write(
        tmp_path,
        "日付,KPI,担当者,件数\n2026-12-01,Prospects,Rep 1,3\n2026-12-02,Prospects,Rep 2,4\n",
    )
    dialog = ImportDialog(window.document.controller, str(path), window)
    qtbot.addWidget(dialog)
    assert (dialog.date.currentText(), dialog.value.currentText()) == ("日付", "件数")
    assert (dialog.kpi.currentText(), dialog.rep.currentText()) == ("KPI", "担当者")
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 3).text() == "Rep 2"
    assert dialog.summary.text() == "2 rows read, 2 values. Tick the box below to import them."
    assert not ok_button(dialog).isEnabled()  # the test clock says 2026-11-20: days to come
    assert dialog.flagged.text() == (
        "Row 2: 2026-12-01 is after today.\nRow 3: 2026-12-02 is after today."
    )
    dialog.confirm.setChecked(True)
    ok_button(dialog).click()
    session = window.document.session
    assert session.actuals.totals(*DEC) == {(PROSPECTS, 1): 3, (PROSPECTS, 2): 4}
    window.undo_action.trigger()
    assert session.actuals.totals(*DEC) == {}


def test_bad_rows_keep_the_import_button_off(qtbot, host, tmp_path):
    path = write(tmp_path, "date,kpi,value\n2026-12-01,Prospects,3\n2026-12-40,Prospects,1\n")
    dialog = ImportDialog(host.document.controller, str(path), host.parent)
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    assert dialog.errors.text() == (
        "Row 3: “2026-12-40” is not a date such as 2026-12-01, 2026/12/1, 2026年12月1日 or "
        "令和8年12月1日."
    )


def test_one_kpi_for_a_file_without_a_kpi_column(qtbot, host, tmp_path):
    path = write(tmp_path, "date,value\n2026-12-03,120000\n")
    dialog = ImportDialog(host.document.controller, str(path), host.parent)
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()  # no KPI column chosen yet
    dialog.fixed.setCurrentText("Revenue")
    dialog.confirm.setChecked(True)
    assert ok_button(dialog).isEnabled()
    ok_button(dialog).click()
    assert host.document.session.actuals.totals(*DEC) == {(REVENUE, 0): 120000}


def test_export_then_reimport_from_the_file_menu(qtbot, window, tmp_path):
    window.document.controller.record_actuals({(PROSPECTS, 1, date(2026, 12, 1)): "3"})
    out = tmp_path / "out.csv"
    assert window.export_actuals(out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == "2026-12-01,Prospects,Rep 1,3"
    assert window.import_actuals(out)
