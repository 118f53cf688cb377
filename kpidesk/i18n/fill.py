"""Puts values into a translated message's %1, %2… in one pass (the one way to do it)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(translated: str, *values: object) -> str:
    """%1, %2… replaced by `values` in one pass, so a value holding "%2" stays as typed;
    a placeholder with no value stays as it is."""

    def value(match: re.Match) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, translated)
