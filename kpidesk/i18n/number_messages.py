"""Why a typed or imported number or date was refused, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.numbers import MAX_MAGNITUDE

translate = QCoreApplication.translate


def reading_refusal_text(code: str, text: object = "", limit: object = MAX_MAGNITUDE) -> str | None:
    """The sentence for a refusal of the number and date parsers; None for other codes."""
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
    }
    sentence = texts.get(code)
    if sentence is None:
        return None
    return sentence.replace("%1", str(text)).replace("%2", limit_text)


def reading_problem_text(code: str) -> str | None:
    """The short phrase for a refused number in a plan definition; None for other codes."""
    texts = {
        "bad_grouping": translate(
            "Messages", "group digits by three with commas, such as 1,000, or not at all"
        ),
        "currency_sign_on_non_money": translate(
            "Messages", "only an amount of money takes ¥ or 円"
        ),
        "too_large": translate("Messages", "values are at most %1 either way").replace(
            "%1", f"{MAX_MAGNITUDE:,}"
        ),
        "too_precise": translate("Messages", "too many decimal places"),
        "not_whole": translate(
            "Messages", "this KPI counts whole things: use a whole number, or rounding: none"
        ),
    }
    return texts.get(code)
