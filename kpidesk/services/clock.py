"""Which day and time it is, asked in one place so that tests can fix what the app believes."""

from __future__ import annotations

from datetime import date, datetime


def today() -> date:
    return date.today()


def now() -> datetime:
    """The local time, with its zone."""
    return datetime.now().astimezone()


def now_text() -> str:
    """The local time to the second, as stored beside an actual (who entered it, when)."""
    return datetime.now().isoformat(timespec="seconds")
