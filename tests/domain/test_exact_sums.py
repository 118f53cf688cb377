"""Sums per key over a common denominator are the exact sums, reduced."""

from fractions import Fraction

from kpidesk.domain.exact_sums import exact_sum, sum_by_key


def test_sums_per_key_are_exact_and_reduced():
    items = [(1, Fraction(1, 4)), (2, Fraction(7)), (1, Fraction(1, 3)), (1, Fraction(5, 12))]
    assert sum_by_key(items) == {1: Fraction(1), 2: Fraction(7)}
    assert sum_by_key([]) == {}


def test_ten_thousandths_add_up_like_fraction_addition():
    values = [Fraction(n * 7919 % 100_003 - 50_000, 10_000) for n in range(3000)]
    assert exact_sum(values) == sum(values, Fraction(0))
    assert exact_sum([Fraction(10**16 - 1, 10_000)] * 3) == Fraction(3 * (10**16 - 1), 10_000)
