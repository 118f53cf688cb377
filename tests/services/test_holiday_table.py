"""The kept table of Japanese holidays is what the installed jpholiday says, year by year."""

from datetime import date

import jpholiday
import pytest

from kpidesk.services import business_calendar, holiday_table


@pytest.mark.slow  # 41 years of jpholiday worked out: CI's second step, pytest -m slow
def test_every_year_of_the_table_matches_jpholiday():
    for year in range(holiday_table.FIRST_YEAR, holiday_table.LAST_YEAR + 1):
        expected = frozenset(day for day, _name in jpholiday.year_holidays(year))
        assert holiday_table.holidays_of(year) == expected, year


def test_years_outside_the_table_come_from_jpholiday():
    assert holiday_table.holidays_of(1999) is None
    assert date(2041, 1, 1) in business_calendar.japanese_holidays(2041)
    assert business_calendar.business_day_count(date(2026, 11, 1)) == 19  # 3rd and 23rd off
