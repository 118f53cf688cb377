"""Progress during a period, on real Japanese calendars: exact figures, statuses and chart lines."""

from datetime import date, timedelta
from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kpidesk.domain.calendar import business_days, month_of
from kpidesk.domain.model import Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.progress import (
    Kind,
    Progress,
    Schedule,
    Status,
    Thresholds,
    Tracking,
    cumulative,
    forecast_line,
    kind_for,
    pace_line,
    progress_of,
)
from kpidesk.services.business_calendar import japanese_holidays
from tests.domain.fraction_strategy import fractions

F = Fraction


def month_days(year: int, month: int) -> list[date]:
    first, last = month_of(date(year, month, 1))
    return business_days(first, last, japanese_holidays(year))


DECEMBER = month_days(2026, 12)
NOVEMBER = month_days(2026, 11)
HUNDRED, TWENTY_THREE = F(100), F(23)


def figures(as_of: date, tracking: Tracking, days=DECEMBER, **kwargs) -> Progress:
    return progress_of(Schedule(tuple(days), as_of), tracking, **kwargs)


def deals(actual, target=HUNDRED) -> Tracking:
    return Tracking(target=target, actual=actual, name="Deals")


def problem(figure) -> str:
    assert figure.value is None
    return figure.problem.code


def values(progress: Progress) -> dict[str, Fraction | None]:
    return {
        name: getattr(progress, name).value
        for name in (
            "elapsed_days",
            "total_days",
            "remaining_days",
            "achievement",
            "expected_to_date",
            "progress",
            "forecast",
            "required_pace",
            "gap_to_target_at_forecast",
        )
    }


# The calendars -------------------------------------------------------------------------------


def test_december_2026_has_23_business_days_and_november_19():
    assert len(DECEMBER) == 23  # no public holiday in December
    assert len(NOVEMBER) == 19  # 3 Nov (Culture Day) and 23 Nov (Labour Thanksgiving Day)
    assert date(2026, 11, 3) not in NOVEMBER and date(2026, 11, 23) not in NOVEMBER


# FLOW, higher is better ----------------------------------------------------------------------


def test_the_worked_example_100_deals_36_by_friday_11_december():
    result = figures(date(2026, 12, 11), deals(F(36)))
    assert values(result) == {
        "elapsed_days": 9,  # 1–4 and 7–11 December
        "total_days": 23,
        "remaining_days": 14,
        "achievement": F(9, 25),
        "expected_to_date": F(900, 23),
        "progress": F(23, 25),
        "forecast": 92,
        "required_pace": F(32, 7),
        "gap_to_target_at_forecast": -8,
    }
    assert result.status is Status.LAGGING
    assert result.status == "lagging"


def test_a_weekend_as_of_date_counts_the_business_days_before_it():
    saturday, sunday = date(2026, 12, 12), date(2026, 12, 13)
    friday = figures(date(2026, 12, 11), deals(F(36)))
    assert figures(saturday, deals(F(36))) == friday
    assert figures(sunday, deals(F(36))) == friday


def test_a_holiday_as_of_date_counts_only_business_days():
    labour_thanksgiving = date(2026, 11, 23)  # a Monday
    result = figures(labour_thanksgiving, deals(F(70), target=F(95)), days=NOVEMBER)
    assert values(result) == {
        "elapsed_days": 14,  # 2, 4–6, 9–13, 16–20 November
        "total_days": 19,
        "remaining_days": 5,
        "achievement": F(14, 19),
        "expected_to_date": 70,  # 95 × 14 / 19
        "progress": 1,
        "forecast": 95,
        "required_pace": 5,
        "gap_to_target_at_forecast": 0,
    }
    assert result.status is Status.ON_TRACK


def test_culture_day_is_not_a_business_day_either():
    assert figures(date(2026, 11, 3), deals(F(1)), days=NOVEMBER).elapsed_days.value == 1
    assert figures(date(2026, 11, 4), deals(F(1)), days=NOVEMBER).elapsed_days.value == 2


