"""Importing actuals from CRM exports: encodings, Excel, mapping, per-row errors, all or nothing."""

from datetime import date, datetime
from fractions import Fraction

import pytest

from kpidesk.domain.model import TEAM
from kpidesk.domain.problems import ValidationError
from kpidesk.services.actuals_file import (
    ColumnMapping,
    file_key,
    import_file,
    interpret,
    read_table,
)
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
MAPPING = ColumnMapping(date="日付", value="件数", kpi="KPI", rep="担当者")
DEC = date(2026, 12, 1), date(2026, 12, 31)


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db))
    for rep in session.plan.reps[:3]:
        session.rename_rep(rep.id, ["佐藤", "鈴木", "田中"][rep.id - 1])
    yield session
    db.close()


def write(path, text, encoding="utf-8-sig"):
    path.write_bytes(text.encode(encoding))
    return path


def test_a_shift_jis_export_with_japanese_names(session, tmp_path):
    path = write(
        tmp_path / "crm.csv",
        "日付,KPI,担当者,件数\n2026/12/01,Prospects,佐藤,3\n"
        "2026-12-02,Prospects,鈴木,４\n20261202,Prospects,佐藤,1\n",
        "cp932",
    )
    header, rows = read_table(path)
    result = interpret(header, rows, MAPPING, session.plan)
    assert result.errors == []
    assert result.values == {
        (PROSPECTS, 1, date(2026, 12, 1)): 3,
        (PROSPECTS, 2, date(2026, 12, 2)): 4,
        (PROSPECTS, 1, date(2026, 12, 2)): 1,
    }


def test_tab_separated_with_a_fixed_kpi_and_team_figures(session, tmp_path):
    path = write(tmp_path / "deals.tsv", "day\tamount\n2026-12-03\t¥1,200,000\n")
    mapping = ColumnMapping(date="day", value="2", fixed_kpi="revenue")
    result = interpret(*read_table(path), mapping, session.plan)
    assert result.values == {(REVENUE, TEAM, date(2026, 12, 3)): 1_200_000}


def test_rates_read_as_percent(session, tmp_path):
    path = write(tmp_path / "rate.csv", "d,v\n2026-12-03,20%\n2026-12-04,18\n2026-12-07,0.25\n")
    mapping = ColumnMapping(date="d", value="v", fixed_kpi="Close rate")
    result = interpret(*read_table(path), mapping, session.plan)
    assert sorted(result.values.values()) == [Fraction(1, 400), Fraction(9, 50), Fraction(1, 5)]
    assert result.rate_reading is None  # 18 cannot be a fraction: no other reading to offer


def test_bad_rows_are_reported_with_their_row_numbers(session, tmp_path):
    path = write(
        tmp_path / "bad.csv",
        "日付,KPI,担当者,件数\n2026-12-01,Prospects,佐藤,3\n"
        "12月1日,Prospects,佐藤,3\n2026-12-01,Visits,佐藤,3\n2026-12-01,Prospects,山田,3\n"
        "2026-12-01,Prospects,佐藤,-2\n2026-12-01,Prospects,佐藤,\n",
    )
    result = interpret(*read_table(path), MAPPING, session.plan)
    assert [(e.row, e.code) for e in result.errors] == [
        (3, "bad_date"),
        (4, "unknown_kpi_name"),
        (5, "unknown_rep_name"),
        (6, "negative_value"),
        (7, "missing_value"),
    ]
    assert result.values == {(PROSPECTS, 1, date(2026, 12, 1)): 3}


def test_nothing_is_imported_when_a_row_is_bad(session, tmp_path):
    path = write(
        tmp_path / "bad.csv",
        "日付,KPI,担当者,件数\n2026-12-01,Prospects,佐藤,3\n2026-12-01,Prospects,佐藤,x\n",
    )
    with pytest.raises(ValidationError) as refusal:
        import_file(session, path, MAPPING, "now")
    assert refusal.value.code == "import_has_errors"
    assert refusal.value.params["count"] == 1
    assert session.actuals.totals(*DEC) == {}


def test_the_same_file_twice_counts_once(session, tmp_path):
    path = write(
        tmp_path / "crm.csv",
        "日付,KPI,担当者,件数\n2026-12-01,Prospects,佐藤,3\n2026-12-01,Prospects,佐藤,2\n",
    )
    import_file(session, path, MAPPING, "first", confirmed=True)  # December is still to come
    import_file(session, path, MAPPING, "second", confirmed=True)
    assert session.actuals.totals(*DEC) == {(PROSPECTS, 1): 5}  # the two rows add up once
    assert len(session.actuals.batches_of(file_key(path))) == 2


def test_an_excel_workbook_with_date_cells_and_serial_days(session, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "実績"
    sheet.append(["日付", "KPI", "担当者", "件数"])
    sheet.append([datetime(2026, 12, 1), "Prospects", "佐藤", 3])
    sheet.append([46358, "Prospects", "鈴木", 2.0])  # 46358 is 2026-12-02 in Excel
    path = tmp_path / "crm.xlsx"
    book.save(path)
    mapping = ColumnMapping(date="日付", value="件数", kpi="KPI", rep="担当者", sheet="実績")
    result = interpret(*read_table(path, "実績"), mapping, session.plan)
    assert result.errors == []
    assert result.values == {
        (PROSPECTS, 1, date(2026, 12, 1)): 3,
        (PROSPECTS, 2, date(2026, 12, 2)): 2,
    }


def test_an_excel_workbook_that_understates_its_size_is_read_to_its_last_row(session, tmp_path):
    """Some exporters write the sheet's size (its dimension) as A1 or as the header alone:
    every stored row is read all the same, none silently left out."""
    import re
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["日付", "KPI", "担当者", "件数"])
    for day in range(1, 6):
        sheet.append([datetime(2026, 12, day), "Prospects", "佐藤", day])
    written = tmp_path / "written.xlsx"
    book.save(written)
    path = tmp_path / "crm.xlsx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, count = re.subn(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:D1"', data)
                assert count == 1
            target.writestr(item, data)
    result = interpret(*read_table(path), MAPPING, session.plan)
    assert result.errors == []
    assert result.values == {(PROSPECTS, 1, date(2026, 12, d)): d for d in range(1, 6)}


def test_a_missing_column_or_unknown_file_kind_is_refused(session, tmp_path):
    path = write(tmp_path / "crm.csv", "day,value\n2026-12-01,3\n")
    with pytest.raises(ValidationError) as refusal:
        interpret(*read_table(path), MAPPING, session.plan)
    assert refusal.value.code == "missing_column"
    with pytest.raises(ValidationError) as refusal:
        read_table(write(tmp_path / "crm.pdf", "x"))
    assert refusal.value.code == "unsupported_file"


def test_a_mapping_is_saved_and_read_back(tmp_path):
    assert ColumnMapping.from_dict(MAPPING.to_dict()) == MAPPING
    with pytest.raises(ValidationError):
        ColumnMapping.from_dict({"date": "d", "value": "v", "colour": "red"})
