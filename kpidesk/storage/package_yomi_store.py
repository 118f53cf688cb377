"""A rep package's ヨミ: the rep's deals as sent (package_yomi_base) and as the rep has them."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from fractions import Fraction
from pathlib import Path

from sqlite_utils import Database

from kpidesk.domain.yomi import Deal
from kpidesk.storage.plan_check import read_only_connection
from kpidesk.storage.plan_file import PlanFileError
from kpidesk.storage.yomi_store import DEAL, RANK, YomiStore

BASE = "package_yomi_base"  # the rep's deals as the package was sent: what collecting compares


def write_package_deals(
    db: Database, deals: Sequence[Deal], ranks: Mapping[str, tuple[int, Fraction]]
) -> None:
    """The rep's deals and the plan's ranks into a new package (inside the caller's
    transaction), and the deals again as sent."""
    db.execute(f"CREATE TABLE {BASE} AS SELECT * FROM yomi_deal WHERE 0")
    store = YomiStore(db)
    store.put({(DEAL, deal.id): deal for deal in deals})
    store.put({(RANK, name): value for name, value in ranks.items()})
    db.execute(f"INSERT INTO {BASE} SELECT * FROM yomi_deal")


def read_package_deals(path: Path | str) -> tuple[list[Deal], list[Deal]]:
    """The package's deals as sent and as the rep has them now, read without writing a byte;
    a package from before the ヨミ has none."""
    path = Path(path)
    try:
        connection = read_only_connection(path)
    except sqlite3.Error:
        raise PlanFileError("damaged", path, "corrupt") from None
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if BASE not in tables or "yomi_deal" not in tables:
            return [], []
        store = YomiStore(Database(connection, execute_plugins=False))
        return store.deals(BASE), store.deals()
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        raise PlanFileError("damaged", path, "corrupt") from None
    finally:
        connection.close()
