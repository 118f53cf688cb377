"""The charts' data contract: each series gives the rows its table shows."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.chart_series import (
    AchievementBars,
    Bar,
    CumulativeSeries,
    FunnelSeries,
    PeriodPoint,
    RepBar,
    RepComparison,
    Stage,
    Status,
    TrendSeries,
)
from kpidesk.domain.model import Unit

DEC_1, DEC_2, DEC_3 = date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 3)


def cumulative(**changes) -> CumulativeSeries:
    values = {
        "kpi": "成約件数",
        "unit": Unit.COUNT,
        "unit_label": "",
        "days": (DEC_1, DEC_2, DEC_3),
        "actual": (Fraction(3), Fraction(8), None),
        "pace": (Fraction(10, 3), Fraction(20, 3), Fraction(10)),
        "forecast": ((DEC_2, Fraction(8)), (DEC_3, Fraction(12))),
        "target": Fraction(10),
        "as_of": DEC_2,
    }
    return CumulativeSeries(**{**values, **changes})


def test_cumulative_rows_are_day_actual_pace_and_forecast_where_there_is_one():
    assert cumulative().rows() == [
        (DEC_1, Fraction(3), Fraction(10, 3), None),
        (DEC_2, Fraction(8), Fraction(20, 3), Fraction(8)),
        (DEC_3, None, Fraction(10), Fraction(12)),
    ]


def test_cumulative_days_actual_and_pace_must_line_up():
    with pytest.raises(ValueError):
        cumulative(pace=(Fraction(1),))


def test_a_series_without_days_is_empty():
    assert cumulative(days=(), actual=(), pace=(), forecast=()).empty
    assert not cumulative().empty


def test_achievement_rows_are_name_achievement_and_status():
    bars = AchievementBars(
        (Bar("成約件数", Fraction(36, 100), Status.LAGGING), Bar("顧客単価", None, "unknown"))
    )
    assert bars.rows() == [
        ("成約件数", Fraction(9, 25), "lagging"),
        ("顧客単価", None, "unknown"),
    ]
    assert AchievementBars().empty


def test_rep_rows_add_the_achievement_unless_it_cannot_be_computed():
    reps = RepComparison(
        "成約件数",
        Unit.COUNT,
        "",
        (
            RepBar("佐藤", Fraction(12), Fraction(25)),
            RepBar("鈴木", Fraction(9), Fraction(0)),
            RepBar("田中", None, Fraction(25)),
            RepBar("高橋", Fraction(5), None),
        ),
    )
    assert reps.rows() == [
        ("佐藤", Fraction(12), Fraction(25), Fraction(12, 25)),
        ("鈴木", Fraction(9), Fraction(0), None),
        ("田中", None, Fraction(25), None),
        ("高橋", Fraction(5), None, None),
    ]


def test_funnel_rows_are_stage_value_and_rate_from_the_previous_stage():
    funnel = FunnelSeries(
        (Stage("架電数", Fraction(1200)), Stage("アポイント件数", Fraction(300), Fraction(1, 4)))
    )
    assert funnel.rows() == [
        ("架電数", Fraction(1200), None),
        ("アポイント件数", Fraction(300), Fraction(1, 4)),
    ]


def test_trend_rows_are_period_target_actual_and_achievement():
    trend = TrendSeries(
        "成約件数",
        Unit.COUNT,
        "",
        (
            PeriodPoint("2026/10", Fraction(100), Fraction(105)),
            PeriodPoint("2026/11", Fraction(100), None),
        ),
    )
    assert trend.rows() == [
        ("2026/10", Fraction(100), Fraction(105), Fraction(21, 20)),
        ("2026/11", Fraction(100), None, None),
    ]


def test_series_are_frozen():
    with pytest.raises(AttributeError):
        cumulative().target = Fraction(1)  # type: ignore[misc]


def test_the_target_line_steps_where_the_target_was_revised():
    days = (date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 5), date(2026, 11, 6))
    series = CumulativeSeries(
        "Revenue",
        Unit.CURRENCY,
        "",
        days,
        (None,) * 4,
        (Fraction(0),) * 4,
        (),
        Fraction(8),
        date(2026, 11, 6),
        revisions=((date(2026, 11, 4), Fraction(9)), (date(2026, 11, 6), Fraction(8))),
        original=Fraction(10),
    )
    # 4 November is a holiday: the revision counts from the next business day, index 2
    assert series.target_points() == [(0, 10), (2, 10), (2, 9), (3, 9), (3, 8), (3, 8)]


def test_an_unrevised_target_is_one_flat_line():
    days = (date(2026, 11, 2), date(2026, 11, 3))
    series = CumulativeSeries(
        "x", Unit.COUNT, "", days, (None, None), (0, 0), (), Fraction(5), days[0]
    )
    assert series.target_points() == [(0, 5), (1, 5)]
    assert (
        series.__class__(
            "x", Unit.COUNT, "", days, (None, None), (0, 0), (), None, days[0]
        ).target_points()
        == []
    )
