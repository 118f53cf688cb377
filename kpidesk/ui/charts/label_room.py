"""A bar's label kept clear of a reference line (the 100 % line of the achievement chart)."""

from __future__ import annotations


def label_left(bar_end: float, width: float, line: float, gap: float) -> float:
    """Where a label of `width` beside a bar ending at `bar_end` starts: `gap` after the bar,
    or `gap` after the line when the line would run through it (85.47 % stops short of 100 %
    and its "85.47 % At risk" would be crossed)."""
    left = bar_end + gap
    if left - gap / 2 <= line <= left + width:
        return line + gap
    return left
