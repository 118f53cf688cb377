"""Check what a plan file holds before the app relies on it: shape, values, tree, full load.

Every problem is a PlanFileError "damaged" whose detail is "reason:where" (see
kpidesk.i18n.file_damage_texts), raised before anything is written to the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from kpidesk.domain.decomposition import compute
from kpidesk.domain.model import Relation, Rounding, RoundingPolicy, Split, Unit
from kpidesk.domain.periods import PeriodKind
from kpidesk.domain.review import Cadence
from kpidesk.domain.tree_depth import MAX_TREE_DEPTH
from kpidesk.domain.yomi import DealState
from kpidesk.storage.schema_shape import SCHEMA_SHAPE

# Entries are bounded far below this (domain.numbers: 10^12 either way); figures computed
# from them and kept in snapshots (a requirement, an achievement) can be larger, but never
# reach 10^24, where the display's 28-digit decimals would fail. Beyond it a file is damaged.
STORED_VALUE_LIMIT = 10**24
# As `to_text` writes numbers: "12", "-0.25", "1/3". Computed figures kept in snapshots can have
# long exact fractions; digits are capped well below Python's 4,300-digit int limit.
_STORED_NUMBER = re.compile(r"-?[0-9]{1,400}(\.[0-9]{1,400})?|-?[0-9]{1,1000}/[0-9]{1,1000}")


class ContentError(Exception):
    """A problem found in the file's contents: `reason` and `where` make the detail."""

    def __init__(self, reason: str, where: object = "") -> None:
        super().__init__(f"{reason}:{where}")
        self.reason = reason
        self.where = str(where)


def check_contents(
    db: Database, path: Path, scan_actuals: bool = True, load_plan: bool = True
) -> None:
    """Refuse (PlanFileError "damaged") a file whose contents the app could not load.

    With `load_plan` False the plan itself is not loaded and computed here (the session does
    that next, on a file still untouched; services.plan_files turns a failure into a refusal).
    """
    from kpidesk.storage.plan_file import PlanFileError

    try:
        _check_shape(db)
        _check_types(db, scan_actuals)
        _check_values(db)
        _check_tree(db)
        _check_load(db, load_plan)
    except ContentError as error:
        raise PlanFileError("damaged", path, f"{error.reason}:{error.where}") from None


# -- shape -----------------------------------------------------------------------------------


def _check_shape(db: Database) -> None:
    """Every expected table and column is there (all tables' columns read in one statement)."""
    found: dict[str, set[str]] = {}
    for table, column in db.execute(
        "SELECT m.name, c.name FROM sqlite_master AS m LEFT JOIN pragma_table_info(m.name) AS c"
        " WHERE m.type = 'table'"
    ):
        found.setdefault(table, set()).add(column)
    for table, columns in SCHEMA_SHAPE.items():
        if table not in found:
            raise ContentError("missing_table", table)
        for column in columns:
            if column not in found[table]:
                raise ContentError("missing_column", f"{table}.{column}")


# -- stored types ----------------------------------------------------------------------------

_SQL_TYPES = {"INTEGER": "integer", "TEXT": "text"}


# Tables that grow with the actuals (a row per KPI, rep and day, or per closed month, KPI and
# rep): scanned only in a file small enough for the every-open quick_check. In a larger one
# their rows are checked as they are read: the frozen totals all at once when the plan opens
# (services.plan_files), the actuals and their sources a range at a time, skipping damage.
ACTUALS_TABLES = ("actual", "actual_source", "frozen_total")


def _check_types(db: Database, scan_actuals: bool) -> None:
    """Every column holds the type it was declared with (text in a number column is damage).

    Of the actuals (often the bulk of the file) only the value is read here, the one column a
    wrong type would break: a day is checked once per distinct day, from its index.
    """
    if scan_actuals:
        _check_days_of_actuals(db)
    checked, any_wrong = _type_checks(scan_actuals)
    found = {table for (table,) in db.execute(any_wrong)} if any_wrong else set()
    for table, conditions in checked.items():
        if table not in found:
            continue
        for column, condition in conditions.items():
            if db.execute(f"SELECT 1 FROM [{table}] WHERE {condition} LIMIT 1").fetchone():
                raise ContentError("bad_value", f"{table}.{column}")


