"""Periods follow the fiscal year's first month (April by default, as is common in Japan)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.periods import PeriodKind, next_period, period_of


@pytest.mark.parametrize(
    ("kind", "day", "start", "first", "last"),
    [
        (PeriodKind.MONTH, date(2026, 12, 15), 4, date(2026, 12, 1), date(2026, 12, 31)),
        (PeriodKind.QUARTER, date(2026, 12, 15), 4, date(2026, 10, 1), date(2026, 12, 31)),
        (PeriodKind.QUARTER, date(2027, 2, 1), 4, date(2027, 1, 1), date(2027, 3, 31)),
        (PeriodKind.HALF, date(2026, 12, 15), 4, date(2026, 10, 1), date(2027, 3, 31)),
        (PeriodKind.HALF, date(2026, 5, 1), 4, date(2026, 4, 1), date(2026, 9, 30)),
        (PeriodKind.YEAR, date(2027, 3, 31), 4, date(2026, 4, 1), date(2027, 3, 31)),
        (PeriodKind.YEAR, date(2027, 4, 1), 4, date(2027, 4, 1), date(2028, 3, 31)),
        (PeriodKind.YEAR, date(2026, 12, 15), 1, date(2026, 1, 1), date(2026, 12, 31)),
        (PeriodKind.QUARTER, date(2026, 12, 15), 1, date(2026, 10, 1), date(2026, 12, 31)),
        (PeriodKind.HALF, date(2027, 1, 10), 10, date(2026, 10, 1), date(2027, 3, 31)),
    ],
)
def test_period_bounds(kind, day, start, first, last):
    period = period_of(kind, day, start)
    assert (period.first_day, period.last_day) == (first, last)


@given(
    st.sampled_from(list(PeriodKind)),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(1, 12),
)
def test_periods_hold_their_day_and_follow_each_other_without_gaps(kind, day, start):
    period = period_of(kind, day, start)
    assert period.contains(day)
    following = next_period(period, start)
    assert following.first_day.toordinal() == period.last_day.toordinal() + 1
    assert following.kind is kind
