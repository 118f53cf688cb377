"""The .kpirep file: a KPI Desk file of its own kind (application id "KPIR") for one rep."""

from __future__ import annotations

import sqlite3
from datetime import date
from fractions import Fraction
from pathlib import Path

from kpidesk.domain.team_package import (
    PackageActuals,
    PackageHeader,
    RepPackageContents,
    RepShare,
)
from kpidesk.storage.actual_store import to_stored
from kpidesk.storage.package_yomi_store import write_package_deals
from kpidesk.storage.plan_check import read_only_connection
from kpidesk.storage.plan_file import (
    SQLITE_HEADER,
    PlanFileError,
    atomic_target,
    connect,
    read_header,
)
from kpidesk.storage.plan_store import PlanStore
from kpidesk.storage.schema import SCHEMA_VERSION, migrate
from kpidesk.storage.source_store import SourceStore
from kpidesk.storage.transactions import write_transaction

PACKAGE_APPLICATION_ID = 0x4B504952  # "KPIR"
PACKAGE_SUFFIX = ".kpirep"
PACKAGE_FORMAT = 1  # raised when a package holds something an older KPI Desk cannot read

_PACKAGE_TABLES = (
    """CREATE TABLE package (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        format INTEGER NOT NULL,
        package_id TEXT NOT NULL,
        plan_uuid TEXT NOT NULL,
        plan_name TEXT NOT NULL,
        rep_id INTEGER NOT NULL,
        rep_name TEXT NOT NULL,
        period_kind TEXT NOT NULL,
        first_day TEXT NOT NULL,
        last_day TEXT NOT NULL,
        made_at TEXT NOT NULL
    )""",
    """CREATE TABLE package_share (
        node_id INTEGER PRIMARY KEY,
        required TEXT,
        planned TEXT,
        per_week TEXT,
        per_day TEXT
    )""",
    # The rep's actuals as they were sent: what the collect compares both sides with.
    """CREATE TABLE package_base (
        node_id INTEGER NOT NULL,
        day TEXT NOT NULL,
        value_e4 INTEGER NOT NULL,
        PRIMARY KEY (node_id, day)
    ) WITHOUT ROWID""",
    "CREATE TABLE package_holiday (day TEXT PRIMARY KEY)",
)


def write_package(path: Path | str, contents: RepPackageContents) -> None:
    """Write a package; it appears complete or not at all."""
    path = Path(path)
    header = contents.header
    with atomic_target(path) as temporary:
        db = connect(temporary)
        try:
            migrate(db)
            PlanStore(db).write_whole_plan(contents.plan)
            with write_transaction(db):
                for statement in _PACKAGE_TABLES:
                    db.execute(statement)
                SourceStore(db).set_plan_uuid(header.plan_uuid)
                db.execute(
                    "INSERT INTO package VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        PACKAGE_FORMAT,
                        header.package_id,
                        header.plan_uuid,
                        header.plan_name,
                        header.rep_id,
                        header.rep_name,
                        header.period_kind,
                        header.first_day.isoformat(),
                        header.last_day.isoformat(),
                        header.made_at,
                    ],
                )
                db.conn.executemany(
                    "INSERT INTO package_share VALUES (?, ?, ?, ?, ?)",
                    [(s.node_id, *map(_text, _figures(s))) for s in contents.shares],
                )
                rows = [
                    (node_id, day.isoformat(), to_stored(value))
                    for (node_id, day), value in contents.actuals.items()
                ]
                db.conn.executemany("INSERT INTO package_base VALUES (?, ?, ?)", rows)
                db.conn.executemany(
                    "INSERT INTO actual (node_id, rep_id, day, value_e4) VALUES (?, ?, ?, ?)",
                    [(n, header.rep_id, d, v) for n, d, v in rows],
                )
                db.conn.executemany(
                    "INSERT INTO closed_day (day, note) VALUES (?, ?)",
                    [(d.isoformat(), note) for d, note in contents.closed_days.items()],
                )
                db.conn.executemany(
                    "INSERT INTO rep_note VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (header.first_day.isoformat(), header.rep_id, node_id, *note)
                        for node_id, note in contents.notes.items()
                    ],
                )
                db.conn.executemany(
                    "INSERT INTO package_holiday VALUES (?)",
                    [(d.isoformat(),) for d in contents.holidays],
                )
                write_package_deals(db, contents.deals, contents.ranks)
            db.execute(f"PRAGMA application_id = {PACKAGE_APPLICATION_ID}")
        finally:
            db.close()


def _figures(share) -> tuple:
    return (share.required, share.planned, share.per_week, share.per_day)


def _text(value: Fraction | None) -> str | None:
    return None if value is None else str(value)


