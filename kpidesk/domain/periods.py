"""Planning periods: month, quarter, half and fiscal year, with the fiscal year's first month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kpidesk.domain.calendar import month_of

APRIL = 4


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


MONTHS = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.HALF: 6, PeriodKind.YEAR: 12}


@dataclass(frozen=True)
class Period:
    """A span of whole months; quarters, halves and years start from the fiscal year's start."""

    kind: PeriodKind
    first_day: date
    last_day: date

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def period_of(kind: PeriodKind, day: date, fiscal_start_month: int = APRIL) -> Period:
    """The period of `kind` holding `day`."""
    length = MONTHS[kind]
    month_index = day.year * 12 + day.month - 1  # months since January of year 0
    since_fiscal_start = month_index - (fiscal_start_month - 1)
    first_index = fiscal_start_month - 1 + since_fiscal_start // length * length
    last_index = first_index + length - 1
    first = date(first_index // 12, first_index % 12 + 1, 1)
    _, last = month_of(date(last_index // 12, last_index % 12 + 1, 1))
    return Period(kind, first, last)


def next_period(period: Period, fiscal_start_month: int = APRIL) -> Period:
    """The period of the same kind that starts the day after this one ends."""
    following = date.fromordinal(period.last_day.toordinal() + 1)
    return period_of(period.kind, following, fiscal_start_month)
