"""The ヨミ list's sentences: refusals, why a deal is left out, what moved since a review."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import row_error_text

translate = QCoreApplication.translate


def yomi_refusal_text(code: str, params: dict) -> str | None:
    """Why a ヨミ edit was refused; None for a code that is not the ヨミ list's."""
    texts = {
        "yomi_name_empty": lambda: translate("Yomi", "A deal needs a name."),
        "probability_out_of_range": lambda: translate(
            "Yomi", "A probability is from 0 % to 100 %."
        ),
        "yomi_unknown_rank": lambda: fill(
            translate("Yomi", "“%1” is not a rank (A, B, C) or a probability such as 70 %."),
            params.get("text", ""),
        ),
        "yomi_no_amount": lambda: fill(
            translate("Yomi", "“%1” has no amount: give it one before it is won."),
            params.get("name", ""),
        ),
        "yomi_no_ranks": lambda: translate("Yomi", "Keep at least one rank."),
        "yomi_unknown_rep": lambda: fill(
            translate("Yomi", "The team has no rep named “%1”."), params.get("text", "")
        ),
        "yomi_ranks_unreadable": lambda: fill(
            translate("Yomi", "“%1” cannot be read: write ranks as A=90%, B=50%, C=10%."),
            params.get("text", ""),
        ),
        "rank_name_empty": lambda: translate("Yomi", "A rank needs a name."),
        "no_such_deal": lambda: translate("Yomi", "That deal is no longer in the list."),
        "yomi_cannot_tie": lambda: translate(
            "Yomi", "The pipeline can forecast only the KGI or a money or count KPI that adds up."
        ),
        "yomi_bad_state": lambda: fill(
            translate("Yomi", "“%1” is not a state: use open, won or lost (受注, 失注)."),
            params.get("text", ""),
        ),
    }
    text = texts.get(code)
    return text() if text else None


def yomi_row_error_text(error) -> str:
    """One refused row of a ヨミ import: its number and why."""
    reason = yomi_refusal_text(error.code, {"text": error.text})
    if reason is None:
        return row_error_text(error)
    return fill(translate("Yomi", "Row %1: %2"), error.row, reason)


def flag_reason_text(reason: str) -> str:
    """Why a deal is left out of the forecast."""
    texts = {
        "yomi_no_amount": translate("Yomi", "no amount"),
        "yomi_no_rank": translate("Yomi", "no rank"),
        "yomi_no_date": translate("Yomi", "no expected close date"),
        "yomi_unknown_rank": translate("Yomi", "a rank the plan does not have"),
    }
    return texts.get(reason, reason)


def move_name(move: str) -> str:
    """What happened to a deal since the last review."""
    texts = {
        "new": translate("Yomi", "new"),
        "won": translate("Yomi", "won"),
        "lost": translate("Yomi", "lost"),
        "slipped": translate("Yomi", "slipped"),
        "pulled_in": translate("Yomi", "pulled in"),
        "dropped": translate("Yomi", "dropped"),
    }
    return texts.get(move, move)


def closed_unknown_text(kpi: str) -> str:
    """Why the forecast of a KPI has no "closed so far": nothing entered, nothing derived."""
    return fill(
        translate(
            "Yomi",
            "No actual of “%1” has been entered and none can be derived from the tree: what is "
            "closed so far is not known, so the forecast holds only the weighted deals.",
        ),
        kpi,
    )