def check_package_header(path: Path) -> None:
    """Refuse a file that is not a rep package, or is from a newer KPI Desk, unopened."""
    header = read_header(path)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise PlanFileError("not_a_package", path)
    if int.from_bytes(header[68:72], "big") != PACKAGE_APPLICATION_ID:
        raise PlanFileError("not_a_package", path)
    if int.from_bytes(header[60:64], "big") > SCHEMA_VERSION:
        raise PlanFileError("newer_package", path)


def read_package_actuals(path: Path | str) -> PackageActuals:
    """A package's header and actuals (as sent and as now), read without writing a byte."""
    path = Path(path)
    check_package_header(path)
    try:
        connection = read_only_connection(path)
    except sqlite3.Error:
        raise PlanFileError("damaged", path, "corrupt") from None
    try:
        if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise PlanFileError("damaged", path, "corrupt")
        header = _header(connection, path)
        package = PackageActuals(header)
        days: dict[object, date] = {}
        for node_id, day, value in connection.execute("SELECT * FROM package_base"):
            key_day = days.get(day) or days.setdefault(day, _day(day))
            package.base[(_int(node_id), key_day)] = _int(value)
        for node_id, rep_id, day, value in connection.execute(
            "SELECT node_id, rep_id, day, value_e4 FROM actual"
        ):
            key_day = days.get(day) or days.setdefault(day, _day(day))
            if rep_id != header.rep_id or not header.first_day <= key_day <= header.last_day:
                package.foreign.append((node_id, rep_id, key_day))
            else:
                package.values[(_int(node_id), key_day)] = _int(value)
        has_notes = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rep_note'"
        ).fetchone()  # a package from before notes has none
        notes = "SELECT period_start, rep_id, node_id, cause, action, entered_at FROM rep_note"
        for period_start, rep_id, node_id, cause, action, when in connection.execute(
            notes if has_notes else "SELECT 1, 2, 3, 4, 5, 6 WHERE 0"
        ):
            if rep_id != header.rep_id or period_start != header.first_day.isoformat():
                package.foreign.append((node_id, rep_id, _day(period_start)))
            elif not all(isinstance(t, str) for t in (cause, action, when)):
                raise TypeError(node_id)
            else:
                package.notes[_int(node_id)] = (cause, action, when)
        return package
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        raise PlanFileError("damaged", path, "corrupt") from None
    finally:
        connection.close()


def _header(connection: sqlite3.Connection, path: Path) -> PackageHeader:
    row = connection.execute(
        "SELECT format, package_id, plan_uuid, plan_name, rep_id, rep_name, period_kind,"
        " first_day, last_day, made_at FROM package WHERE id = 1"
    ).fetchone()
    if row is None:
        raise PlanFileError("damaged", path, "corrupt")
    if _int(row[0]) > PACKAGE_FORMAT:
        raise PlanFileError("newer_package", path)
    texts = [row[1], row[2], row[3], row[5], row[6], row[9]]
    if not all(isinstance(t, str) for t in texts):
        raise ValueError(row)
    return PackageHeader(
        row[1], row[2], row[3], _int(row[4]), row[5], row[6], _day(row[7]), _day(row[8]), row[9]
    )


def _int(value: object) -> int:
    if not isinstance(value, int):
        raise TypeError(value)
    return value


def _day(value: object) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError(value)
    return date.fromisoformat(value)


def read_package_shares(db) -> dict[int, RepShare]:
    """The rep's part of every split KPI, as the package was sent."""
    return {
        row["node_id"]: RepShare(
            row["node_id"],
            *(None if row[k] is None else Fraction(row[k]) for k in _SHARE_COLUMNS),
        )
        for row in db.query("SELECT * FROM package_share")
    }


_SHARE_COLUMNS = ("required", "planned", "per_week", "per_day")


def read_package_holidays(db) -> list[date]:
    return [date.fromisoformat(row["day"]) for row in db.query("SELECT day FROM package_holiday")]


def check_package_contents(path: Path) -> None:
    """Refuse (PlanFileError "damaged") a package whose tree, values or tables the app could
    not load, before it is opened for writing; the checks are the plan file's."""
    from sqlite_utils import Database

    from kpidesk.storage.content_check import check_contents

    try:
        connection = read_only_connection(path)
    except sqlite3.Error:
        raise PlanFileError("damaged", path, "corrupt") from None
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:  # an older package is checked once brought up to date
            check_contents(Database(connection, execute_plugins=False), path)
    except sqlite3.Error:
        raise PlanFileError("damaged", path, "corrupt") from None
    finally:
        connection.close()


def bring_up_to_date(db) -> None:
    """A package made by an older KPI Desk gets this version's tables, and stays a package."""
    if db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
        migrate(db)
        db.execute(f"PRAGMA application_id = {PACKAGE_APPLICATION_ID}")
