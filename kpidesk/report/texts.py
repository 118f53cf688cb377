"""Every word the report prints, in the user's language (context "Report" of the catalog)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from kpidesk.domain.periods import Period
from kpidesk.domain.smart import Criterion, Result
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import period_kind_name
from kpidesk.i18n.smart_marks import smart_mark

translate = QCoreApplication.translate


SMART_LETTER = {
    Criterion.SPECIFIC: "S",
    Criterion.MEASURABLE: "M",
    Criterion.ACHIEVABLE: "A",
    Criterion.RELATED: "R",
    Criterion.TIME_BOUND: "T",
}


def smart_legend() -> str:
    return fill(
        translate("Report", "SMART: %1 meets the criterion, %2 needs a look, %3 does not meet it."),
        *(smart_mark(result) for result in (Result.PASS, Result.WARNING, Result.FAIL)),
    )


def day_text(day: date) -> str:
    return QLocale().toString(day, QLocale.FormatType.LongFormat)


def short_day_text(day: date) -> str:
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def period_text(period: Period) -> str:
    """ "December 2026", or a quarter, half or year with its first and last day."""
    locale = QLocale()
    if period.kind.value == "month":
        return locale.toString(period.first_day, translate("Report", "MMMM yyyy"))
    first = short_day_text(period.first_day)
    last = short_day_text(period.last_day)
    return f"{period_kind_name(period.kind)} {first}–{last}"


def page_text(number: int, count: int) -> str:
    return fill(translate("Report", "Page %1 of %2"), number, count)
