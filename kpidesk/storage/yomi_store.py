"""The ヨミ list's deals, the plan's ranks, and each review's copy of the list (yomi_* tables)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from fractions import Fraction

from sqlite_utils import Database

from kpidesk.domain.numbers import from_text, to_text
from kpidesk.domain.yomi import Deal, DealState

DEAL = "deal"  # key ("deal", deal id) -> Deal
RANK = "rank"  # key ("rank", name) -> (position, probability)
SEEN = "seen"  # key ("seen", review id, deal id) -> Deal as the review saw it
TIE = "tie"  # key ("tie",) -> the id of the KPI the list forecasts (none: the KGI)

_COLUMNS = "id, name, rep_id, amount, close_date, rank, probability, note, state"


class YomiStore:
    """Reads and writes the ヨミ tables (inside the caller's transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def deals(self, table: str = "yomi_deal") -> list[Deal]:
        """The list's deals (or those of `table`, a copy with the same columns) by id."""
        return [_deal(r) for r in self.db.query(f"SELECT {_COLUMNS} FROM {table} ORDER BY id")]

    def next_deal_id(self) -> int:
        """An id no deal has had: neither one listed, nor one a review kept, nor (in a rep's
        package) one sent; a removed deal's id is never given to a new one."""
        tables = ["yomi_deal", "yomi_seen"]
        if "package_yomi_base" in self.db.table_names():
            tables.append("package_yomi_base")
        ids = " UNION ALL ".join(f"SELECT MAX(id) AS id FROM {t}" for t in tables)
        row = next(self.db.query(f"SELECT COALESCE(MAX(id), 0) + 1 AS next FROM ({ids})"))
        return row["next"]

    def ranks(self) -> dict[str, tuple[int, Fraction]]:
        """The plan's own ranks (name -> (position, probability)); empty means the defaults."""
        rows = self.db.query("SELECT name, position, probability FROM yomi_rank ORDER BY position")
        return {r["name"]: (r["position"], Fraction(r["probability"])) for r in rows}

    def tied_node(self) -> int | None:
        """The KPI the list forecasts when the plan chose one other than the KGI."""
        row = next(self.db.query("SELECT node_id FROM yomi_tie WHERE id = 1"), None)
        return None if row is None else row["node_id"]

    def seen(self, review_id: int) -> list[Deal]:
        """The ヨミ as review `review_id` saw it on its day."""
        rows = self.db.query(
            f"SELECT {_COLUMNS} FROM yomi_seen WHERE review_id = ? ORDER BY id", [review_id]
        )
        return [_deal(r) for r in rows]

    def put(self, values: Mapping[tuple, object | None]) -> None:
        """Write each key's value; None removes it."""
        for key, value in values.items():
            if key[0] == DEAL:
                self.db.execute("DELETE FROM yomi_deal WHERE id = ?", [key[1]])
                if value is not None:
                    self._insert("yomi_deal", value)
            elif key[0] == RANK:
                self.db.execute("DELETE FROM yomi_rank WHERE name = ?", [key[1]])
                if value is not None:
                    position, probability = value
                    self.db.execute(
                        "INSERT INTO yomi_rank (name, position, probability) VALUES (?, ?, ?)",
                        [key[1], position, to_text(probability)],
                    )
            elif key[0] == SEEN:
                self.db.execute(
                    "DELETE FROM yomi_seen WHERE review_id = ? AND id = ?", [key[1], key[2]]
                )
                if value is not None:
                    self._insert("yomi_seen", value, review_id=key[1])
            elif key[0] == TIE:
                self.db.execute("DELETE FROM yomi_tie")
                if value is not None:
                    self.db.execute("INSERT INTO yomi_tie (id, node_id) VALUES (1, ?)", [value])
            else:
                raise KeyError(key)

    def _insert(self, table: str, deal: Deal, **extra: object) -> None:
        row = {
            "id": deal.id,
            "name": deal.name,
            "rep_id": deal.rep_id,
            "amount": _text(deal.amount),
            "close_date": deal.close_date.isoformat() if deal.close_date else None,
            "rank": deal.rank,
            "probability": _text(deal.probability),
            "note": deal.note,
            "state": deal.state.value,
            **extra,
        }
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def _text(value: Fraction | None) -> str | None:
    return None if value is None else to_text(value)


def _value(text: str | None) -> Fraction | None:
    """A stored amount: whole yen read as an int (Fraction's own parser is 10× slower)."""
    if text is not None and text.isdigit():
        return Fraction(int(text))
    return from_text(text)


def _deal(row: Mapping) -> Deal:
    return Deal(
        id=row["id"],
        name=row["name"],
        rep_id=row["rep_id"],
        amount=_value(row["amount"]),
        close_date=date.fromisoformat(row["close_date"]) if row["close_date"] else None,
        rank=row["rank"],
        probability=_value(row["probability"]),
        note=row["note"],
        state=DealState(row["state"]),
    )
