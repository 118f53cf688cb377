"""Where a chart's ticks go and what they say, without pyqtgraph: the window's axes and the PDF's
charts share it."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from fractions import Fraction

LABEL_GAP_PX = 18.0  # room between two labels along an axis
STAGGER_ROWS = 2  # crowded category names take up to two rows before any is left out


def thinned(positions: list[int], room: float, size: float) -> list[int]:
    """Every k-th position, so that at most `size / room` labels share the axis."""
    fits = max(1, int(size // max(room, 1.0)))
    step = max(1, math.ceil(len(positions) / fits))
    return positions[::step]


def visible(min_value: float, max_value: float, count: int) -> range:
    low, high = sorted((min_value, max_value))
    return range(max(0, math.ceil(low)), min(count - 1, math.floor(high)) + 1)


def _new_week(days: Sequence[date], i: int) -> bool:
    return i == 0 or days[i].isocalendar()[:2] != days[i - 1].isocalendar()[:2]


def _new_month(days: Sequence[date], i: int) -> bool:
    return i == 0 or (days[i].year, days[i].month) != (days[i - 1].year, days[i - 1].month)


def _new_quarter(days: Sequence[date], i: int) -> bool:
    return _new_month(days, i) and (i == 0 or days[i].month % 3 == 1)


def _new_year(days: Sequence[date], i: int) -> bool:
    return i == 0 or days[i].year != days[i - 1].year


def month_day(day: date) -> str:
    return f"{day.month}/{day.day}"


def year_month(day: date) -> str:
    return f"{day.year}/{day.month}"


# finest first: which days start a tick, and how such a tick is labelled
DAY_LEVELS: tuple[tuple[Callable[[Sequence[date], int], bool], Callable[[date], str]], ...] = (
    (lambda days, i: True, month_day),
    (_new_week, month_day),
    (_new_month, year_month),
    (_new_quarter, year_month),
    (_new_year, year_month),
)


def day_ticks(
    days: Sequence[date], shown: range, label_room: Callable[[list[str]], float], size: float
) -> tuple[list[int], Callable[[date], str]]:
    """The days that get a tick along `size` and how they are labelled: every day, the first
    of each week, month, quarter or year, the finest level whose labels fit."""
    ticks: list[int] = []
    label, room = month_day, 1.0
    for starts, label in DAY_LEVELS:
        ticks = [i for i in shown if starts(days, i)]
        room = label_room([label(days[i]) for i in ticks[:3]])
        if len(ticks) * room <= size:
            break
    return thinned(ticks, room, size), label


def exact(value: float) -> Fraction:
    """A tick position as an exact number, without float noise such as 0.30000000000000004."""
    return Fraction(value).limit_denominator(1_000_000) if math.isfinite(value) else Fraction(0)
