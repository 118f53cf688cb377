"""Property: the same text gives the same value, or the same refusal, through every entry point."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.cli import _day as cli_day
from kpidesk.domain.dates import parse_date
from kpidesk.domain.definition import UNEXPECTED_PERCENT, _value
from kpidesk.domain.model import Node, Plan, Rounding, Unit
from kpidesk.domain.numbers import parse_value
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.validation import check_value
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services.actuals_file import ColumnMapping, interpret
from tests.domain.plain_imports import plain_imports  # noqa: F401  (autouse)

texts = st.one_of(
    st.text(alphabet="0123456789０１２,，._ -−+%％¥￥円万億e", max_size=12),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
    st.integers(-(10**13), 10**13).map(lambda n: f"{n:,}"),
    st.sampled_from(["20", "20%", "２０％", "0.2", "1,0,0", "1_0_0", "10%", "１０万", "1.5万",
                     "1億", "¥1,000", "1e15", "1e309", "12.5", "-3", "nan", ""]),
)  # fmt: skip


def outcome(read):
    """("value", v) or ("refused", code): what the user would see, compared across entry points."""
    try:
        return "value", read()
    except ValidationError as error:
        code = (
            error.params.get("problem", error.code)
            if error.code == "definition_invalid"
            else error.code
        )
        return "refused", "percent_on_non_rate" if code == UNEXPECTED_PERCENT else code


def the_rule(text, unit, whole):
    value = parse_value(text, unit, whole)
    check_value(unit, value)
    return value


def cell(text, unit, whole):
    """The NumberFormat every widget uses (tree cells, forms, what-if, grid, paste)."""
    value = NumberFormat().parse(text, unit, whole)
    if value is None:
        raise ValidationError("not_a_number", text=text)  # empty: the cell is cleared instead
    check_value(unit, value)
    return value


def imported(text, unit, whole):
    """One row of a CSV import, rates read in percent as everywhere else."""
    rounding = Rounding.AUTO if whole else Rounding.NONE
    plan = Plan("p", {1: Node(1, None, 0, "k", unit, rounding=rounding)}, [])
    mapping = ColumnMapping(date="d", value="v", fixed_kpi="k", rates="percent")
    result = interpret(["d", "v"], [["2026-11-02", text]], mapping, plan)
    if result.errors:
        code = result.errors[0].code
        raise ValidationError("missing_value" if code == "missing_value" else code)
    return result.values[(1, 0, date(2026, 11, 2))]


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(list(Unit)), st.booleans())
def test_every_entry_point_reads_a_number_the_same_way(text, unit, whole):
    whole = whole and unit is Unit.COUNT
    expected = outcome(lambda: the_rule(text, unit, whole))
    if not text.strip():
        expected = ("refused", "not_a_number")
    assert outcome(lambda: cell(text, unit, whole)) == expected
    assert outcome(lambda: _value(text, "v", unit, whole)) == expected
    got = outcome(lambda: imported(text, unit, whole))
    if got[0] == "value" and expected[0] == "value":
        assert got[1] == expected[1]
    elif not (got == ("refused", "missing_value") and not text.strip()):
        assert got == expected or (got[1] == "too_precise" and expected[0] == "value"), (
            got,
            expected,
        )


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1990, 1, 1), date(2099, 12, 31)))
def test_every_written_form_of_a_day_reads_as_that_day(day):
    forms = [
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day:%Y%m%d}",
        f"{day.year}年{day.month}月{day.day}日",
        (day - date(1899, 12, 30)).days,
    ]
    if day >= date(2019, 5, 1):
        forms += [
            f"令和{day.year - 2018}年{day.month}月{day.day}日",
            f"R{day.year - 2018}.{day.month}.{day.day}",
        ]
    elif day >= date(1989, 1, 8):
        forms += [f"H{day.year - 1988}.{day.month}.{day.day}"]
    assert {parse_date(form) for form in forms} == {day}
    written = [form for form in forms if isinstance(form, str)]
    assert {cli_day(form) for form in written} == {day}  # kpidesk show --as-of
    plan = Plan("p", {1: Node(1, None, 0, "k", Unit.COUNT)}, [])
    mapping = ColumnMapping(date="d", value="v", fixed_kpi="k")
    result = interpret(["d", "v"], [[form, "1"] for form in forms], mapping, plan)
    assert (result.errors, set(result.values)) == ([], {(1, 0, day)})  # an import's date column
