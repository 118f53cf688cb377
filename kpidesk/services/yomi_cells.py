"""Cells typed or pasted into the ヨミ grid, read into deals (the one number and date parsers)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING

from kpidesk.domain.dates import parse_date
from kpidesk.domain.model import TEAM, Unit
from kpidesk.domain.numbers import parse_value, to_text
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.yomi import Deal, read_rank
from kpidesk.services.mapped_rows import normal_name as _normal
from kpidesk.services.yomi_service import deals_of, next_deal_id, ranks_of

if TYPE_CHECKING:
    from kpidesk.services.plan_session import PlanSession

COLUMNS = ("name", "rep", "amount", "close_date", "rank", "note")
"""The grid's editable columns, in order (the state column after them is set by buttons)."""


def deals_from_cells(session: PlanSession, cells: Mapping[tuple[int, int], str]) -> list[Deal]:
    """The deals that typing `cells` changes or adds. Keys are (deal id, column) for listed
    deals and (-n, column) for the n-th new line below the list. Raises ValidationError with
    the first cell that cannot be read."""
    listed = {deal.id: deal for deal in deals_of(session)}
    reps = {_normal(rep.name): rep.id for rep in session.plan.reps}
    ranks = ranks_of(session)
    changed: dict[int, Deal] = {}
    new_ids: dict[int, int] = {}
    next_id = next_deal_id(session)

    def order(item):  # listed deals first, then the new lines top to bottom
        (row, column), _text = item
        return (row < 0, abs(row), column)

    for (row, column), text in sorted(cells.items(), key=order):
        if row in listed or row in changed:
            deal = changed.get(row, listed.get(row))
        else:
            if row not in new_ids:
                new_ids[row], next_id = next_id, next_id + 1
            deal = changed.get(new_ids[row], Deal(new_ids[row], ""))
        deal = _with_cell(deal, COLUMNS[column], text, reps, ranks)
        changed[deal.id] = deal
    return list(changed.values())


def _with_cell(deal: Deal, field: str, text: str, reps, ranks) -> Deal:
    text = text.strip()
    if field == "name":
        return replace(deal, name=text)
    if field == "note":
        return replace(deal, note=text)
    if field == "rep":
        if not text:
            return replace(deal, rep_id=TEAM)
        rep_id = reps.get(_normal(text))
        if rep_id is None:
            raise ValidationError("yomi_unknown_rep", text=text)
        return replace(deal, rep_id=rep_id)
    if field == "amount":
        return replace(deal, amount=parse_value(text, Unit.CURRENCY) if text else None)
    if field == "close_date":
        return replace(deal, close_date=parse_date(text) if text else None)
    rank, probability = read_rank(text, ranks)
    return replace(deal, rank=rank, probability=probability)


def ranks_from_text(text: str) -> dict[str, Fraction]:
    """The plan's ranks as typed: "A=90%, B=50%, C=10%" (、 and ; also separate them)."""
    ranks: dict[str, Fraction] = {}
    for part in re.split(r"[,、;；]", unicodedata.normalize("NFKC", text)):
        if not part.strip():
            continue
        name, equals, value = part.partition("=")
        if not equals or not name.strip():
            raise ValidationError("yomi_ranks_unreadable", text=part.strip())
        try:
            ranks[name.strip()] = parse_value(value.strip(), Unit.PERCENT)
        except ValidationError:
            raise ValidationError("yomi_ranks_unreadable", text=part.strip()) from None
    return ranks


def ranks_text(ranks: Mapping[str, Fraction]) -> str:
    return ", ".join(f"{name}={to_text(p * 100)}%" for name, p in ranks.items())
