"""Business days of a plan's month, and a requirement as activity per week and per day."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

WORKDAYS_PER_WEEK = 5


def month_of(day: date) -> tuple[date, date]:
    """The first and last day of the month holding `day`."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def business_days(first: date, last: date, closed: Collection[date]) -> list[date]:
    """Weekdays from `first` to `last` inclusive, except the `closed` ones (holidays)."""
    days = []
    day = first
    while day <= last:
        if day.weekday() < WORKDAYS_PER_WEEK and day not in closed:
            days.append(day)
        day += timedelta(days=1)
    return days


@dataclass(frozen=True)
class Pace:
    """How much of something one rep must do per week and per business day."""

    per_week: Fraction
    per_day: Fraction


def pace(amount: Fraction, business_day_count: int) -> Pace | None:
    """Spread `amount` over the period's business days; None when there are none."""
    if business_day_count <= 0:
        return None
    per_day = amount / business_day_count
    return Pace(per_day * WORKDAYS_PER_WEEK, per_day)
