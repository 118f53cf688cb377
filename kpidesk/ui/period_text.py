"""A period in words: "November 2026", or its kind and dates for a quarter or longer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from kpidesk.domain.periods import Period, PeriodKind
from kpidesk.i18n.messages import period_kind_name


def period_text(period: Period, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if period.kind is PeriodKind.MONTH:
        return locale.toString(period.first_day, QCoreApplication.translate("Periods", "MMMM yyyy"))
    short = QLocale.FormatType.ShortFormat
    first, last = locale.toString(period.first_day, short), locale.toString(period.last_day, short)
    return f"{period_kind_name(period.kind)} {first}–{last}"


def day_text(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(day, QLocale.FormatType.ShortFormat)
