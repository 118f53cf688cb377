"""Typed numbers are read exactly; stored values survive the round trip."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.numbers import from_text, parse_number, to_text
from kpidesk.domain.problems import ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10000000", Fraction(10_000_000)),
        ("10,000,000", Fraction(10_000_000)),
        ("¥100,000", Fraction(100_000)),
        ("１２３", Fraction(123)),
        ("２０％", Fraction(20)),
        ("0.2", Fraction(1, 5)),
        ("-3.5", Fraction(-7, 2)),
        (" 45 ", Fraction(45)),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["abc", "", "  ", "1.2.3", "nan", "inf", "12x"])
def test_text_that_is_not_a_number_is_refused(text):
    with pytest.raises(ValidationError) as refusal:
        parse_number(text)
    assert refusal.value.code == "not_a_number"


@given(st.fractions())
def test_any_value_survives_storage_as_text(value):
    assert from_text(to_text(value)) == value


def test_stored_text_is_a_plain_decimal_when_there_is_one():
    assert to_text(Fraction(1, 5)) == "0.2"
    assert to_text(Fraction(10_000_000)) == "10000000"
    assert to_text(Fraction(1, 3)) == "1/3"
