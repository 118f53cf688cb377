"""The ヨミ list from a CRM export (CSV/xlsx, with a column mapping) and to CSV."""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from kpidesk.domain.dates import parse_date
from kpidesk.domain.model import TEAM, Unit
from kpidesk.domain.numbers import parse_value, to_text
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.yomi import Deal, DealState, read_rank
from kpidesk.services.actuals_file import (
    ImportResult,
    RowError,
    _cell,
    _cell_text,
    _column,
    _names,
    _normal,
    read_table,
)
from kpidesk.services.changes import Outcome
from kpidesk.services.table_reader import Table
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
        if not isinstance(data, dict):
            raise ValidationError("mapping_invalid", key=type(data).__name__)
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValidationError("mapping_invalid", key=sorted(map(str, unknown))[0])
        wrong = sorted(k for k, v in data.items() if not (v is None or isinstance(v, str)))
        if wrong or "name" not in data:
            raise ValidationError("mapping_invalid", key=(wrong or ["name"])[0])
        return cls(**data)


WORDS: dict[str, tuple[str, ...]] = {
    "name": ("案件名", "商談名", "案件", "商談", "deal", "opportunity", "name"),
    "rep": ("担当者", "担当", "営業担当", "rep", "owner"),
    "amount": ("金額", "受注金額", "見込金額", "予定金額", "amount"),
    "close_date": ("受注予定日", "予定日", "完了予定日", "close_date", "close date", "close"),
    "rank": ("ヨミ", "確度", "ランク", "rank", "probability"),
    "note": ("メモ", "備考", "note", "notes"),
    "state": ("状態", "ステータス", "state", "status"),
}
"""Header words by field, Japanese and English, in the order they are preferred."""


def guess_columns(header: list[str]) -> dict[str, str]:
    """The column each field most likely is, by its header (exact words before partial)."""
    normal = [_normal(h) for h in header]
    guessed: dict[str, str] = {}
    for field, words in WORDS.items():
        for exact in (True, False):
            found = next(
                (
                    header[i]
                    for word in words
                    for i, h in enumerate(normal)
                    if header[i] not in guessed.values()
                    and (h == _normal(word) if exact else _normal(word) in h)
                ),
                None,
            )
            if found is not None:
                guessed[field] = found
                break
    return guessed


EXPORT_MAPPING = YomiMapping("deal", "rep", "amount", "close_date", "rank", "note", "state")
"""The mapping that reads an exported ヨミ list back."""


def interpret_yomi(
    header: list[str], rows: Iterable, mapping: YomiMapping, session: PlanSession
) -> tuple[list[Deal], ImportResult]:
    """The file's rows as deals. A deal of the same rep and name (full/half width and spaces
    aside) as one already listed updates it; others are new. Every bad row is reported."""
    columns = {f: _column(header, getattr(mapping, f)) for f in FIELDS if getattr(mapping, f)}
    names = list(columns)
    if isinstance(rows, Table):
        numbered = rows.rows([columns[f] for f in names])
    else:
        numbered = (
            (number, [_cell(row, columns[f]) for f in names])
            for number, row in enumerate(rows, start=2)
        )
    reps = _names({r.name: r.id for r in session.plan.reps})
    ranks = ranks_of(session)
    listed = {(d.rep_id, _normal(d.name)): d for d in deals_of(session)}
    new_id = next_deal_id(session)
    result = ImportResult()
    deals: dict[tuple[int, str], Deal] = {}
    for number, cells in numbered:
        result.rows += 1
        try:
            deal = _deal(dict(zip(names, cells, strict=True)), reps, ranks)
        except ValidationError as error:
            result.refuse(RowError(number, error.code, str(error.params.get("text", ""))))
            continue
        key = (deal.rep_id, _normal(deal.name))
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
        rep_id = reps.get(_normal(rep))
        if rep_id is None:
            raise ValidationError("unknown_rep_name", text=_cell_text(rep))
    amount = _amount(cells.get("amount"))
    written_day = cells.get("close_date")
    day = None if _blank(written_day) else parse_date(written_day)
    rank, probability = _rank(cells.get("rank"), ranks)
    state = _STATES.get(str(cells.get("state") or "").strip().casefold())
    if state is None:
        raise ValidationError("yomi_bad_state", text=_cell_text(cells.get("state")))
    note = str(cells.get("note") or "").strip()
    return Deal(0, name, rep_id, amount, day, rank, probability, note, state)


def _blank(cell: object) -> bool:
    return cell is None or str(cell).strip() == ""


def _amount(cell: object) -> Fraction | None:
    if _blank(cell):
        return None
    if isinstance(cell, bool | datetime | date):
        raise ValidationError("not_a_number", text=_cell_text(cell))
    if isinstance(cell, float):
        if not math.isfinite(cell):
            raise ValidationError("not_a_number", text=str(cell))
        cell = repr(cell)
    try:
        value = parse_value(str(cell), Unit.CURRENCY)
    except ValidationError as error:
        raise ValidationError(error.code, text=_cell_text(cell)) from None
    if value < 0:
        raise ValidationError("negative_value", text=_cell_text(cell))
    return value


def _rank(cell: object, ranks) -> tuple[str, Fraction | None]:
    if _blank(cell):
        return "", None
    if isinstance(cell, float | int) and not isinstance(cell, bool) and 0 <= cell <= 1:
        return "", Fraction(repr(float(cell)))  # an Excel percentage cell holds 0.7 for 70 %
    try:
        return read_rank(str(cell), ranks)
    except ValidationError as error:
        raise ValidationError(error.code, text=_cell_text(cell)) from None


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
