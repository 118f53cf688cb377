"""The import dialog guides a manager: guesses, counted refusals, an honest summary, a
remembered mapping per plan and a confirmation of what was imported."""

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from kpidesk.ui.import_dialog import ImportDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)

PROSPECTS, DEALS = 4, 2
NOV = date(2026, 11, 1), date(2026, 11, 30)


def write(tmp_path, text, name="crm.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def open_dialog(qtbot, host, path):
    dialog = ImportDialog(
        host.document.controller, str(path), host.parent, host.settings, host.document.path
    )
    qtbot.addWidget(dialog)
    return dialog


JAPANESE = (
    "日付,担当者,KPI,値\n"
    "2026-11-02,Rep 1,Prospects,3\n"
    "2026-11-02,Rep 2,Deals,1\n"
    "2026-11-03,Rep 1,Prospects,4\n"
)


def test_the_japanese_header_is_guessed_and_the_import_confirms_what_it_loaded(
    qtbot, host, tmp_path
):
    dialog = open_dialog(qtbot, host, write(tmp_path, JAPANESE))
    combos = (dialog.date, dialog.value, dialog.kpi, dialog.rep)
    assert [c.currentText() for c in combos] == ["日付", "値", "KPI", "担当者"]
    assert dialog.summary.text() == "3 rows read, 3 values will be imported."
    assert ok_button(dialog).isEnabled()
    with qtbot.waitSignal(dialog.imported) as signal:
        ok_button(dialog).click()
    confirmation = (
        "Imported 3 rows: 3 values. KPIs: 2, reps: 2, days: 2 (2026-11-02 to 2026-11-03)."
    )
    assert signal.args == [confirmation]
    assert dialog.summary.text() == confirmation
    # the dialog stays open to say so; Close is the only button left, and closes it
    assert [b.text() for b in dialog.buttons.buttons()] == ["Close"]
    assert dialog.result() == 0
    dialog.buttons.buttons()[0].click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert host.document.session.actuals.totals(*NOV) == {
        (PROSPECTS, 1): 7,
        (DEALS, 2): 1,
    }


def test_team_rows_are_counted_in_the_confirmation(qtbot, host, tmp_path):
    dialog = open_dialog(qtbot, host, write(tmp_path, "日付,KPI,件数\n2026-11-05,Deals,2\n"))
    ok_button(dialog).click()
    assert dialog.summary.text() == (
        "Imported 1 rows: 1 values. KPIs: 1, reps: 0 and the team, days: 1 (2026-11-05 to "
        "2026-11-05)."
    )


def test_more_than_twenty_bad_rows_are_counted_and_the_summary_agrees_with_the_button(
    qtbot, host, tmp_path
):
    rows = "".join(f"2026-11-{day:02},Rep 1,Prospects,x\n" for day in range(1, 31))
    dialog = open_dialog(qtbot, host, write(tmp_path, "日付,担当者,KPI,値\n" + rows))
    lines = dialog.errors.text().split("\n")
    assert len(lines) == 21
    assert lines[0] == "Row 2: “x” is not a number."
    assert lines[-1] == "…and 10 more rows with errors."
    assert dialog.summary.text() == (
        "30 rows read; 30 have errors. Nothing is imported until every row is right."
    )
    assert not ok_button(dialog).isEnabled()


def test_rows_to_confirm_are_counted_and_the_summary_follows_the_tick(qtbot, host, tmp_path):
    rows = "".join(f"2026-12-{day:02},Prospects,1\n" for day in range(1, 26))
    dialog = open_dialog(qtbot, host, write(tmp_path, "date,kpi,value\n" + rows))
    assert dialog.flagged.text().split("\n")[-1] == (
        "…and 5 more rows dated after today or outside the period."
    )
    assert dialog.summary.text() == "25 rows read, 25 values. Tick the box below to import them."
    assert not ok_button(dialog).isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.summary.text() == "25 rows read, 25 values will be imported."
    assert ok_button(dialog).isEnabled()


def test_a_value_column_it_cannot_guess_is_asked_for_not_taken_from_the_dates(
    qtbot, host, tmp_path
):
    dialog = open_dialog(qtbot, host, write(tmp_path, "日付,KPI,メモ\n2026-11-02,Deals,2\n"))
    assert dialog.value.currentText() == "(choose a column)"
    assert dialog.summary.text() == "Choose the column of dates and the column of values above."
    assert not ok_button(dialog).isEnabled()
    dialog.value.setCurrentText("メモ")
    assert dialog.summary.text() == "1 rows read, 1 values will be imported."
    assert ok_button(dialog).isEnabled()


def test_the_mapping_is_remembered_for_the_plan(qtbot, host, tmp_path):
    header = "A,B,C,D\n"
    first = open_dialog(qtbot, host, write(tmp_path, header + "Deals,2026-11-02,Rep 3,5\n"))
    assert first.date.currentText() == "(choose a column)"
    first.date.setCurrentText("B")
    first.value.setCurrentText("D")
    first.kpi.setCurrentText("A")
    first.rep.setCurrentText("C")
    ok_button(first).click()
    second = open_dialog(
        qtbot, host, write(tmp_path, header + "Deals,2026-11-03,Rep 3,1\n", "next.csv")
    )
    combos = (second.date, second.value, second.kpi, second.rep)
    assert [c.currentText() for c in combos] == ["B", "D", "A", "C"]
    assert second.summary.text() == "1 rows read, 1 values will be imported."


def test_a_remembered_column_the_file_lacks_falls_back_to_the_guess(qtbot, host, tmp_path):
    first = open_dialog(qtbot, host, write(tmp_path, "A,B,C\nDeals,2026-11-02,5\n"))
    first.date.setCurrentText("B")
    first.value.setCurrentText("C")
    first.kpi.setCurrentText("A")
    ok_button(first).click()
    second = open_dialog(qtbot, host, write(tmp_path, "日付,KPI,件数\n", "other.csv"))
    combos = (second.date, second.value, second.kpi)
    assert [c.currentText() for c in combos] == ["日付", "件数", "KPI"]
