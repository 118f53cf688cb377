"""Sharing evenly gives exactly what the largest remainder method gives with one weight for all."""

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpidesk.domain.allocation import Share, _exact_share, _largest_remainder, allocate

totals = st.builds(Fraction, st.integers(0, 10**12), st.integers(1, 10**6))
weights = st.sampled_from([Fraction(1, 10), Fraction(1), Fraction(3, 2), Fraction(7)])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(totals, st.integers(1, 60), weights, st.booleans())
def test_an_even_split_equals_the_largest_remainder_method(total, reps, weight, whole):
    shares = [Share(rep_id, weight) for rep_id in range(1, reps + 1)]
    split = allocate(total, shares, whole)
    exact = [_exact_share(share, split.total, weight * reps) for share in shares]
    expected = _largest_remainder(exact, [weight] * reps) if whole else exact
    assert list(split.parts.values()) == expected
    assert sum(split.parts.values()) == split.total


def test_a_fixed_zero_is_not_an_even_share():
    shares = [Share(1, fixed=Fraction(0)), Share(2), Share(3)]
    assert list(allocate(Fraction(10), shares, True).parts.values()) == [0, 5, 5]
