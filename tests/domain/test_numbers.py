"""One reading of every typed or imported number: a rule per unit, exact values, clear refusals."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.model import Rounding, Unit
from kpidesk.domain.numbers import (
    MAX_MAGNITUDE,
    from_text,
    parse_number,
    parse_value,
    to_text,
    whole_only,
)
from kpidesk.domain.problems import ValidationError


def refusal(text, unit=Unit.OTHER, whole=False):
    with pytest.raises(ValidationError) as refused:
        parse_value(text, unit, whole)
    return refused.value.code


@pytest.mark.parametrize(
    ("text", "expected"),
    [("20", Fraction(1, 5)), ("20%", Fraction(1, 5)), ("２０％", Fraction(1, 5)),
     ("0.2", Fraction(1, 500)), ("12.5 %", Fraction(1, 8)), ("100", Fraction(1)), ("0", 0)],
)  # fmt: skip
def test_a_rate_is_typed_in_percent_with_or_without_the_sign(text, expected):
    assert parse_value(text, Unit.PERCENT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,000", 1000), ("１，０００", 1000), ("¥1,000", 1000), ("￥1,000", 1000),
     ("1,000円", 1000), ("１０万", 100_000), ("1.5万", 15_000), ("1億", 100_000_000),
     ("10万円", 100_000), ("1,000,000", 1_000_000), ("-¥1,000", -1000), ("¥-1,000", -1000),
     ("−500", -500), (" 45 ", 45), ("1e3", 1000), ("0.5", Fraction(1, 2)), ("1兆", 10**12)],
)  # fmt: skip
def test_money_is_typed_as_people_write_it(text, expected):
    assert parse_value(text, Unit.CURRENCY) == expected


@pytest.mark.parametrize(
    ("text", "unit", "code"),
    [("1,0,0", Unit.CURRENCY, "bad_grouping"), ("1_0_0", Unit.CURRENCY, "bad_grouping"),
     ("10,00", Unit.COUNT, "bad_grouping"), ("1,000.5,0", Unit.OTHER, "bad_grouping"),
     ("10%", Unit.CURRENCY, "percent_on_non_rate"), ("20%", Unit.COUNT, "percent_on_non_rate"),
     ("¥100", Unit.COUNT, "currency_sign_on_non_money"),
     ("abc", Unit.OTHER, "not_a_number"), ("", Unit.OTHER, "not_a_number"),
     ("1.2.3", Unit.OTHER, "not_a_number"), ("nan", Unit.OTHER, "not_a_number"),
     ("inf", Unit.OTHER, "not_a_number"), ("12x", Unit.OTHER, "not_a_number"),
     ("1億2000万", Unit.CURRENCY, "not_a_number"), ("TRUE", Unit.COUNT, "not_a_number"),
     ("#DIV/0!", Unit.COUNT, "not_a_number")],
)  # fmt: skip
def test_text_that_is_not_one_clear_number_is_refused_with_the_reason(text, unit, code):
    assert refusal(text, unit) == code


@pytest.mark.parametrize(
    "text",
    ["1000000000001", "922337203685478", "1e15", "1e309", "1" * 5000, "-1e13", "2兆"],
)
def test_values_beyond_the_limit_are_refused_with_it(text):
    with pytest.raises(ValidationError) as refused:
        parse_value(text, Unit.CURRENCY)
    assert refused.value.code == "too_large"
    assert refused.value.params["limit"] == MAX_MAGNITUDE == 10**12


def test_the_limit_itself_is_accepted():
    assert parse_value("1,000,000,000,000", Unit.CURRENCY) == 10**12
    assert parse_value("-1000000000000", Unit.OTHER) == -(10**12)


def test_decimals_are_refused_on_a_whole_count_and_allowed_on_an_average():
    assert whole_only(Unit.COUNT, Rounding.AUTO) and whole_only(Unit.COUNT, Rounding.UP)
    assert not whole_only(Unit.COUNT, Rounding.NONE) and not whole_only(Unit.CURRENCY)
    assert refusal("12.5", Unit.COUNT, whole=True) == "not_whole"
    assert parse_value("12.5", Unit.COUNT, whole=False) == Fraction(25, 2)
    assert parse_value("1.5万", Unit.COUNT, whole=True) == 15_000


def test_a_plain_number_takes_no_unit_signs():
    assert parse_number("１２３") == 123
    assert parse_number("-3.5") == Fraction(-7, 2)
    with pytest.raises(ValidationError):
        parse_number("20%")


@given(st.fractions())
def test_any_value_survives_storage_as_text(value):
    assert from_text(to_text(value)) == value


@given(st.integers(-(10**12), 10**12))
def test_any_whole_amount_reads_back_with_or_without_grouping(amount):
    assert parse_value(f"{amount:,}", Unit.OTHER) == amount
    assert parse_value(str(amount), Unit.OTHER) == amount


def test_stored_text_is_a_plain_decimal_when_there_is_one():
    assert to_text(Fraction(1, 5)) == "0.2"
    assert to_text(Fraction(10_000_000)) == "10000000"
    assert to_text(Fraction(1, 3)) == "1/3"
