"""One reading of every typed or imported date: Western, Japanese era, Excel serial."""

from datetime import date, datetime

import pytest

from kpidesk.domain.dates import parse_date
from kpidesk.domain.problems import ValidationError


@pytest.mark.parametrize(
    ("written", "expected"),
    [("2026-12-01", date(2026, 12, 1)), ("2026/12/1", date(2026, 12, 1)),
     ("2026/12/15", date(2026, 12, 15)), ("2026.12.1", date(2026, 12, 1)),
     ("2026年12月1日", date(2026, 12, 1)), ("２０２６年１２月１日", date(2026, 12, 1)),
     ("令和8年12月1日", date(2026, 12, 1)), ("R8.12.1", date(2026, 12, 1)),
     ("r8/12/1", date(2026, 12, 1)), ("令和元年5月1日", date(2019, 5, 1)),
     ("H31.4.30", date(2019, 4, 30)), ("平成元年1月8日", date(1989, 1, 8)),
     ("S64.1.7", date(1989, 1, 7)), ("T15.12.24", date(1926, 12, 24)),
     ("M45.7.29", date(1912, 7, 29)), ("20261201", date(2026, 12, 1)),
     ("2026-12-01T09:30", date(2026, 12, 1)), ("2026/12/01 09:30:00", date(2026, 12, 1)),
     (46357, date(2026, 12, 1)), (46357.75, date(2026, 12, 1)),
     (datetime(2026, 12, 1, 9, 30), date(2026, 12, 1)), (date(2026, 12, 1), date(2026, 12, 1))],
)  # fmt: skip
def test_dates_are_read_in_every_form_people_write(written, expected):
    assert parse_date(written) == expected


@pytest.mark.parametrize(
    ("written", "code"),
    [("2026111", "ambiguous_date"), ("202611", "ambiguous_date"), ("46357", "ambiguous_date"),
     ("12/1/2026", "bad_date"), ("2026/2/30", "bad_date"), ("H31.5.1", "bad_date"),
     ("R1.4.30", "bad_date"), ("S65.1.1", "bad_date"), ("R0.5.1", "bad_date"),
     ("2026-13-01", "bad_date"), ("", "bad_date"), (None, "bad_date"), (True, "bad_date"),
     (10, "bad_date"), (3_000_000, "bad_date"), ("tomorrow", "bad_date")],
)  # fmt: skip
def test_ambiguous_and_impossible_dates_are_refused_with_the_reason(written, code):
    with pytest.raises(ValidationError) as refused:
        parse_date(written)
    assert refused.value.code == code