def test_before_the_period_nothing_has_started():
    result = figures(date(2026, 11, 30), deals(F(0)))
    assert values(result) | {"progress": None} == {
        "elapsed_days": 0,
        "total_days": 23,
        "remaining_days": 23,
        "achievement": 0,
        "expected_to_date": 0,
        "progress": None,
        "forecast": None,
        "required_pace": F(100, 23),
        "gap_to_target_at_forecast": None,
    }
    assert problem(result.progress) == "not_started"
    assert problem(result.forecast) == "not_started"
    assert problem(result.gap_to_target_at_forecast) == "not_started"
    assert result.progress.problem.node == "Deals"
    assert result.status is Status.UNKNOWN


def test_the_first_day_of_the_month_on_a_weekend_has_not_started_yet():
    result = figures(date(2026, 11, 1), deals(F(0), target=F(95)), days=NOVEMBER)  # a Sunday
    assert result.elapsed_days.value == 0
    assert problem(result.progress) == "not_started"


def test_the_first_business_day_with_nothing_done_is_at_risk():
    result = figures(date(2026, 12, 1), deals(F(0)))
    assert result.progress.value == 0
    assert result.forecast.value == 0
    assert result.status is Status.AT_RISK


def test_after_the_period_with_the_target_reached():
    result = figures(date(2027, 1, 5), deals(F(104)))
    assert values(result) == {
        "elapsed_days": 23,
        "total_days": 23,
        "remaining_days": 0,
        "achievement": F(26, 25),
        "expected_to_date": 100,
        "progress": F(26, 25),
        "forecast": 104,
        "required_pace": 0,
        "gap_to_target_at_forecast": 4,
    }
    assert result.status is Status.ON_TRACK


def test_after_the_period_with_the_target_missed():
    result = figures(date(2027, 1, 5), deals(F(95)))
    assert result.achievement.value == F(19, 20)
    assert problem(result.required_pace) == "period_over"
    assert result.status is Status.LAGGING  # from the achievement, the period being over


def test_on_the_last_business_day_the_period_is_over():
    result = figures(date(2026, 12, 31), deals(F(80)))
    assert result.remaining_days.value == 0
    assert result.forecast.value == 80
    assert problem(result.required_pace) == "period_over"
    assert result.status is Status.AT_RISK


def test_the_target_reached_early_needs_no_more_pace():
    result = figures(date(2026, 12, 11), deals(F(120)))
    assert result.required_pace.value == 0
    assert result.forecast.value == F(920, 3)
    assert result.status is Status.ON_TRACK


# Missing and zero inputs ---------------------------------------------------------------------


def test_no_target():
    result = figures(date(2026, 12, 11), deals(F(36), target=None))
    for figure in (
        result.achievement,
        result.expected_to_date,
        result.progress,
        result.required_pace,
        result.gap_to_target_at_forecast,
    ):
        assert problem(figure) == "missing_target"
        assert figure.problem.node == "Deals"
    assert result.forecast.value == 92  # the run rate needs no target
    assert result.status is Status.UNKNOWN


def test_a_zero_target():
    result = figures(date(2026, 12, 11), deals(F(36), target=F(0)))
    assert problem(result.achievement) == "division_by_zero"
    assert result.expected_to_date.value == 0
    assert problem(result.progress) == "division_by_zero"
    assert result.required_pace.value == 0
    assert result.gap_to_target_at_forecast.value == 92
    assert result.status is Status.UNKNOWN


def test_no_actual():
    result = figures(date(2026, 12, 11), deals(None))
    assert problem(result.achievement) == "missing_actual"
    assert problem(result.progress) == "missing_actual"
    assert problem(result.forecast) == "missing_actual"
    assert problem(result.required_pace) == "missing_actual"
    assert result.expected_to_date.value == F(900, 23)
    assert result.status is Status.UNKNOWN


def test_a_period_without_business_days():
    result = figures(date(2026, 12, 11), deals(F(5)), days=[])
    assert result.total_days.value == 0
    assert problem(result.expected_to_date) == "no_business_days"
    assert problem(result.progress) == "no_business_days"
    assert problem(result.forecast) == "no_business_days"
    assert problem(result.required_pace) == "no_business_days"
    assert result.status is Status.UNKNOWN


