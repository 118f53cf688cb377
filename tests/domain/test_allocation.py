"""Team figures split across reps add up exactly: whole parts by largest remainder, else exact."""

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.allocation import Share, allocate
from kpidesk.domain.problems import Problem, ValidationError
from tests.domain.fraction_strategy import fractions


def even(count: int) -> list[Share]:
    return [Share(rep_id) for rep_id in range(1, count + 1)]


def weighted(*weights: str) -> list[Share]:
    return [Share(i, Fraction(w)) for i, w in enumerate(weights, start=1)]


def test_500_prospects_over_10_reps_is_50_each():
    result = allocate(Fraction(500), even(10), whole=True)
    assert result.ok
    assert result.parts == {rep_id: 50 for rep_id in range(1, 11)}


def test_505_over_10_reps_gives_the_extra_units_to_the_first_five():
    result = allocate(Fraction(505), even(10), whole=True)
    assert list(result.parts.values()) == [51] * 5 + [50] * 5
    assert sum(result.parts.values()) == 505


def test_weights_size_the_parts():
    result = allocate(Fraction(300), weighted("1", "1.5", "0.5"), whole=True)
    assert result.parts == {1: 100, 2: 150, 3: 50}


def test_100_over_three_equal_weights_is_34_33_33():
    result = allocate(Fraction(100), weighted("1", "1", "1"), whole=True)
    assert result.parts == {1: 34, 2: 33, 3: 33}


def test_a_fixed_new_hire_and_the_rest_shared_evenly():
    shares = [Share(3, fixed=Fraction(20)) if s.rep_id == 3 else s for s in even(10)]
    result = allocate(Fraction(500), shares, whole=True)
    # 480 / 9 = 53 1/3 each: floors sum to 477, the 3 units left go to the first three in order.
    assert result.parts == {1: 54, 2: 54, 3: 20, 4: 54, 5: 53, 6: 53, 7: 53, 8: 53, 9: 53, 10: 53}
    assert sum(v for k, v in result.parts.items() if k != 3) == 480


def test_equal_remainders_go_to_the_larger_weight():
    # 2 over weights 1 and 3 is 1/2 and 3/2: both remainders are 1/2, the weight 3 wins.
    result = allocate(Fraction(2), weighted("1", "3"), whole=True)
    assert result.parts == {1: 0, 2: 2}


def test_equal_remainders_and_weights_go_to_the_earlier_rep():
    # 7 over weights 1, 1, 2, 2 is 7/6, 7/6, 7/3, 7/3: one unit left, for the first 1/3 remainder.
    result = allocate(Fraction(7), weighted("1", "1", "2", "2"), whole=True)
    assert result.parts == {1: 1, 2: 1, 3: 3, 4: 2}


def test_the_parts_keep_the_order_given():
    shares = [Share(9), Share(2), Share(5)]
    assert list(allocate(Fraction(10), shares, whole=True).parts) == [9, 2, 5]


def test_money_is_split_into_exact_thirds():
    result = allocate(Fraction(10_000_000), even(3), whole=False)
    assert result.parts == {rep_id: Fraction(10_000_000, 3) for rep_id in (1, 2, 3)}
    assert sum(result.parts.values()) == 10_000_000


def test_money_fixed_amounts_need_not_be_whole():
    shares = [Share(1, fixed=Fraction("0.5")), Share(2), Share(3, Fraction(3))]
    result = allocate(Fraction(10), shares, whole=False)
    assert result.parts == {1: Fraction(1, 2), 2: Fraction(19, 8), 3: Fraction(57, 8)}


def test_a_whole_total_that_is_not_whole_is_rounded_up_first():
    result = allocate(Fraction(201, 2), even(2), whole=True)
    assert result.total == 101
    assert result.parts == {1: 51, 2: 50}


def test_a_rep_with_zero_weight_gets_nothing():
    result = allocate(Fraction(10), weighted("0", "1", "1"), whole=True)
    assert result.parts == {1: 0, 2: 5, 3: 5}


def test_fixed_amounts_taking_the_whole_total_leave_nothing_to_share():
    shares = [Share(1, fixed=Fraction(10)), Share(2, Fraction(0))]
    assert allocate(Fraction(10), shares, whole=True).parts == {1: 10, 2: 0}


def test_fixed_amounts_above_the_total_are_a_problem():
    shares = [Share(1, fixed=Fraction(300)), Share(2, fixed=Fraction(250)), Share(3)]
    result = allocate(Fraction(500), shares, whole=True)
    assert not result.ok
    assert result.problem == Problem("fixed_exceeds_total")
    assert result.parts == {}


def test_fixed_amounts_are_compared_with_the_rounded_up_total():
    shares = [Share(1, fixed=Fraction(101)), Share(2)]
    assert allocate(Fraction(201, 2), shares, whole=True).parts == {1: 101, 2: 0}


def test_no_reps_is_a_problem():
    result = allocate(Fraction(500), [], whole=True)
    assert result.problem == Problem("no_active_reps")


