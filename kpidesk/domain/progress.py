"""Progress during a period: achievement, pace to date, run-rate forecast, and a status."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction
from itertools import pairwise

from kpidesk.domain.accumulation import accumulates
from kpidesk.domain.decomposition import MISSING_TARGET
from kpidesk.domain.model import Unit
from kpidesk.domain.problems import DIVISION_BY_ZERO, Figure, ValidationError

# Problem codes of figures that cannot be computed (Problem.node holds Tracking.name).
MISSING_ACTUAL = "missing_actual"
NOT_STARTED = "not_started"
PERIOD_OVER = "period_over"
NO_BUSINESS_DAYS = "no_business_days"
# ValidationError codes of inputs the domain refuses.
DAYS_OUT_OF_ORDER = "business_days_out_of_order"
THRESHOLDS_OUT_OF_ORDER = "thresholds_out_of_order"

ZERO = Fraction(0)


class Kind(StrEnum):
    """Whether a KPI adds up over the period (FLOW) or is a level read at a moment (LEVEL)."""

    FLOW = "flow"
    LEVEL = "level"


class Status(StrEnum):
    """How a KPI stands against its thresholds; UNKNOWN when the score has no value."""

    ON_TRACK = "on_track"
    LAGGING = "lagging"
    AT_RISK = "at_risk"
    UNKNOWN = "unknown"


def kind_of(plan, node_id: int) -> Kind:
    """Whether a KPI adds up over the period (calls, deals, revenue) or is a level.

    Rates and day counts are levels, and so is money that multiplies a count in a product,
    because that is a price (unit price × deals), not an amount that accumulates.
    """
    return Kind.FLOW if accumulates(plan, node_id) else Kind.LEVEL


def kind_for(unit: Unit) -> Kind:
    """Rates and durations are levels; counts, money and the rest add up."""
    return Kind.LEVEL if unit in (Unit.PERCENT, Unit.DAYS) else Kind.FLOW


@dataclass(frozen=True)
class Thresholds:
    """Scores (1 = exactly as planned, higher is better) from which a KPI lags or is at risk."""

    on_track: Fraction = Fraction(1)
    at_risk: Fraction = Fraction(9, 10)

    def __post_init__(self) -> None:
        if self.at_risk > self.on_track:
            raise ValidationError(
                THRESHOLDS_OUT_OF_ORDER, on_track=self.on_track, at_risk=self.at_risk
            )

    def status_of(self, score: Fraction) -> Status:
        if score >= self.on_track:
            return Status.ON_TRACK
        if score >= self.at_risk:
            return Status.LAGGING
        return Status.AT_RISK


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Schedule:
    """The period's business days (sorted, each once) and the date the figures are as of."""

    business_days: tuple[date, ...]
    as_of: date

    def __post_init__(self) -> None:
        days = tuple(self.business_days)
        if any(earlier >= later for earlier, later in pairwise(days)):
            raise ValidationError(DAYS_OUT_OF_ORDER)
        object.__setattr__(self, "business_days", days)

    @property
    def total(self) -> int:
        return len(self.business_days)

    @property
    def elapsed(self) -> int:
        """Business days up to and including the as-of date."""
        return bisect_right(self.business_days, self.as_of)

    @property
    def remaining(self) -> int:
        return self.total - self.elapsed

    @property
    def days_to_date(self) -> tuple[date, ...]:
        return self.business_days[: self.elapsed]


@dataclass(frozen=True)
class Tracking:
    """One KPI's target for the whole period and its actual so far.

    FLOW: `actual` is the total up to and including the as-of date. LEVEL: the current level.
    `name` goes into the problems, for the UI's sentences.
    """

    target: Fraction | None
    actual: Fraction | None
    kind: Kind = Kind.FLOW
    lower_is_better: bool = False
    name: str = ""

    def __post_init__(self) -> None:
        for attribute in ("target", "actual"):
            value = getattr(self, attribute)
            if value is not None:
                object.__setattr__(self, attribute, Fraction(value))


@dataclass(frozen=True)
class Progress:
    """The figures a manager watches during the period. Scores read "higher is better"."""

    elapsed_days: Figure
    total_days: Figure
    remaining_days: Figure
    achievement: Figure
    expected_to_date: Figure
    progress: Figure
    forecast: Figure
    required_pace: Figure
    gap_to_target_at_forecast: Figure
    status: Status


