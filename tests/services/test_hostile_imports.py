"""Hostile import files: each gets a preview or one reason in words, never an exception."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.problems import ValidationError
from kpidesk.i18n.messages import refusal_text, row_error_text
from kpidesk.services.actuals_file import ColumnMapping, import_file, interpret, read_table
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.table_reader import Table
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

PROSPECTS, CLOSE_RATE = 4, 5
MAPPING = ColumnMapping(date="1", value="4", kpi="2", rep="3")
NOV = date(2026, 11, 2)


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    yield PlanSession(PlanStore(db))
    db.close()


def answer(session, path):
    """What the user sees: ("preview", result) or ("reason", the sentence)."""
    try:
        header, rows = read_table(path)
        result = interpret(header, rows, MAPPING, session.plan, session.today())
    except ValidationError as error:
        return "reason", refusal_text(error)
    return "preview", result


def preview(session, hostile_corpus, name):
    kind, result = answer(session, hostile_corpus[name])
    assert kind == "preview", result
    return result


def reason(session, hostile_corpus, name):
    kind, text = answer(session, hostile_corpus[name])
    assert kind == "reason", text
    return text


def test_every_hostile_file_gets_a_preview_or_a_reason(session, hostile_corpus):
    for name, path in hostile_corpus.items():
        before = path.read_bytes()
        kind, result = answer(session, path)
        texts = [result] if kind == "reason" else [row_error_text(e) for e in result.errors]
        for text in texts:
            assert " " in text and "." in text, (name, text)  # a sentence, not a code
        assert path.read_bytes() == before, name


@pytest.mark.parametrize(
    "name", ["cr_only", "crlf_bom", "utf16_bom_tabs", "utf16_no_bom", "utf16_big_endian"]
)
def test_any_line_ending_bom_and_utf16_export_reads_the_same(session, hostile_corpus, name):
    result = preview(session, hostile_corpus, name)
    assert result.errors == []
    assert result.values == {(PROSPECTS, 1, NOV): 3, (PROSPECTS, 2, date(2026, 11, 4)): 4}


def test_a_shift_jis_export_with_a_japanese_date_and_full_width_digits(session, hostile_corpus):
    assert preview(session, hostile_corpus, "shift_jis").values == {(PROSPECTS, 1, NOV): 3}


def test_a_long_note_is_read_and_a_field_beyond_a_million_characters_is_refused(
    session, hostile_corpus
):
    assert preview(session, hostile_corpus, "field_200k").values == {(PROSPECTS, 1, NOV): 3}
    assert reason(session, hostile_corpus, "field_over_limit") == (
        "Reading stopped at row 3 of “huge.csv”: the file is damaged there, or a cell is "
        "longer than a million characters."
    )


def test_values_beyond_the_limit_are_refused_row_by_row(session, hostile_corpus):
    result = preview(session, hostile_corpus, "huge_values")
    assert [row_error_text(e) for e in result.errors] == [
        f"Row {row}: “{text}” is too large: values are at most 1,000,000,000,000 either way."
        for row, text in ((2, "922337203685478"), (3, "1e15"), (4, "1e309"))
    ]
    assert result.values == {}


def test_excel_booleans_error_cells_and_uncached_formulas_are_bad_rows(session, hostile_corpus):
    assert [row_error_text(e) for e in preview(session, hostile_corpus, "booleans").errors] == [
        "Row 2: “TRUE” is not a number."
    ]
    assert [row_error_text(e) for e in preview(session, hostile_corpus, "error_cell").errors] == [
        "Row 3: “#DIV/0!” is not a number."
    ]
    assert [
        row_error_text(e) for e in preview(session, hostile_corpus, "formula_no_cache").errors
    ] == ["Row 3: The value is empty."]


def test_a_stray_cell_at_column_xfd_is_skipped_over(session, hostile_corpus):
    before = hostile_corpus["stray_far_cell"].read_bytes()
    result = preview(session, hostile_corpus, "stray_far_cell")
    assert result.values == {(PROSPECTS, 1, NOV): 3}
    assert result.errors == []  # row 1,048,576 has nothing in the mapped columns
    assert hostile_corpus["stray_far_cell"].read_bytes() == before


def test_the_stray_cell_workbook_makes_no_rows_for_the_million_it_does_not_store(hostile_corpus):
    table = Table(hostile_corpus["stray_far_cell"])
    assert table.header == ["date", "kpi", "rep", "value"]
    # the reader's own rows, blank ones included: once 1,048,575 of them, 0.5-1.3 s of CPU
    assert [number for number, _ in table._raw_rows(2, 4)] == [2, 1_048_576]
    assert list(table.rows([0, 3])) == [(2, ["2026-11-02", "3"])]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("damaged_xml", "Reading stopped at row"),
        ("not_a_zip", "“fake.xlsx” cannot be read."),
        ("not_text", "The file's characters cannot be read"),
        ("empty", "“empty.csv” is empty."),
    ],
)
def test_unreadable_files_get_one_line_with_the_reason(session, hostile_corpus, name, text):
    sentence = reason(session, hostile_corpus, name)
    assert sentence.startswith(text) and "\n" not in sentence


def test_nul_bytes_an_unclosed_quote_and_a_bare_header_still_answer(session, hostile_corpus):
    assert preview(session, hostile_corpus, "nul_bytes").values == {}
    assert preview(session, hostile_corpus, "header_only").rows == 0
    unclosed = preview(session, hostile_corpus, "unclosed_quote")
    assert [e.code for e in unclosed.errors] == ["unknown_kpi_name"]


def test_ambiguous_dates_are_refused_and_era_dates_read(session, hostile_corpus):
    result = preview(session, hostile_corpus, "ambiguous_dates")
    assert [row_error_text(e) for e in result.errors] == [
        "Row 2: “2026111” could be more than one date: write it as 2026-11-01 or 2026/11/1."
    ]
    assert result.values == {(PROSPECTS, 1, NOV): 2, (PROSPECTS, 2, date(2026, 11, 3)): 1}


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_rate_column_of_fractions_is_read_as_such_and_says_so(session, tmp_path):
    path = write(tmp_path / "rate.csv", "d,v\n2026-11-02,0.2\n2026-11-03,0.25\n")
    mapping = ColumnMapping(date="d", value="v", fixed_kpi="Close rate")
    result = interpret(*read_table(path), mapping, session.plan)
    assert (result.rate_reading, result.rate_example) == ("fraction", "0.2")
    assert result.values == {
        (CLOSE_RATE, 0, NOV): Fraction(1, 5),
        (CLOSE_RATE, 0, date(2026, 11, 3)): Fraction(1, 4),
    }
    as_percent = ColumnMapping(date="d", value="v", fixed_kpi="Close rate", rates="percent")
    result = interpret(*read_table(path), as_percent, session.plan)
    assert result.rate_reading == "percent"
    assert result.values[(CLOSE_RATE, 0, NOV)] == Fraction(1, 500)


def test_a_percent_sign_in_a_count_column_is_refused(session, tmp_path):
    path = write(tmp_path / "c.csv", "d,v\n2026-11-02,20%\n2026-11-03,1_0_0\n2026-11-04,1,0,0\n")
    mapping = ColumnMapping(date="d", value="v", fixed_kpi="Prospects")
    result = interpret(*read_table(path), mapping, session.plan)
    assert [(e.row, e.code) for e in result.errors] == [
        (2, "percent_on_non_rate"),
        (3, "bad_grouping"),
    ]


def test_rows_after_today_or_outside_the_period_load_only_when_confirmed(session, tmp_path):
    path = write(
        tmp_path / "late.csv",
        "date,kpi,rep,value\n2026-11-02,Prospects,Rep 1,3\n2026-11-25,Prospects,Rep 1,2\n",
    )
    with pytest.raises(ValidationError) as refusal:
        import_file(session, path, MAPPING, "now")
    assert refusal_text(refusal.value) == (
        "1 rows are dated after today or outside the plan's period: confirm them to load the file."
    )
    assert [(r.row, r.code, r.text) for r in refusal.value.params["flagged"]] == [
        (3, "after_today", "2026-11-25")
    ]
    assert session.actuals.totals(date(2026, 11, 1), date(2026, 11, 30)) == {}
    import_file(session, path, MAPPING, "now", confirmed=True)
    assert session.actuals.totals(date(2026, 11, 1), date(2026, 11, 30)) == {(PROSPECTS, 1): 5}
