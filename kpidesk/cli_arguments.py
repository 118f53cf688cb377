"""The commands' shared arguments read as values: a day, a month, the closed period holding it."""

from __future__ import annotations

import argparse
from datetime import date

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.dates import parse_date
from kpidesk.domain.problems import ValidationError
from kpidesk.i18n.fill import fill

translate = QCoreApplication.translate


class CliError(Exception):
    """A failure reported as one line on stderr and a non-zero exit."""


class _LiteralHelp(argparse.HelpFormatter):
    # argparse reads help as a %-format; a translated "0.2 = 0.2 %" would end `--help` with a
    # ValueError, so every help text is taken as it is written.
    def _get_help_string(self, action: argparse.Action) -> str:
        return "%%".join((action.help or "").split("%"))


class CommandParser(argparse.ArgumentParser):
    """The parser of every command: help shown as written, a usage error raised as CliError."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _LiteralHelp)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:
        raise CliError(message)


def day_argument(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return parse_date(text)  # the one reading of dates: 2026-12-11, 2026/12/11, R8.12.11…
    except ValidationError:
        raise CliError(
            fill(translate("Cli", "“%1” is not a date such as 2026-12-11."), text)
        ) from None


def month_argument(month: str | None) -> date | None:
    """A day of the month "YYYY-MM" (a full date is taken as it is)."""
    return None if month is None else day_argument(month + "-01" if len(month) == 7 else month)


def closed_period(session, month: str | None):
    """The closed period holding `month`; None for the current one."""
    if month is None:
        return None
    day = month_argument(month)
    current = session.current_period()
    if current is not None and current.contains(day):
        return None
    for record in session.periods.closed_periods():  # reopened ones too
        if record[2] <= day <= record[3]:
            return record
    raise CliError(fill(translate("Cli", "The plan has no period holding %1."), month))
