"""Values that make no sense for their unit are refused before they reach the file."""

from fractions import Fraction

import pytest

from kpidesk.domain.model import Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.validation import check_deletable, check_name, check_value


@pytest.mark.parametrize("unit", [Unit.COUNT, Unit.CURRENCY, Unit.PERCENT, Unit.DAYS])
def test_negative_values_are_refused(unit):
    with pytest.raises(ValidationError) as refusal:
        check_value(unit, Fraction(-1))
    assert refusal.value.code == "negative_value"


def test_a_rate_above_100_percent_is_refused():
    with pytest.raises(ValidationError) as refusal:
        check_value(Unit.PERCENT, Fraction(101, 100))
    assert refusal.value.code == "rate_above_100"


def test_zero_and_100_percent_are_legal_rates():
    check_value(Unit.PERCENT, Fraction(0))
    check_value(Unit.PERCENT, Fraction(1))


def test_a_free_unit_may_be_negative():
    check_value(Unit.OTHER, Fraction(-5))


def test_names_are_trimmed_and_must_not_be_empty():
    assert check_name("  見込み  客数 ") == "見込み 客数"
    with pytest.raises(ValidationError):
        check_name("   ")


def test_the_root_cannot_be_deleted(demo):
    with pytest.raises(ValidationError) as refusal:
        check_deletable(demo.root)
    assert refusal.value.code == "cannot_delete_root"
    check_deletable(demo.nodes[2])
