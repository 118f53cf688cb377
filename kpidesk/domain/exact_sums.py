"""Exact sums of many fractions per key, over one common denominator (no gcd per addition)."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from math import lcm


def sum_by_key(items: Iterable[tuple[int, Fraction]]) -> dict[int, Fraction]:
    """The exact sum of the values of each key; a key with no item is absent.

    Adding Fractions one by one reduces every partial sum; stored actuals share a denominator
    dividing 10,000, so numerators are added over the common denominator and reduced once.
    """
    grouped: dict[int, list[Fraction]] = {}
    for key, value in items:
        grouped.setdefault(key, []).append(value)
    return {key: exact_sum(values) for key, values in grouped.items()}


def exact_sum(values: list[Fraction]) -> Fraction:
    denominator = lcm(*{value.denominator for value in values})
    return Fraction(
        sum(value.numerator * (denominator // value.denominator) for value in values), denominator
    )
