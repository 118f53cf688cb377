"""Japanese business days: weekends and public holidays from the `jpholiday` library."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from kpidesk.domain.calendar import business_days, month_of
from kpidesk.services.holiday_table import holidays_of

_holidays_by_year: dict[int, frozenset[date]] = {}


def japanese_holidays(year: int) -> frozenset[date]:
    if year not in _holidays_by_year:
        kept = holidays_of(year)  # 2000–2040, as jpholiday gives them, without the work
        if kept is None:
            import jpholiday  # about 50–150 ms a year: worked out only when first needed

            kept = frozenset(day for day, _name in jpholiday.year_holidays(year))
        _holidays_by_year[year] = kept
    return _holidays_by_year[year]


def is_loaded(month: date) -> bool:
    """Whether that month's holidays are at hand, so that counting costs nothing."""
    return month.year in _holidays_by_year


def business_day_count(month: date) -> int:
    """Business days in the month holding `month`, in Japan."""
    first, last = month_of(month)
    return len(business_days(first, last, japanese_holidays(first.year)))


def period_business_days(
    first: date, last: date, closing_days: Collection[date] = ()
) -> list[date]:
    """Business days from `first` to `last`: no weekends, public holidays or closing days."""
    closed = set(closing_days)
    for year in range(first.year, last.year + 1):
        closed |= japanese_holidays(year)
    return business_days(first, last, closed)
