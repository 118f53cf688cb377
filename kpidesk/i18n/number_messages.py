"""Why a typed or imported number or date was refused, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.numbers import MAX_MAGNITUDE, parse_number, to_text
from kpidesk.domain.problems import ValidationError
from kpidesk.i18n.fill import fill

translate = QCoreApplication.translate


def reading_refusal_text(code: str, params: dict) -> str | None:
    """The sentence for a refusal of the number, date and file readers; None for other codes."""
    limit = params.get("limit", MAX_MAGNITUDE)
    limit_text = f"{limit:,}" if isinstance(limit, int) else str(limit)
    texts = {
        "bad_grouping": translate(
            "Messages",
            "“%1” is not a number: group digits by three with commas, such as 1,000, "
            "or not at all.",
        ),
        "percent_on_non_rate": translate(
            "Messages", "“%1”: only a rate takes a % sign. Type the number alone."
        ),
        "currency_sign_on_non_money": translate(
            "Messages", "“%1”: only an amount of money takes ¥ or 円. Type the number alone."
        ),
        "too_large": translate("Messages", "“%1” is too large: values are at most %2 either way."),
        "not_whole": translate(
            "Messages",
            "“%1”: this KPI counts whole things. Type a whole number, or set its rounding "
            "to “none” to allow decimals.",
        ),
        "ambiguous_date": translate(
            "Messages",
            "“%1” could be more than one date: write it as 2026-11-01 or 2026/11/1.",
        ),
        "bad_date": translate(
            "Messages",
            "“%1” is not a date such as 2026-12-01, 2026/12/1, 2026年12月1日 or 令和8年12月1日.",
        ),
        "row_unreadable": translate(
            "Messages",
            "Reading stopped at row %3 of “%4”: the file is damaged there, or a cell is "
            "longer than a million characters.",
        ),
        "import_needs_confirmation": translate(
            "Messages",
            "%5 rows are dated after today or outside the plan's period: confirm them to "
            "load the file.",
        ),
    }
    sentence = texts.get(code)
    if sentence is None:
        return None
    values = {
        "%1": params.get("text", ""),
        "%2": limit_text,
        "%3": params.get("row", ""),
        "%4": params.get("file", ""),
        "%5": params.get("count", ""),
    }
    for mark, value in values.items():
        sentence = sentence.replace(mark, str(value))
    return sentence


def flagged_row_text(row: object) -> str:
    """One row that loads only when confirmed: its number, its day and why."""
    texts = {
        "after_today": translate("Messages", "Row %1: %2 is after today."),
        "outside_period": translate("Messages", "Row %1: %2 is outside the plan's period."),
    }
    text = texts.get(row.code, "%1: %2")
    return fill(text, row.row, row.text)


def rate_reading_text(reading: str, example: str | None) -> str:
    """How plain numbers in a rate column are read, with the file's own first one."""
    number = example or "0.2"
    if reading == "fraction":
        shown = _percent(number, 100)
        return fill(translate("Messages", "%1 read as %2 %"), number, shown)
    return fill(translate("Messages", "%1 read as %2 %"), number, number)


def _percent(number: str, factor: int) -> str:
    try:
        return to_text(parse_number(number) * factor)
    except ValidationError:
        return number


def reading_problem_text(code: str) -> str | None:
    """The short phrase for a refused number in a plan definition; None for other codes."""
    texts = {
        "bad_grouping": translate(
            "Messages", "group digits by three with commas, such as 1,000, or not at all"
        ),
        "currency_sign_on_non_money": translate(
            "Messages", "only an amount of money takes ¥ or 円"
        ),
        "too_large": fill(
            translate("Messages", "values are at most %1 either way"), f"{MAX_MAGNITUDE:,}"
        ),
        "too_precise": translate("Messages", "too many decimal places"),
        "not_whole": translate(
            "Messages", "this KPI counts whole things: use a whole number, or rounding: none"
        ),
    }
    return texts.get(code)
