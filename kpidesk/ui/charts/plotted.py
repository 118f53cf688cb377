"""A figure as a chart coordinate: any exact number, however large, becomes a finite float."""

from __future__ import annotations

from fractions import Fraction

LIMIT = 1e300  # beyond this a float overflows or pyqtgraph's range arithmetic turns to inf


def plotted(value: Fraction | int | float) -> float:
    """`value` as a float, held within ±1e300 (the labels still show the exact figure)."""
    if value > LIMIT:
        return LIMIT
    if value < -LIMIT:
        return -LIMIT
    return float(value)
