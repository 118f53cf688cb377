"""Splitting a team figure across reps: evenly, by capacity weight, or with fixed amounts."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from kpidesk.domain.problems import Problem, ValidationError

NO_REPS = "no_active_reps"
FIXED_EXCEEDS_TOTAL = "fixed_exceeds_total"
NO_CAPACITY = "no_capacity"


@dataclass(frozen=True)
class Share:
    """One rep's claim on the team figure: a capacity weight, or a fixed amount."""

    rep_id: int
    weight: Fraction = Fraction(1)
    fixed: Fraction | None = None


@dataclass(frozen=True)
class Allocation:
    """Each rep's part (rep_id → part, in the order given), or the problem that kept it from
    being split. `total` is the figure actually split: rounded up when parts must be whole."""

    total: Fraction
    parts: dict[int, Fraction] = field(default_factory=dict)
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def allocate(total: Fraction, shares: Sequence[Share], whole: bool) -> Allocation:
    """Split `total` across `shares`. Fixed amounts are taken first; the rest is shared out by
    weight. With `whole`, the total is rounded up and parts are whole numbers that add up to it
    exactly (largest remainder method); otherwise parts are the exact shares."""
    _check(total, shares, whole)
    total = Fraction(math.ceil(total)) if whole else Fraction(total)
    if not shares:
        return _failed(total, NO_REPS)
    fixed = [s.fixed for s in shares if s.fixed is not None]
    fixed_sum = sum(fixed, Fraction(0))
    if fixed_sum > total:
        return _failed(total, FIXED_EXCEEDS_TOTAL)
    remaining = total - fixed_sum
    if not fixed and _one_weight(shares):  # the capacity is len(shares) × that weight
        if remaining and not shares[0].weight:
            return _failed(total, NO_CAPACITY)
        values = _even(remaining, len(shares), whole)
    else:
        capacity = sum((s.weight for s in shares if s.fixed is None), Fraction(0))
        if remaining and not capacity:
            return _failed(total, NO_CAPACITY)
        exact = [_exact_share(s, remaining, capacity) for s in shares]
        values = _largest_remainder(exact, [s.weight for s in shares]) if whole else exact
    return Allocation(total, {s.rep_id: v for s, v in zip(shares, values, strict=True)})


def _one_weight(shares: Sequence[Share]) -> bool:
    """Every share has the same weight (compared, not hashed: a Fraction's hash is costly)."""
    first = shares[0].weight
    return all(s.weight is first or s.weight == first for s in shares)


def _even(total: Fraction, count: int, whole: bool) -> list[Fraction]:
    """Equal shares, as the largest remainder method gives them with one weight for all: each
    rep the same exact part, or whole parts where the earliest reps take the units left over
    (worked out once, not per rep: a team of 30 split a 2,000-KPI plan's figures 30 times)."""
    if not whole:
        return [total / count] * count
    floor, left = divmod(int(total), count)
    return [Fraction(floor + 1)] * left + [Fraction(floor)] * (count - left)


def _check(total: Fraction, shares: Sequence[Share], whole: bool) -> None:
    if total < 0:
        raise ValidationError("negative_value")
    seen: set[int] = set()
    for share in shares:
        if share.rep_id in seen:
            raise ValidationError("duplicate_rep", rep_id=share.rep_id)
        seen.add(share.rep_id)
        _check_share(share, whole)


def _check_share(share: Share, whole: bool) -> None:
    if share.weight < 0 or (share.fixed is not None and share.fixed < 0):
        raise ValidationError("negative_value", rep_id=share.rep_id)
    if whole and share.fixed is not None and Fraction(share.fixed).denominator != 1:
        raise ValidationError("fixed_not_whole", rep_id=share.rep_id)


def _failed(total: Fraction, code: str) -> Allocation:
    return Allocation(total, problem=Problem(code))


def _exact_share(share: Share, remaining: Fraction, capacity: Fraction) -> Fraction:
    if share.fixed is not None:
        return Fraction(share.fixed)
    if not capacity:
        return Fraction(0)
    return remaining * share.weight / capacity


def _largest_remainder(exact: list[Fraction], weights: list[Fraction]) -> list[Fraction]:
    """Floor every share, then hand the units left over one each to the largest remainders;
    ties go to the larger weight, then to the earlier rep. Needs a whole sum of `exact`."""
    floors = [math.floor(value) for value in exact]
    left = int(sum(exact, Fraction(0)) - sum(floors))
    order = sorted(range(len(exact)), key=lambda i: (floors[i] - exact[i], -weights[i], i))
    bonus = set(order[:left])
    return [Fraction(floor + (i in bonus)) for i, floor in enumerate(floors)]
