"""Schema of a .kpidesk file and its migrations, identified by application id and version."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x4B504944  # "KPID"
migrations = Migrations("kpidesk")


@migrations(name="0001_plan_nodes_reps")
def _initial(db: Database) -> None:
    db.execute(
        """CREATE TABLE plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE node (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES node(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            unit TEXT NOT NULL,
            unit_label TEXT NOT NULL DEFAULT '',
            relation TEXT NOT NULL,
            target TEXT,
            plan TEXT,
            solve_for INTEGER NOT NULL DEFAULT 0,
            rounding TEXT NOT NULL DEFAULT 'auto',
            split_by_rep INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX node_parent ON node(parent_id, position)")
    db.execute(
        """CREATE TABLE rep (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        )"""
    )


SCHEMA_VERSION = 1  # the number of migrations above; a test holds the two together


def migrate(db: Database) -> None:
    """Bring a file up to SCHEMA_VERSION and stamp it as a KPI Desk plan.

    A file that is already current is not written at all, so opening a plan leaves it as it was.
    """
    if migrations.pending(db):
        migrations.apply(db)
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
