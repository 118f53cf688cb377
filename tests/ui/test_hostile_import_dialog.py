"""File → Import Actuals answers every hostile file with a preview or one reason, never a crash."""

from datetime import date
from fractions import Fraction

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kpidesk.domain.problems import ValidationError
from kpidesk.i18n.messages import refusal_text
from kpidesk.ui.import_dialog import ImportDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)

CLOSE_RATE = 5


@pytest.fixture
def corpus(hostile_corpus):
    """The hostile files written once per test process (the dialog only reads them), not once
    more for this module."""
    return hostile_corpus


def open_dialog(qtbot, host, path):
    """The dialog, or the message the window shows instead (as File → Import Actuals does)."""
    try:
        dialog = ImportDialog(host.document.controller, str(path), host.parent)
    except ValidationError as error:
        return None, refusal_text(error)
    qtbot.addWidget(dialog)
    return dialog, None


def test_every_hostile_file_gets_a_preview_or_a_reason(qtbot, host, corpus):
    answered = {}
    for name, path in corpus.items():
        dialog, message = open_dialog(qtbot, host, path)
        if dialog is None:
            answered[name] = "reason"
            assert message.endswith(".") and "\n" not in message, (name, message)
        else:
            answered[name] = "errors" if dialog.errors.text() else "preview"
            dialog.close()
    assert answered == {
        "cr_only": "preview",
        "crlf_bom": "preview",
        "utf16_bom_tabs": "preview",
        "utf16_no_bom": "preview",
        "utf16_big_endian": "preview",
        "shift_jis": "preview",
        "field_200k": "preview",
        "field_over_limit": "errors",
        "huge_values": "errors",
        "nul_bytes": "errors",
        "not_text": "reason",
        "empty": "reason",
        "header_only": "preview",
        "unclosed_quote": "errors",
        "booleans": "errors",
        "error_cell": "errors",
        "formula_no_cache": "errors",
        "damaged_xml": "errors",  # its header reads; the rows stop where the XML breaks
        "not_a_zip": "reason",
        "stray_far_cell": "preview",
        "ambiguous_dates": "errors",
    }


def test_a_damaged_file_part_way_keeps_the_import_button_off(qtbot, host, corpus):
    dialog, _ = open_dialog(qtbot, host, corpus["field_over_limit"])
    assert dialog.errors.text() == (
        "Reading stopped at row 3 of “huge.csv”: the file is damaged there, or a cell is "
        "longer than a million characters."
    )
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_preview_says_how_a_rate_column_is_read_and_offers_the_other(qtbot, host, tmp_path):
    path = tmp_path / "rate.csv"
    path.write_text("date,value\n2026-11-02,0.2\n", encoding="utf-8")
    dialog, _ = open_dialog(qtbot, host, path)
    dialog.fixed.setCurrentText("Close rate")
    assert dialog.rates.currentText() == "0.2 read as 20 %"
    assert dialog.table.item(0, 4).text() == "20 %"
    dialog.rates.setCurrentIndex(1)
    assert dialog.rates.currentText() == "0.2 read as 0.2 %"
    assert dialog.table.item(0, 4).text() == "0.2 %"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    key = (CLOSE_RATE, 0, date(2026, 11, 2))
    assert host.document.session.actuals.get([key]) == {key: Fraction(1, 500)}