@cache
def _type_checks(scan_actuals: bool) -> tuple[dict[str, dict[str, str]], str]:
    """Each checked table's columns with the condition of a wrong type in them, and the one
    statement that names the tables with a wrong type anywhere (only those are looked into)."""
    checked: dict[str, dict[str, str]] = {}
    for table, columns in SCHEMA_SHAPE.items():
        if table in ACTUALS_TABLES and not scan_actuals:
            continue
        conditions = {
            column: _type_condition(column, declared, not_null)
            for column, (declared, not_null) in columns.items()
            if declared in _SQL_TYPES and (table != "actual" or column == "value_e4")
        }
        if conditions:
            checked[table] = conditions
    any_wrong = " UNION ALL ".join(
        f"SELECT '{table}' WHERE EXISTS (SELECT 1 FROM [{table}] WHERE "
        + " OR ".join(f"({c})" for c in conditions.values())
        + ")"
        for table, conditions in checked.items()
    )
    return checked, any_wrong


def _check_days_of_actuals(db: Database) -> None:
    """Each distinct day once (read from the day index): a calendar day written as ISO text."""
    for (day,) in db.execute("SELECT DISTINCT day FROM actual"):
        try:
            _day(day)
        except (ValueError, TypeError):
            raise ContentError("bad_value", "actual.day") from None


def _type_condition(column: str, declared: str, not_null: bool) -> str:
    allowed = [f"'{_SQL_TYPES[declared]}'"] + ([] if not_null else ["'null'"])
    return f"typeof([{column}]) NOT IN ({', '.join(allowed)})"


# -- values ----------------------------------------------------------------------------------


def _number(text: str) -> None:
    """A number as `to_text` writes it ("12", "-0.25", "1/3"), below STORED_VALUE_LIMIT."""
    if not _STORED_NUMBER.fullmatch(text):
        raise ValueError(text)
    whole, slash, denominator = text.partition("/")
    if slash and int(denominator) == 0:
        raise ZeroDivisionError(text)
    limit = STORED_VALUE_LIMIT * (int(denominator) if slash else 1)
    if abs(int(whole.partition(".")[0])) >= limit:
        raise OverflowError(text)


def _choice(kind: type[Enum]) -> Callable[[str], None]:
    def read(text: str) -> None:
        kind(text)  # an unknown value raises ValueError

    return read


def _day(text: str) -> None:
    if len(text) != 10:
        raise ValueError(text)
    date.fromisoformat(text)


def _flags(text: str) -> None:
    value = json.loads(text)
    if not isinstance(value, dict) or not all(isinstance(v, bool) for v in value.values()):
        raise ValueError(text)


def _notes(text: str) -> None:
    value = json.loads(text)
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ValueError(text)


def _gap(text: str) -> None:
    value = json.loads(text)
    if not isinstance(value, dict) or not isinstance(value.get("parts"), list):
        raise ValueError(text)
    for key in ("planned", "actual", "other"):
        _number(str(value.get(key)))
    for part in value["parts"]:
        if not isinstance(part, list) or len(part) != 3:
            raise ValueError(text)
        _number(str(part[2]))


def _month(value: int) -> None:
    if not 1 <= value <= 12:
        raise ValueError(value)


_YOMI_DEAL = {
    "amount": _number,
    "close_date": _day,
    "probability": _number,
    "state": _choice(DealState),
}

# Columns whose stored text the loaders turn into numbers, choices, days or JSON.
_READERS: dict[str, dict[str, Callable]] = {
    "plan": {
        "rounding_policy": _choice(RoundingPolicy),
        "period_start": _day,
        "period_kind": _choice(PeriodKind),
        "fiscal_start_month": _month,
        "on_track_at": _number,
        "at_risk_below": _number,
    },
    "node": {
        "unit": _choice(Unit),
        "relation": _choice(Relation),
        "target": _number,
        "plan": _number,
        "rounding": _choice(Rounding),
        "split": _choice(Split),
        "weight": _number,
    },
    "rep": {"capacity": _number},
    "rep_fixed": {"amount": _number},
    "period": {"kind": _choice(PeriodKind), "first_day": _day, "last_day": _day},
    "period_value": {"target": _number, "plan": _number, "required": _number},
    "closed_day": {"day": _day},
    "smart": {"ticks": _flags, "notes": _notes},
    "review": {
        "cadence": _choice(Cadence),
        "held_on": _day,
        "first_day": _day,
        "last_day": _day,
        "period_start": _day,
    },
    "review_kpi": {
        "unit": _choice(Unit),
        "target": _number,
        "actual": _number,
        "achievement": _number,
        "progress": _number,
        "forecast": _number,
        "gap": _gap,
    },
    "review_item": {"due": _day},
    "target_revision": {"period_start": _day, "day": _day, "before": _number, "after": _number},
    "rep_note": {"period_start": _day},
    "yomi_deal": _YOMI_DEAL,
    "yomi_rank": {"probability": _number},
    "yomi_seen": _YOMI_DEAL,
}


