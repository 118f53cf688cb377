"""A figure as a chart coordinate: any exact number, however large, becomes a finite float."""

from __future__ import annotations

from fractions import Fraction

LIMIT = 1e300  # beyond this a float overflows or pyqtgraph's range arithmetic turns to inf


def plotted(value: Fraction | int | float) -> float:
    """`value` as a float, held within ±1e300 (the labels still show the exact figure).

    Converted first and compared as floats: comparing a Fraction with 1e300 turns the float
    into a Fraction each time, which made this most of a chart's preparation."""
    try:
        as_float = float(value)
    except OverflowError:  # too large for a float at all
        return LIMIT if value > 0 else -LIMIT
    if as_float > LIMIT:
        return LIMIT
    if as_float < -LIMIT:
        return -LIMIT
    return as_float
