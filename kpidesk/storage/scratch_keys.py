"""Keys and rate rows of a streamed file counted and grouped in a private temporary database.

A file's reading (the import preview, the rates) needs to know how many distinct (KPI, rep, day)
keys it holds and each rate key's rows together; a Python set or dict of them grows with the
rows. `sqlite3.connect("")` opens a private database that lives in a small page cache and
spills to a temporary file that is deleted when it closes, so the memory stays bounded. A
full temporary folder raises StorageError("disk_full"), as the plan file's own errors do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from itertools import groupby

from kpidesk.storage.errors import storage_errors

CHUNK = 10_000  # rows per executemany

Key = tuple[int, int, int]  # node, rep, day as a proleptic ordinal


class ScratchKeys:
    """The distinct keys added, counted in SQL."""

    def __init__(self) -> None:
        self._db = sqlite3.connect("")
        self._db.execute(
            "CREATE TABLE seen (node INTEGER, rep INTEGER, day INTEGER,"
            " PRIMARY KEY (node, rep, day)) WITHOUT ROWID"
        )
        self._pending: list[Key] = []

    def add(self, key: Key) -> None:
        self._pending.append(key)
        if len(self._pending) >= CHUNK:
            self._flush()

    def count(self) -> int:
        self._flush()
        with storage_errors():
            return self._db.execute("SELECT count(*) FROM seen").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def _flush(self) -> None:
        with storage_errors():
            self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)", self._pending)
        self._pending.clear()


class ScratchRates:
    """Rate rows by key, each with its row number, whether it had a % sign, and its exact
    value as text; read back one key at a time in the order the keys first appeared."""

    def __init__(self) -> None:
        self._db = sqlite3.connect("")
        self._db.execute(
            "CREATE TABLE rate_key (node INTEGER, rep INTEGER, day INTEGER, first_row INTEGER,"
            " PRIMARY KEY (node, rep, day)) WITHOUT ROWID"
        )
        self._db.execute(
            "CREATE TABLE rate_value (node INTEGER, rep INTEGER, day INTEGER,"
            " signed INTEGER, value TEXT)"
        )
        self._pending: list[tuple[int, int, int, int, bool, str]] = []

    def add(self, row: int, key: Key, signed: bool, value: str) -> None:
        self._pending.append((*key, row, signed, value))
        if len(self._pending) >= CHUNK:
            self._flush()

    def grouped(self) -> Iterator[tuple[int, Key, list[tuple[bool, str]]]]:
        """(first row, key, [(signed, value text), …]) for each key, by first row."""
        self._flush()
        with storage_errors():
            yield from self._grouped()

    def _grouped(self) -> Iterator[tuple[int, Key, list[tuple[bool, str]]]]:
        rows = self._db.execute(
            "SELECT k.first_row, k.node, k.rep, k.day, v.signed, v.value"
            " FROM rate_key AS k JOIN rate_value AS v"
            " ON v.node = k.node AND v.rep = k.rep AND v.day = k.day"
            " ORDER BY k.first_row"
        )
        for (first, node, rep, day), values in groupby(rows, key=lambda r: r[:4]):
            yield first, (node, rep, day), [(bool(v[4]), v[5]) for v in values]

    def close(self) -> None:
        self._db.close()

    def _flush(self) -> None:
        pending = self._pending
        with storage_errors():
            self._db.executemany(
                "INSERT OR IGNORE INTO rate_key VALUES (?, ?, ?, ?)", [p[:4] for p in pending]
            )
            self._db.executemany(
                "INSERT INTO rate_value VALUES (?, ?, ?, ?, ?)",
                [(*p[:3], p[4], p[5]) for p in pending],
            )
        pending.clear()
