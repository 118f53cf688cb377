"""Date fields people type into: year first (2026/12/15) in every language, one commit per date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

YEAR_FIRST = "yyyy/MM/dd"  # the order of domain.dates' own forms, whatever the locale's is


def date_field(object_name: str, day: date | None = None) -> QDateEdit:
    """A QDateEdit that reads 2026/12/15 as typed and reports the date once, when finished.

    The locale's short format (M/d/yy in American English) read "2026/12/15" as 2015-11-12,
    and keyboard tracking reported every half-typed date (2026/12/1…) as an edit of its own.
    """
    field = QDateEdit(objectName=object_name)
    field.setDisplayFormat(YEAR_FIRST)
    field.setKeyboardTracking(False)
    field.setCalendarPopup(True)
    if day is not None:
        field.setDate(QDate(day.year, day.month, day.day))
    return field
