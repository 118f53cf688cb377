"""The kept table of Japanese holidays is what the installed jpholiday says, year by year."""

from datetime import date, timedelta

import jpholiday
from jpholiday.checker.checker import NationalHolidayChecker, TransferHolidayChecker

from kpidesk.services import business_calendar, holiday_table

ONE_DAY = timedelta(days=1)


def jpholiday_days(first: date, last: date) -> set[date]:
    """Every holiday jpholiday gives from `first` to `last`, in one pass.

    jpholiday.year_holidays asks all its rules about every day, and its two derived ones (a
    substitute holiday, 振替休日, and a citizens' holiday, 国民の休日) ask every other rule about
    the days around it again: 41 years took 2.9 s of CPU. Here the named holidays (元日, 春分の日,
    …) are found with the other rules alone, and jpholiday as a whole is asked only about those
    days and the two after each: a substitute holiday follows a holiday, a citizens' holiday
    follows a holiday or a substitute one, so no other day can be either (0.6 s).
    """
    calendar = jpholiday.JPHoliday()
    derived = (TransferHolidayChecker, NationalHolidayChecker)
    named_by = [c for c in calendar.registry.checkers() if not isinstance(c, derived)]
    named, day = set(), first
    while day <= last:
        if any(checker.is_holiday(day) for checker in named_by):
            named.add(day)
        day += ONE_DAY
    candidates = named | {d + ONE_DAY for d in named} | {d + 2 * ONE_DAY for d in named}
    return {d for d in candidates if first <= d <= last and calendar.holidays(d)}


def test_every_year_of_the_table_matches_jpholiday():
    first, last = holiday_table.FIRST_YEAR, holiday_table.LAST_YEAR
    expected = jpholiday_days(date(first, 1, 1), date(last, 12, 31))
    for year in range(first, last + 1):
        of_year = frozenset(day for day in expected if day.year == year)
        assert holiday_table.holidays_of(year) == of_year, year


def test_the_one_pass_finds_what_jpholiday_gives_year_by_year():
    days_of_2019 = jpholiday_days(date(2019, 1, 1), date(2019, 12, 31))
    # 国民の休日 on 30 April and 2 May around the enthronement; 振替休日 on 6 May and 4 November
    derived = {date(2019, 4, 30), date(2019, 5, 2), date(2019, 5, 6), date(2019, 11, 4)}
    assert derived <= days_of_2019
    assert days_of_2019 == {day for day, _name in jpholiday.year_holidays(2019)}
    olympic_year = {day for day, _name in jpholiday.year_holidays(2020)}  # holidays moved
    assert jpholiday_days(date(2020, 1, 1), date(2020, 12, 31)) == olympic_year


def test_years_outside_the_table_come_from_jpholiday():
    assert holiday_table.holidays_of(1999) is None
    assert date(2041, 1, 1) in business_calendar.japanese_holidays(2041)
    assert business_calendar.business_day_count(date(2026, 11, 1)) == 19  # 3rd and 23rd off
