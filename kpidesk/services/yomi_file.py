"""The ヨミ list from a CRM export (CSV/xlsx, with a column mapping) and to CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from kpidesk.domain.column_guess import DEAL_WORDS
from kpidesk.domain.column_guess import guess_columns as guess_header_columns
from kpidesk.domain.dates import parse_date
from kpidesk.domain.model import TEAM, Unit
from kpidesk.domain.numbers import parse_value, to_text
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.yomi import Deal, DealState, read_rank
from kpidesk.services.actuals_file import ImportResult, read_table
from kpidesk.services.changes import Outcome
from kpidesk.services.mapped_rows import (
    RowError,
    blank,
    by_normal_name,
    cell_text,
    mapped_rows,
    mapping_from_dict,
    normal_name,
    number_text,
)
from kpidesk.services.yomi_service import deals_of, next_deal_id, put_deals, ranks_of
from kpidesk.storage.plan_file import atomic_target

if TYPE_CHECKING:
    from kpidesk.services.plan_session import PlanSession

FIELDS = ("name", "rep", "amount", "close_date", "rank", "note", "state")
EXPORT_HEADER = ["deal", "rep", "amount", "close_date", "rank", "note", "state"]
_STATES = {
    "": DealState.OPEN,
    "open": DealState.OPEN,
    "won": DealState.WON,
    "lost": DealState.LOST,
    "受注": DealState.WON,
    "失注": DealState.LOST,
}


@dataclass(frozen=True)
class YomiMapping:
    """Which column holds what (by header name, any case, or 1-based number); only the deal's
    name is required: a deal without an amount, a date or a rank is flagged, not refused."""

    name: str
    rep: str | None = None
    amount: str | None = None
    close_date: str | None = None
    rank: str | None = None
    note: str | None = None
    state: str | None = None
    sheet: str | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: object) -> YomiMapping:
        return mapping_from_dict(cls, data, ("name",))


def guess_columns(header: list[str]) -> dict[str, str]:
    """The column each field most likely is, by its header (exact words before partial)."""
    return guess_header_columns(header, DEAL_WORDS)


EXPORT_MAPPING = YomiMapping("deal", "rep", "amount", "close_date", "rank", "note", "state")
"""The mapping that reads an exported ヨミ list back."""


def interpret_yomi(
    header: list[str], rows: Iterable, mapping: YomiMapping, session: PlanSession
) -> tuple[list[Deal], ImportResult]:
    """The file's rows as deals. A deal of the same rep and name (full/half width and spaces
    aside) as one already listed updates it; others are new. Every bad row is reported."""
    numbered = mapped_rows(header, rows, mapping, FIELDS)
    reps = by_normal_name({r.name: r.id for r in session.plan.reps})
    ranks = ranks_of(session)
    listed = {(d.rep_id, normal_name(d.name)): d for d in deals_of(session)}
    new_id = next_deal_id(session)
    result = ImportResult()
    deals: dict[tuple[int, str], Deal] = {}
    for number, cells in numbered:
        result.rows += 1
        try:
            deal = _deal(cells, reps, ranks)
        except ValidationError as error:
            result.refuse(RowError(number, error.code, str(error.params.get("text", ""))))
            continue
        key = (deal.rep_id, normal_name(deal.name))
        if key in listed:
            deal = replace(deal, id=listed[key].id)
        elif key in deals:
            key = (*key, number)  # the same deal twice in the file: both kept, flagged later
            deal, new_id = replace(deal, id=new_id), new_id + 1
        else:
            deal, new_id = replace(deal, id=new_id), new_id + 1
        deals[key] = deal
    return list(deals.values()), result


def _deal(cells: Mapping[str, object], reps: Mapping[str, int], ranks) -> Deal:
    name = " ".join(str(cells.get("name") or "").split())
    if not name:
        raise ValidationError("yomi_name_empty")
    rep_id = TEAM
    rep = cells.get("rep")
    if rep is not None and str(rep).strip():
        rep_id = reps.get(normal_name(rep))
        if rep_id is None:
            raise ValidationError("unknown_rep_name", text=cell_text(rep))
    amount = _amount(cells.get("amount"))
    written_day = cells.get("close_date")
    day = None if blank(written_day) else parse_date(written_day)
    rank, probability = _rank(cells.get("rank"), ranks)
    state = _STATES.get(str(cells.get("state") or "").strip().casefold())
    if state is None:
        raise ValidationError("yomi_bad_state", text=cell_text(cells.get("state")))
    note = str(cells.get("note") or "").strip()
    return Deal(0, name, rep_id, amount, day, rank, probability, note, state)


def _amount(cell: object) -> Fraction | None:
    if blank(cell):
        return None
    try:
        value = parse_value(number_text(cell), Unit.CURRENCY)
    except ValidationError as error:
        raise ValidationError(error.code, text=cell_text(cell)) from None
    if value < 0:
        raise ValidationError("negative_value", text=cell_text(cell))
    return value


def _rank(cell: object, ranks) -> tuple[str, Fraction | None]:
    if blank(cell):
        return "", None
    if isinstance(cell, float | int) and not isinstance(cell, bool) and 0 <= cell <= 1:
        return "", Fraction(repr(float(cell)))  # an Excel percentage cell holds 0.7 for 70 %
    try:
        return read_rank(str(cell), ranks)
    except ValidationError as error:
        raise ValidationError(error.code, text=cell_text(cell)) from None


def import_yomi(session: PlanSession, path: Path | str, mapping: YomiMapping) -> tuple:
    """Read, check and load a ヨミ export as one undo step; any bad row and nothing is loaded.

    Returns (outcome, deals, result); raises ValidationError("import_has_errors") with the
    row errors in `params["errors"]`.
    """
    header, rows = read_table(path, mapping.sheet)
    deals, result = interpret_yomi(header, rows, mapping, session)
    if result.refused:
        raise ValidationError("import_has_errors", count=result.refused, errors=result.errors)
    outcome: Outcome = session.change_yomi(put_deals, deals)
    return outcome, deals, result


def export_yomi_csv(session: PlanSession, path: Path | str) -> int:
    """Write the ヨミ list as CSV (UTF-8 with BOM, for Excel), as EXPORT_MAPPING reads it."""
    reps = {rep.id: rep.name for rep in session.plan.reps}
    deals = deals_of(session)
    with (
        atomic_target(Path(path)) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow(EXPORT_HEADER)
        for deal in deals:
            writer.writerow(
                [
                    deal.name,
                    reps.get(deal.rep_id, ""),
                    "" if deal.amount is None else to_text(deal.amount),
                    deal.close_date.isoformat() if deal.close_date else "",
                    deal.rank
                    if deal.probability is None
                    else f"{to_text(deal.probability * 100)}%",
                    deal.note,
                    deal.state.value,
                ]
            )
    return len(deals)
