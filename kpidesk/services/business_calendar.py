"""Japanese business days: weekends and public holidays from the `holidays` library."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from kpidesk.domain.calendar import business_days, month_of


@lru_cache(maxsize=64)
def japanese_holidays(year: int) -> frozenset[date]:
    import holidays  # about 0.1 s: loaded only when a per-day figure is first needed

    return frozenset(holidays.country_holidays("JP", years=[year]))


def business_day_count(month: date) -> int:
    """Business days in the month holding `month`, in Japan."""
    first, last = month_of(month)
    return len(business_days(first, last, japanese_holidays(first.year)))
