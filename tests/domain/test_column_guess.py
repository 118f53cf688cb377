"""Import column guesses from Japanese and English CRM headers."""

import pytest

from kpidesk.domain.column_guess import guess_columns


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["日付", "担当者", "KPI", "値"],
            {"date": "日付", "rep": "担当者", "kpi": "KPI", "value": "値"},
        ),
        (
            ["計上日", "営業担当", "KPI名", "実績"],
            {"date": "計上日", "rep": "営業担当", "kpi": "KPI名", "value": "実績"},
        ),
        (["日付", "項目", "金額"], {"date": "日付", "kpi": "項目", "value": "金額"}),
        (["日付", "指標", "件数"], {"date": "日付", "kpi": "指標", "value": "件数"}),
        (
            ["Date", "Sales Rep", "Metric", "Amount"],
            {"date": "Date", "rep": "Sales Rep", "kpi": "Metric", "value": "Amount"},
        ),
        (["ＤＡＴＥ", " kpi ", "VALUE"], {"date": "ＤＡＴＥ", "kpi": " kpi ", "value": "VALUE"}),
        (["受注日", "実績値(件)"], {"date": "受注日", "value": "実績値(件)"}),
        (["売上日", "売上"], {"date": "売上日", "value": "売上"}),
    ],
)
def test_each_role_is_guessed_from_its_header(header, expected):
    assert guess_columns(header) == expected


def test_a_column_is_given_to_one_role_only_and_unknown_headers_to_none():
    assert guess_columns(["日付", "メモ"]) == {"date": "日付"}
    assert guess_columns(["A", "B"]) == {}