def test_zero_capacity_with_something_left_is_a_problem():
    result = allocate(Fraction(500), weighted("0", "0"), whole=True)
    assert result.problem == Problem("no_capacity")


def test_every_rep_fixed_below_the_total_is_a_problem():
    shares = [Share(1, fixed=Fraction(100)), Share(2, fixed=Fraction(100))]
    assert allocate(Fraction(500), shares, whole=True).problem == Problem("no_capacity")


def test_a_negative_weight_is_refused():
    with pytest.raises(ValidationError) as refused:
        allocate(Fraction(500), weighted("1", "-1"), whole=True)
    assert refused.value.code == "negative_value"
    assert refused.value.params == {"rep_id": 2}


def test_a_negative_fixed_amount_is_refused():
    with pytest.raises(ValidationError) as refused:
        allocate(Fraction(500), [Share(1, fixed=Fraction(-5)), Share(2)], whole=False)
    assert refused.value.code == "negative_value"


def test_a_negative_total_is_refused():
    with pytest.raises(ValidationError) as refused:
        allocate(Fraction(-1), even(2), whole=False)
    assert refused.value.code == "negative_value"


def test_a_fixed_count_must_be_whole():
    with pytest.raises(ValidationError) as refused:
        allocate(Fraction(500), [Share(1, fixed=Fraction(41, 2)), Share(2)], whole=True)
    assert refused.value.code == "fixed_not_whole"
    assert refused.value.params == {"rep_id": 1}


def test_a_rep_listed_twice_is_refused():
    with pytest.raises(ValidationError) as refused:
        allocate(Fraction(500), [Share(1), Share(1)], whole=True)
    assert refused.value.code == "duplicate_rep"


# Properties over random teams.

# Each strategy is built once: building one per draw (dozens per team) took most of the time.
weights = fractions(min_value=0, max_value=5, max_denominator=20)
denominators = st.sampled_from([1, 1, 4, 100])
totals = {d: fractions(min_value=0, max_value=10**6, max_denominator=d) for d in (1, 4, 100)}
counts = st.integers(1, 30)
free_reps = {count: st.integers(0, count - 1) for count in range(1, 31)}
fixed_or_not = st.booleans()
fixed_fractions = fractions(min_value=0, max_value=1, max_denominator=50)


@st.composite
def teams(draw, whole: bool):
    """A total, and shares whose fixed amounts fit in it with at least one positive free weight."""
    denominator = draw(denominators)
    total = draw(totals[denominator])
    budget = Fraction(math.ceil(total)) if whole else total
    count = draw(counts)
    free = draw(free_reps[count])  # this rep is never fixed and has a positive weight
    shares = []
    for i in range(count):
        weight = draw(weights)
        if i == free:
            weight = max(weight, Fraction(1, 20))
        fixed = None
        if i != free and draw(fixed_or_not):
            amount = draw(fixed_fractions) * budget
            fixed = Fraction(math.floor(amount)) if whole else amount
            budget -= fixed
        shares.append(Share(100 + i, weight, fixed))
    return total, shares


def exact_shares(total: Fraction, shares: list[Share]) -> dict[int, Fraction]:
    remaining = total - sum(s.fixed for s in shares if s.fixed is not None)
    capacity = sum(s.weight for s in shares if s.fixed is None)
    return {
        s.rep_id: s.fixed if s.fixed is not None else remaining * s.weight / capacity
        for s in shares
    }


def whole_parts_add_up_exactly_and_stay_within_one_unit(total, shares, result):
    assert result.ok
    assert result.total == math.ceil(total)
    assert sum(result.parts.values()) == math.ceil(total)
    assert list(result.parts) == [s.rep_id for s in shares]
    exact = exact_shares(result.total, shares)
    for share in shares:
        part = result.parts[share.rep_id]
        assert part.denominator == 1
        if share.fixed is not None:
            assert part == share.fixed
        else:
            assert abs(part - exact[share.rep_id]) < 1


def a_larger_weight_never_gets_a_smaller_part(shares, parts):
    free = [s for s in shares if s.fixed is None]
    for a in free:
        for b in free:
            if a.weight > b.weight:
                assert parts[a.rep_id] >= parts[b.rep_id]


# both properties on the same 100 teams (they were two tests drawing 100 teams each: drawing a
# team of up to 30 reps cost far more than splitting it)
@given(teams(whole=True))
def test_whole_parts_add_up_and_stay_within_one_unit_and_follow_the_weights(team):
    total, shares = team
    result = allocate(total, shares, whole=True)
    whole_parts_add_up_exactly_and_stay_within_one_unit(total, shares, result)
    a_larger_weight_never_gets_a_smaller_part(shares, result.parts)


@given(teams(whole=False))
def test_parts_that_need_not_be_whole_are_the_exact_shares(team):
    total, shares = team
    result = allocate(total, shares, whole=False)
    assert result.total == total
    assert result.parts == exact_shares(total, shares)
    assert sum(result.parts.values()) == total
