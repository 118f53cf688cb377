"""Exact numbers: parsing user input, storing values as text, rounding."""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from kpidesk.domain.model import Rounding
from kpidesk.domain.problems import ValidationError

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋％", "0123456789.,-+%")


def parse_number(text: str) -> Fraction:
    """Parse a number typed by a user ("1,000", "１２", "20%", "-3.5") into an exact Fraction."""
    cleaned = text.translate(_FULLWIDTH).strip().replace(",", "").replace("_", "")
    cleaned = cleaned.replace("¥", "").replace("￥", "").replace("%", "").strip()
    if not cleaned:
        raise ValidationError("not_a_number", text=text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError("not_a_number", text=text) from None
    if not value.is_finite():
        raise ValidationError("not_a_number", text=text)
    return Fraction(value)


def to_text(value: Fraction) -> str:
    """Store a Fraction as text: an exact plain decimal when it has one, else "n/d"."""
    if value.denominator == 1:
        return str(value.numerator)
    twos = fives = 0
    denominator = value.denominator
    while denominator % 2 == 0:
        denominator, twos = denominator // 2, twos + 1
    while denominator % 5 == 0:
        denominator, fives = denominator // 5, fives + 1
    if denominator != 1:
        return f"{value.numerator}/{value.denominator}"
    places = max(twos, fives)
    digits = str(abs(value.numerator) * 10**places // value.denominator).rjust(places + 1, "0")
    sign = "-" if value < 0 else ""
    return f"{sign}{digits[:-places]}.{digits[-places:]}".rstrip("0")


def from_text(text: str | None) -> Fraction | None:
    """Read a value stored by `to_text`; None stays None."""
    if text is None:
        return None
    return Fraction(text)


def round_value(value: Fraction, rounding: Rounding) -> Fraction:
    """Round a computed value to a whole number as the node's rounding rule says."""
    if rounding is Rounding.UP:
        return Fraction(math.ceil(value))
    if rounding is Rounding.DOWN:
        return Fraction(math.floor(value))
    if rounding is Rounding.NEAREST:
        return Fraction(math.floor(value + Fraction(1, 2)))
    return value