def _check_values(db: Database) -> None:
    """Each distinct value of each column once: 348 closed months keep 27,000 copies of a few
    dozen figures."""
    for table, readers in _READERS.items():
        columns = list(readers)
        values: list[list] = [[] for _ in columns]  # one statement a table, UNION: distinct
        for place, value in db.execute(
            " UNION ".join(
                f"SELECT {place}, [{column}] FROM [{table}]" for place, column in enumerate(columns)
            )
        ):
            if value is not None:
                values[place].append(value)
        for column, column_values in zip(columns, values, strict=True):
            read = readers[column]
            for value in column_values:
                try:
                    read(value)
                except OverflowError:
                    raise ContentError("too_large", f"{table}.{column}") from None
                except (ValueError, TypeError, ZeroDivisionError, RecursionError):
                    raise ContentError("bad_value", f"{table}.{column}") from None


# -- the tree --------------------------------------------------------------------------------


def _check_tree(db: Database) -> None:
    """One KGI, every parent present, no cycles, one place per sibling, bounded depth."""
    parents: dict[int, int | None] = {}
    places: set[tuple[int | None, int]] = set()
    for node_id, parent_id, position in db.execute("SELECT id, parent_id, position FROM node"):
        parents[node_id] = parent_id
        if (parent_id, position) in places:
            raise ContentError("duplicate_position", parent_id)
        places.add((parent_id, position))
    roots = [node_id for node_id, parent_id in parents.items() if parent_id is None]
    if parents and len(roots) != 1:
        raise ContentError("roots")
    for node_id, parent_id in sorted(parents.items()):
        if parent_id is not None and parent_id not in parents:
            raise ContentError("orphan", node_id)
    children: dict[int, list[int]] = {}
    for node_id, parent_id in parents.items():
        if parent_id is not None:
            children.setdefault(parent_id, []).append(node_id)
    reached, level, depth = 0, roots, 0
    while level:
        depth += 1
        if depth > MAX_TREE_DEPTH:
            raise ContentError("too_deep", MAX_TREE_DEPTH)
        reached += len(level)
        level = [child for node_id in level for child in children.get(node_id, ())]
    if reached != len(parents):  # what the KGI does not reach hangs in a loop of parents
        reached_ids = _reachable(roots, children)
        raise ContentError("parent_cycle", min(set(parents) - reached_ids))
    for table in ("rep_fixed",):
        orphan = db.execute(
            f"SELECT node_id FROM [{table}] WHERE node_id NOT IN (SELECT id FROM node)"
            " OR rep_id NOT IN (SELECT id FROM rep) LIMIT 1"
        ).fetchone()
        if orphan:
            raise ContentError("bad_value", f"{table}.node_id")


def _reachable(roots: list[int], children: dict[int, list[int]]) -> set[int]:
    seen, stack = set(), list(roots)
    while stack:
        node_id = stack.pop()
        seen.add(node_id)
        stack.extend(children.get(node_id, ()))
    return seen


# -- the full load ---------------------------------------------------------------------------


def _check_load(db: Database, load_plan: bool) -> None:
    """Everything a session loads at start, and the figures it computes, on this connection."""
    from kpidesk.storage.period_store import PeriodStore
    from kpidesk.storage.plan_store import PlanStore
    from kpidesk.storage.review_store import ReviewStore

    try:
        if load_plan:
            compute(PlanStore(db).load())
        periods = PeriodStore(db)
        periods.frozen_periods()
        periods.read_every_frozen_value()
        periods.closed_days()
        reviews = ReviewStore(db)
        reviews.reviews()
        reviews.revisions()
    except Exception as error:  # anything a loader meets is damage, never a traceback
        raise ContentError("unreadable", type(error).__name__) from None