def test_whole_numbers_are_taken_as_exact_fractions():
    result = figures(date(2026, 12, 11), Tracking(target=100, actual=36))
    assert result.progress.value == F(23, 25)
    assert isinstance(result.achievement.value, Fraction)


# Thresholds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on_track", "at_risk", "status"),
    [
        (F(1), F(9, 10), Status.LAGGING),
        (F(9, 10), F(4, 5), Status.ON_TRACK),
        (F(23, 25), F(4, 5), Status.ON_TRACK),  # exactly on the threshold counts
        (F(1), F(19, 20), Status.AT_RISK),
        (F(1), F(23, 25), Status.LAGGING),
    ],
)
def test_custom_thresholds(on_track, at_risk, status):
    thresholds = Thresholds(on_track=on_track, at_risk=at_risk)
    result = figures(date(2026, 12, 11), deals(F(36)), thresholds=thresholds)  # progress 23/25
    assert result.status is status


def test_thresholds_out_of_order_are_refused():
    with pytest.raises(ValidationError) as raised:
        Thresholds(on_track=F(9, 10), at_risk=F(1))
    assert raised.value.code == "thresholds_out_of_order"
    assert raised.value.params == {"on_track": F(9, 10), "at_risk": F(1)}


def test_business_days_out_of_order_are_refused():
    with pytest.raises(ValidationError) as raised:
        Schedule((date(2026, 12, 2), date(2026, 12, 1)), date(2026, 12, 1))
    assert raised.value.code == "business_days_out_of_order"
    with pytest.raises(ValidationError):
        Schedule((date(2026, 12, 1), date(2026, 12, 1)), date(2026, 12, 1))


# LEVEL and lower is better -------------------------------------------------------------------


def test_kind_follows_the_unit():
    assert kind_for(Unit.PERCENT) is Kind.LEVEL
    assert kind_for(Unit.DAYS) is Kind.LEVEL
    assert kind_for(Unit.COUNT) is Kind.FLOW
    assert kind_for(Unit.CURRENCY) is Kind.FLOW
    assert kind_for(Unit.OTHER) is Kind.FLOW
    assert Kind.FLOW == "flow" and Kind.LEVEL == "level"


def test_a_close_rate_of_18_percent_against_20():
    close_rate = Tracking(target=F(1, 5), actual=F(9, 50), kind=Kind.LEVEL)
    result = figures(date(2026, 12, 11), close_rate)
    assert values(result) == {
        "elapsed_days": 9,
        "total_days": 23,
        "remaining_days": 14,
        "achievement": F(9, 10),
        "expected_to_date": F(1, 5),
        "progress": F(9, 10),
        "forecast": F(9, 50),
        "required_pace": F(1, 5),
        "gap_to_target_at_forecast": F(-1, 50),
    }
    assert result.status is Status.LAGGING


def test_a_level_before_the_period_has_not_started():
    close_rate = Tracking(target=F(1, 5), actual=F(9, 50), kind=Kind.LEVEL)
    result = figures(date(2026, 11, 30), close_rate)
    assert result.achievement.value == F(9, 10)
    assert problem(result.progress) == "not_started"
    assert result.forecast.value == F(9, 50)
    assert result.status is Status.UNKNOWN


def lead_time(current) -> Tracking:
    return Tracking(target=F(30), actual=current, kind=Kind.LEVEL, lower_is_better=True)


def test_a_lead_time_of_25_days_against_30_is_on_track():
    result = figures(date(2026, 12, 11), lead_time(F(25)))
    assert result.achievement.value == F(6, 5)
    assert result.progress.value == F(6, 5)
    assert result.forecast.value == 25
    assert result.required_pace.value == 30
    assert result.gap_to_target_at_forecast.value == -5  # below the target: good
    assert result.status is Status.ON_TRACK


def test_a_lead_time_of_40_days_against_30_is_at_risk():
    result = figures(date(2026, 12, 11), lead_time(F(40)))
    assert result.achievement.value == F(3, 4)
    assert result.status is Status.AT_RISK


