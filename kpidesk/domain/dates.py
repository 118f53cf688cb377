"""The one reading of every date a person or a file gives (Western, Japanese era, Excel serial).

Accepted, after full-width characters are read as half-width:

- ISO `2026-12-01`, with or without a time (`2026-12-01T09:30`, `2026-12-01 09:30:00`);
- `2026/12/1`, `2026.12.1`, `2026-12-1` (year first, one or two digits for month and day);
- `2026年12月1日`;
- eight digits `20261201` (year, month, day in full);
- Japanese eras by name or initial: `令和8年12月1日`, `令和元年5月1日`, `R8.12.1`, `H31.4.30`,
  `S64.1.7`, Meiji to Reiwa; the day must fall inside the era (`H31.5.1` is refused);
- in spreadsheets, a date cell, or an Excel serial day number (46357 = 2026-12-01).

Everything else is refused with a reason: `2026111` could be 2026-1-11 or 2026-11-1
(`ambiguous_date`); `12/1/2026` or `1/12/2026` has no year first (`bad_date`). Ten lines of era
table are all the Japanese calendar needs here, so no era library is used.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import lru_cache

from kpidesk.domain.problems import ValidationError

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01; Excel's fake 1900-02-29 is serial 60
EXCEL_FIRST_SERIAL, EXCEL_LAST_SERIAL = 61, 2_958_465  # 1900-03-01 … 9999-12-31
ERAS = (  # name, initial, first day; each era ends the day before the next one begins
    ("令和", "R", date(2019, 5, 1)),
    ("平成", "H", date(1989, 1, 8)),
    ("昭和", "S", date(1926, 12, 25)),
    ("大正", "T", date(1912, 7, 30)),
    ("明治", "M", date(1868, 1, 25)),
)
_WESTERN = re.compile(
    r"(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日?)"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_ERA = re.compile(
    r"(" + "|".join(n for n, _, _ in ERAS) + r"|[" + "".join(i for _, i, _ in ERAS) + r"])"
    r"\s*(\d{1,2}|元)(?:年(\d{1,2})月(\d{1,2})日?|([-/.])(\d{1,2})\5(\d{1,2}))",
    re.IGNORECASE,
)


def parse_date(value: object) -> date:
    """A date from a cell or typed text; raises ValidationError (bad_date, ambiguous_date)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValidationError("bad_date", text=str(value))
    if isinstance(value, int | float):
        return excel_serial(value)
    return _parse_text(str(value or ""))


@lru_cache(maxsize=4096)  # an export repeats the same few hundred days a million times
def _parse_text(written: str) -> date:
    text = unicodedata.normalize("NFKC", written).strip()
    if re.fullmatch(r"\d{8}", text):
        return _day(text, int(text[:4]), int(text[4:6]), int(text[6:]))
    if re.fullmatch(r"\d{5,7}", text):
        raise ValidationError("ambiguous_date", text=text)
    western = _WESTERN.fullmatch(text)
    if western:
        month, day = (western[3], western[4]) if western[2] else (western[5], western[6])
        return _day(text, int(western[1]), int(month), int(day))
    era = _ERA.fullmatch(text)
    if era:
        return _era_day(text, era)
    raise ValidationError("bad_date", text=text[:40])


def excel_serial(serial: float) -> date:
    """The day an Excel serial number stands for (its time of day dropped)."""
    if not EXCEL_FIRST_SERIAL <= serial <= EXCEL_LAST_SERIAL:
        raise ValidationError("bad_date", text=str(serial))
    return EXCEL_EPOCH + timedelta(days=int(serial))


def _era_day(text: str, match: re.Match) -> date:
    mark = match[1].upper()
    index = next(i for i, (name, initial, _) in enumerate(ERAS) if mark in (name, initial))
    first = ERAS[index][2]
    year = first.year + (1 if match[2] == "元" else int(match[2])) - 1
    month, day = (match[3], match[4]) if match[3] else (match[6], match[7])
    result = _day(text, year, int(month), int(day))
    ends = ERAS[index - 1][2] if index else date.max
    if match[2] == "0" or not first <= result < ends:
        raise ValidationError("bad_date", text=text)
    return result


def _day(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError("bad_date", text=text) from None
