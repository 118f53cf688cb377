"""Which day it is, asked in one place so that tests can fix the day the app believes it is."""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