def test_a_lead_time_of_32_days_against_30_is_lagging():
    result = figures(date(2026, 12, 11), lead_time(F(32)))
    assert result.achievement.value == F(15, 16)
    assert result.status is Status.LAGGING


def complaints(actual, target=TWENTY_THREE) -> Tracking:
    return Tracking(target=target, actual=actual, lower_is_better=True, name="Complaints")


def test_a_flow_where_lower_is_better_compares_expected_with_actual():
    result = figures(date(2026, 12, 11), complaints(F(6)))
    assert values(result) == {
        "elapsed_days": 9,
        "total_days": 23,
        "remaining_days": 14,
        "achievement": F(23, 6),
        "expected_to_date": 9,
        "progress": F(3, 2),  # 9 expected ÷ 6 actual
        "forecast": F(46, 3),
        "required_pace": F(17, 14),  # the most still allowed per day
        "gap_to_target_at_forecast": F(-23, 3),
    }
    assert result.status is Status.ON_TRACK


def test_a_flow_where_lower_is_better_over_its_budget():
    result = figures(date(2026, 12, 11), complaints(F(12)))
    assert result.progress.value == F(3, 4)  # 9 expected by now, 12 already
    assert result.required_pace.value == F(11, 14)
    assert result.status is Status.AT_RISK
    assert figures(date(2026, 12, 11), complaints(F(25))).required_pace.value == 0  # none left
    over = figures(date(2026, 12, 31), complaints(F(24)))
    assert problem(over.required_pace) == "period_over"
    assert over.status is Status.LAGGING  # 23/24
    within = figures(date(2026, 12, 31), complaints(F(20)))
    assert within.required_pace.value == 0


def test_none_of_a_lower_is_better_thing_is_on_track():
    result = figures(date(2026, 12, 11), complaints(F(0)))
    assert problem(result.achievement) == "division_by_zero"
    assert problem(result.progress) == "division_by_zero"
    assert result.status is Status.ON_TRACK
    zero_tolerance = figures(date(2026, 12, 11), complaints(F(0), target=F(0)))
    assert zero_tolerance.status is Status.ON_TRACK
    breached = figures(date(2026, 12, 11), complaints(F(1), target=F(0)))
    assert breached.achievement.value == 0
    assert breached.status is Status.AT_RISK


# Chart series --------------------------------------------------------------------------------


def test_cumulative_runs_over_business_days_with_weekend_entries_on_monday():
    daily = {
        date(2026, 12, 1): F(3),
        date(2026, 12, 3): F(2),
        date(2026, 12, 5): F(1),  # a Saturday: shows from Monday 7th
        date(2026, 12, 7): F(4),
    }
    series = cumulative(daily, DECEMBER[:6])
    assert series == [
        (date(2026, 12, 1), 3),
        (date(2026, 12, 2), 3),
        (date(2026, 12, 3), 5),
        (date(2026, 12, 4), 5),
        (date(2026, 12, 7), 10),
        (date(2026, 12, 8), 10),
    ]
    assert cumulative({}, DECEMBER[:2]) == [(date(2026, 12, 1), 0), (date(2026, 12, 2), 0)]
    assert cumulative(daily, []) == []


def test_the_pace_line_ends_at_the_target():
    line = pace_line(F(100), DECEMBER)
    assert len(line) == 23
    assert line[0] == (date(2026, 12, 1), F(100, 23))
    assert line[8] == (date(2026, 12, 11), F(900, 23))
    assert line[-1] == (date(2026, 12, 31), 100)
    assert pace_line(F(100), []) == []


def test_the_forecast_line_runs_from_the_as_of_date_to_the_forecast():
    line = forecast_line(F(36), Schedule(tuple(DECEMBER), date(2026, 12, 11)))
    assert len(line) == 15
    assert line[0] == (date(2026, 12, 11), 36)
    assert line[1] == (date(2026, 12, 14), 40)
    assert line[-1] == (date(2026, 12, 31), 92)