def progress_of(
    schedule: Schedule, tracking: Tracking, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> Progress:
    """Every progress figure of one KPI as of the schedule's date."""
    achievement = _score(_actual(tracking), _target(tracking), tracking)
    expected = _expected_to_date(schedule, tracking)
    progress = _progress(schedule, tracking, expected, achievement)
    forecast = _forecast(schedule, tracking)
    over = schedule.remaining == 0 and schedule.total > 0
    basis = achievement if over else progress
    return Progress(
        elapsed_days=_days(schedule.elapsed),
        total_days=_days(schedule.total),
        remaining_days=_days(schedule.remaining),
        achievement=achievement,
        expected_to_date=expected,
        progress=progress,
        forecast=forecast,
        required_pace=_required_pace(schedule, tracking),
        gap_to_target_at_forecast=_gap(forecast, tracking),
        status=_status(basis, tracking, thresholds),
    )


def _days(count: int) -> Figure:
    return Figure.of(Fraction(count))


def _target(tracking: Tracking) -> Figure:
    if tracking.target is None:
        return Figure.failed(MISSING_TARGET, tracking.name)
    return Figure.of(tracking.target)


def _actual(tracking: Tracking) -> Figure:
    if tracking.actual is None:
        return Figure.failed(MISSING_ACTUAL, tracking.name)
    return Figure.of(tracking.actual)


def _first_problem(*figures: Figure) -> Figure | None:
    return next((figure for figure in figures if not figure.ok), None)


def _score(actual: Figure, reference: Figure, tracking: Tracking) -> Figure:
    """actual ÷ reference, or reference ÷ actual when lower is better: above 1 is good."""
    if blocked := _first_problem(reference, actual):
        return blocked
    numerator, denominator = actual.value, reference.value
    if tracking.lower_is_better:
        numerator, denominator = denominator, numerator
    if denominator == 0:
        return Figure.failed(DIVISION_BY_ZERO, tracking.name)
    return Figure.of(numerator / denominator)


def _not_yet(schedule: Schedule, tracking: Tracking) -> Figure | None:
    """Why a rate over the days passed has no value: no business days, or none passed yet."""
    if schedule.total == 0:
        return Figure.failed(NO_BUSINESS_DAYS, tracking.name)
    if schedule.elapsed == 0:
        return Figure.failed(NOT_STARTED, tracking.name)
    return None


def _expected_to_date(schedule: Schedule, tracking: Tracking) -> Figure:
    target = _target(tracking)
    if tracking.kind is Kind.LEVEL or not target.ok:
        return target
    if schedule.total == 0:
        return Figure.failed(NO_BUSINESS_DAYS, tracking.name)
    return Figure.of(target.value * schedule.elapsed / schedule.total)


def _progress(
    schedule: Schedule, tracking: Tracking, expected: Figure, achievement: Figure
) -> Figure:
    if blocked := _not_yet(schedule, tracking):
        return blocked
    if tracking.kind is Kind.LEVEL:
        return achievement
    return _score(_actual(tracking), expected, tracking)


def _forecast(schedule: Schedule, tracking: Tracking) -> Figure:
    actual = _actual(tracking)
    if tracking.kind is Kind.LEVEL or not actual.ok:
        return actual
    if blocked := _not_yet(schedule, tracking):
        return blocked
    return Figure.of(actual.value / schedule.elapsed * schedule.total)


def _required_pace(schedule: Schedule, tracking: Tracking) -> Figure:
    """FLOW: what is left to the target per remaining business day, never below 0.

    For lower-is-better that is the most still allowed per day; LEVEL: the target itself.
    """
    target, actual = _target(tracking), _actual(tracking)
    if tracking.kind is Kind.LEVEL:
        return target
    if blocked := _first_problem(target, actual):
        return blocked
    if schedule.total == 0:
        return Figure.failed(NO_BUSINESS_DAYS, tracking.name)
    if schedule.remaining == 0:
        return Figure.of(ZERO) if _reached(tracking) else Figure.failed(PERIOD_OVER, tracking.name)
    return Figure.of(max(target.value - actual.value, ZERO) / schedule.remaining)


def _reached(tracking: Tracking) -> bool:
    if tracking.lower_is_better:
        return tracking.actual <= tracking.target
    return tracking.actual >= tracking.target


def _gap(forecast: Figure, tracking: Tracking) -> Figure:
    target = _target(tracking)
    if blocked := _first_problem(target, forecast):
        return blocked
    return Figure.of(forecast.value - target.value)


def _status(basis: Figure, tracking: Tracking, thresholds: Thresholds) -> Status:
    if basis.ok:
        return thresholds.status_of(basis.value)
    if basis.problem.code == DIVISION_BY_ZERO and _none_of_a_bad_thing(tracking):
        return Status.ON_TRACK
    return Status.UNKNOWN


def _none_of_a_bad_thing(tracking: Tracking) -> bool:
    """Lower is better and the actual is 0: the score is infinite, which is on track."""
    return (
        tracking.lower_is_better
        and tracking.actual == 0
        and tracking.target is not None
        and tracking.target >= 0
    )


def cumulative(daily: Mapping[date, Fraction], days: Sequence[date]) -> list[tuple[date, Fraction]]:
    """The running total at each of `days` (business days), of everything dated on or before it.

    Every day gets a point, days with nothing too. What is dated on a weekend or holiday shows
    from the next business day; what is dated after the last day is left out.
    """
    entries = sorted(daily.items())
    series = []
    total, index = ZERO, 0
    for day in days:
        while index < len(entries) and entries[index][0] <= day:
            total += entries[index][1]
            index += 1
        series.append((day, total))
    return series


def pace_line(target: Fraction, business_days: Sequence[date]) -> list[tuple[date, Fraction]]:
    """The target spread evenly over the business days: the total due by the end of each."""
    count = len(business_days)
    return [
        (day, Fraction(target) * number / count)
        for number, day in enumerate(business_days, start=1)
    ]


def forecast_line(
    actual: Fraction, schedule: Schedule, kind: Kind = Kind.FLOW
) -> list[tuple[date, Fraction]]:
    """From the as-of date (at most the last business day) to the period's end at the run rate.

    FLOW grows by actual ÷ elapsed each remaining business day and ends at the forecast; it is
    empty before the first business day. LEVEL stays at the current level.
    """
    days = schedule.business_days
    if not days or (kind is Kind.FLOW and schedule.elapsed == 0):
        return []
    actual = Fraction(actual)
    rate = ZERO if kind is Kind.LEVEL else actual / schedule.elapsed
    ahead = days[schedule.elapsed :]
    line = [(min(schedule.as_of, days[-1]), actual)]
    line.extend((day, actual + rate * number) for number, day in enumerate(ahead, start=1))
    return line
