"""Business days of a month and the per-week, per-day pace of a requirement."""

from datetime import date
from fractions import Fraction

from kpidesk.domain.calendar import business_days, month_of, pace
from kpidesk.services.business_calendar import business_day_count

CULTURE_DAY, LABOUR_THANKSGIVING = date(2026, 11, 3), date(2026, 11, 23)


def test_month_bounds():
    assert month_of(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_of(date(2028, 2, 1)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_of(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))


def test_business_days_skip_weekends_and_closed_days():
    first, last = month_of(date(2026, 11, 1))
    days = business_days(first, last, {CULTURE_DAY, LABOUR_THANKSGIVING})
    assert len(days) == 19
    assert date(2026, 11, 2) in days and CULTURE_DAY not in days
    assert date(2026, 11, 7) not in days  # a Saturday


def test_japanese_holidays_come_from_the_library():
    assert business_day_count(date(2026, 11, 15)) == 19  # 3 Nov and 23 Nov are holidays
    assert business_day_count(date(2026, 12, 1)) == 23  # December 2026 has no holiday
    assert business_day_count(date(2027, 5, 1)) == 18  # Golden Week: 3, 4, 5 May 2027


def test_pace_spreads_a_requirement_over_business_days():
    result = pace(Fraction(50), 20)
    assert result.per_day == Fraction(5, 2)
    assert result.per_week == Fraction(25, 2)
    assert pace(Fraction(50), 0) is None
