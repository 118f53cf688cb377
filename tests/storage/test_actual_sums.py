"""Sums of actuals are exact and never overflow SQLite's integers, however large and many."""

from datetime import date, timedelta
from fractions import Fraction

import pytest

from kpidesk.domain.numbers import MAX_MAGNITUDE
from kpidesk.domain.problems import ValidationError
from kpidesk.storage.actual_store import ActualStore, to_stored
from kpidesk.storage.plan_file import open_plan_file

REVENUE = 1
FIRST = date(2026, 1, 1)


@pytest.fixture
def store(demo_file):
    db = open_plan_file(demo_file)
    yield ActualStore(db)
    db.close()


def test_a_thousand_days_of_the_largest_value_sum_exactly(store):
    days = [FIRST + timedelta(days=i) for i in range(1000)]
    largest = Fraction(MAX_MAGNITUDE)
    store.put({(REVENUE, 1, day): largest for day in days})  # 1000 × 10^16 > 2^63 stored
    store.put({(REVENUE, 2, day): largest for day in days[:3]})
    store.put({(REVENUE, 0, days[0]): Fraction(-1, 10_000)})  # the team, a hair below zero
    last = days[-1]
    assert store.totals(FIRST, last) == {
        (REVENUE, 1): 1000 * largest,
        (REVENUE, 2): 3 * largest,
        (REVENUE, 0): Fraction(-1, 10_000),
    }
    daily = store.daily(REVENUE, FIRST, last)
    assert daily[days[0]] == 2 * largest - Fraction(1, 10_000)
    assert daily[last] == largest
    assert store.latest(REVENUE, FIRST, last) == (last, largest)


def test_a_value_beyond_the_limit_is_not_stored(store):
    with pytest.raises(ValidationError) as refusal:
        to_stored(Fraction(MAX_MAGNITUDE + 1))
    assert (refusal.value.code, refusal.value.params["limit"]) == ("too_large", 10**12)