def test_the_forecast_line_from_a_weekend_or_after_the_period():
    saturday = forecast_line(F(36), Schedule(tuple(DECEMBER), date(2026, 12, 12)))
    assert saturday[0] == (date(2026, 12, 12), 36)
    assert saturday[1] == (date(2026, 12, 14), 40)
    after = forecast_line(F(104), Schedule(tuple(DECEMBER), date(2027, 1, 5)))
    assert after == [(date(2026, 12, 31), 104)]
    assert forecast_line(F(0), Schedule(tuple(DECEMBER), date(2026, 11, 30))) == []


def test_the_forecast_line_of_a_level_is_flat():
    line = forecast_line(F(9, 50), Schedule(tuple(DECEMBER), date(2026, 12, 11)), Kind.LEVEL)
    assert line[0] == (date(2026, 12, 11), F(9, 50))
    assert {value for _, value in line} == {F(9, 50)}
    assert line[-1][0] == date(2026, 12, 31)


# Properties ----------------------------------------------------------------------------------

amounts = fractions(min_value=0, max_value=10_000, max_denominator=100)
positive = fractions(min_value=F(1, 100), max_value=10_000, max_denominator=100)


def days(first: date, last: date) -> st.SearchStrategy[date]:
    """Any day from first to last: the days st.dates gives, in one draw instead of its year,
    month and day (half the cost of a date, up to 31 of them in a month's entries)."""
    return st.sampled_from([first + timedelta(days=n) for n in range((last - first).days + 1)])


december_dates = days(date(2026, 12, 1), date(2026, 12, 31))
any_dates = days(date(2026, 11, 15), date(2027, 1, 15))


@settings(max_examples=200, deadline=None)
@given(actual=amounts, target=positive, as_of=any_dates)
def test_a_flow_forecast_is_never_below_the_actual(actual, target, as_of):
    result = figures(as_of, deals(actual, target))
    assume(result.forecast.ok)
    assert result.forecast.value >= actual


@settings(max_examples=100, deadline=None)
@given(actual=amounts, target=positive, lower=st.booleans())
def test_on_the_last_business_day_the_forecast_is_the_actual(actual, target, lower):
    tracking = Tracking(target=target, actual=actual, lower_is_better=lower)
    assert figures(DECEMBER[-1], tracking).forecast.value == actual


@settings(max_examples=200, deadline=None)
@given(
    actual=positive,
    target=positive,
    kind=st.sampled_from(Kind),
    lower=st.booleans(),
    days_after=st.integers(0, 30),
)
def test_at_the_period_end_progress_is_achievement(actual, target, kind, lower, days_after):
    tracking = Tracking(target=target, actual=actual, kind=kind, lower_is_better=lower)
    result = figures(DECEMBER[-1] + timedelta(days=days_after), tracking)
    assert result.elapsed_days == result.total_days
    assert result.progress == result.achievement
    assert result.progress.ok


# 100 months of up to 40 entries: empty, sparse and full months, all several times
@settings(max_examples=100, deadline=None)
@given(daily=st.dictionaries(december_dates, amounts, max_size=40))
def test_the_cumulative_series_rises_to_the_sum(daily):
    series = cumulative(daily, DECEMBER)
    assert [day for day, _ in series] == DECEMBER
    totals = [total for _, total in series]
    assert all(earlier <= later for earlier, later in pairwise(totals))
    assert totals[-1] == sum(daily.values(), F(0))


@settings(max_examples=100, deadline=None)
@given(actual=amounts, as_of=december_dates)
def test_the_forecast_line_ends_at_the_forecast(actual, as_of):
    schedule = Schedule(tuple(DECEMBER), as_of)
    line = forecast_line(actual, schedule)
    forecast = progress_of(schedule, deals(actual)).forecast
    if forecast.ok:
        assert line[-1] == (DECEMBER[-1], forecast.value)
        assert line[0][1] == actual
    else:
        assert line == []


@settings(max_examples=100, deadline=None)
@given(target=amounts, count=st.integers(1, 23))
def test_the_pace_line_rises_evenly_to_the_target(target, count):
    line = pace_line(target, DECEMBER[:count])
    assert line[-1][1] == target
    assert all(value == line[0][1] * number for number, (_, value) in enumerate(line, start=1))
