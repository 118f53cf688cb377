"""What each progress chart shows: plain data, the contract between the figures and the charts."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from kpidesk.domain.derived_actuals import Derivation
from kpidesk.domain.model import Unit


class Status(StrEnum):
    """A KPI's traffic light."""

    ON_TRACK = "on_track"
    LAGGING = "lagging"
    AT_RISK = "at_risk"
    UNKNOWN = "unknown"


def ratio(part: Fraction | None, whole: Fraction | None) -> Fraction | None:
    """`part` ÷ `whole`, or None when either is missing or `whole` is 0."""
    if part is None or not whole:
        return None
    return part / whole


@dataclass(frozen=True)
class CumulativeSeries:
    """One KPI through its period: cumulative actual per day against pace, forecast and target.

    `actual` is None after the as-of date; `pace` is the target pro-rated by business day;
    `forecast` runs from the as-of date to the period's end.
    """

    kpi: str
    unit: Unit
    unit_label: str
    days: tuple[date, ...]
    actual: tuple[Fraction | None, ...]
    pace: tuple[Fraction, ...]
    forecast: tuple[tuple[date, Fraction], ...]
    target: Fraction | None
    as_of: date
    # The target's revisions in the period: (day it changed, new target), in order.
    revisions: tuple[tuple[date, Fraction | None], ...] = ()
    original: Fraction | None = None  # the target before the first revision
    # Where the period lands if every ヨミ deal down to each rank closes: (rank, value), A first.
    bands: tuple[tuple[str, Fraction], ...] = ()

    def __post_init__(self) -> None:
        if not len(self.days) == len(self.actual) == len(self.pace):
            raise ValueError("days, actual and pace must have the same length")

    def target_points(self) -> list[tuple[float, Fraction]]:
        """The target line as (business-day index, value) corners: flat, with a step at the
        first business day from which each revision counts."""
        if not self.days or self.target is None:
            return []
        last = len(self.days) - 1
        if not self.revisions:
            return [(0, self.target), (last, self.target)]
        value = self.original
        points = [] if value is None else [(0, value)]
        for day, after in self.revisions:
            x = min(bisect_left(self.days, day), last)
            if value is not None:
                points.append((x, value))
            if after is not None:
                points.append((x, after))
            value = after
        if value is not None:
            points.append((last, value))
        return points

    @property
    def empty(self) -> bool:
        return not self.days

    def rows(self) -> list[tuple[date, Fraction | None, Fraction, Fraction | None]]:
        """(day, actual, pace, forecast) per day; the forecast only where there is one."""
        forecast = dict(self.forecast)
        return [
            (day, actual, pace, forecast.get(day))
            for day, actual, pace in zip(self.days, self.actual, self.pace, strict=True)
        ]


@dataclass(frozen=True)
class Bar:
    """One KPI's achievement (1 is 100 %) and its status, one of `Status`."""

    name: str
    achievement: Fraction | None
    status: str = Status.UNKNOWN
    derived: Derivation | None = None  # how its actual was worked out, when not its own


@dataclass(frozen=True)
class AchievementBars:
    """Achievement per KPI."""

    items: tuple[Bar, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.items

    def rows(self) -> list[tuple[str, Fraction | None, str]]:
        """(KPI, achievement, status) per KPI."""
        return [(bar.name, bar.achievement, bar.status) for bar in self.items]


@dataclass(frozen=True)
class RepBar:
    """One rep's actual and target for the compared KPI."""

    rep: str
    actual: Fraction | None
    target: Fraction | None


@dataclass(frozen=True)
class RepComparison:
    """One KPI, actual against target per rep."""

    kpi: str
    unit: Unit
    unit_label: str
    items: tuple[RepBar, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.items

    def rows(self) -> list[tuple[str, Fraction | None, Fraction | None, Fraction | None]]:
        """(rep, actual, target, achievement) per rep."""
        return [(r.rep, r.actual, r.target, ratio(r.actual, r.target)) for r in self.items]


@dataclass(frozen=True)
class Stage:
    """One funnel stage; `rate_from_previous` is this value ÷ the previous stage's (None first)."""

    name: str
    value: Fraction
    rate_from_previous: Fraction | None = None
    unit: Unit = Unit.COUNT
    unit_label: str = ""
    derived: Derivation | None = None  # how its value was worked out, when not its own


@dataclass(frozen=True)
class FunnelSeries:
    """The stages from the widest activity down to the deals, in order."""

    items: tuple[Stage, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.items

    def rows(self) -> list[tuple[str, Fraction, Fraction | None]]:
        """(stage, value, rate from the previous stage) per stage."""
        return [(s.name, s.value, s.rate_from_previous) for s in self.items]


@dataclass(frozen=True)
class PeriodPoint:
    """One past period's target and actual; `label` names the period, e.g. 2026/11."""

    label: str
    target: Fraction | None
    actual: Fraction | None


@dataclass(frozen=True)
class TrendSeries:
    """One KPI over past periods, oldest first."""

    kpi: str
    unit: Unit
    unit_label: str
    items: tuple[PeriodPoint, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.items

    def rows(self) -> list[tuple[str, Fraction | None, Fraction | None, Fraction | None]]:
        """(period, target, actual, achievement) per period."""
        return [(p.label, p.target, p.actual, ratio(p.actual, p.target)) for p in self.items]
