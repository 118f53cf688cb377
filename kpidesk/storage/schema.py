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


@migrations(name="0002_relations_allocation_team")
def _relations_allocation_team(db: Database) -> None:
    db["node"].add_column("split", str, not_null_default="none")
    db["node"].add_column("lower_is_better", int, not_null_default=0)
    db["node"].add_column("weight", str, not_null_default="1")
    db["node"].add_column("formula", str, not_null_default="")
    db.execute("UPDATE node SET split = 'even' WHERE split_by_rep = 1")
    db.execute("ALTER TABLE node DROP COLUMN split_by_rep")
    db["rep"].add_column("capacity", str, not_null_default="1")
    db["plan"].add_column("rounding_policy", str, not_null_default="every_stage")
    db["plan"].add_column("period_start", str)
    db.execute(
        """CREATE TABLE rep_fixed (
            node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
            rep_id INTEGER NOT NULL REFERENCES rep(id) ON DELETE CASCADE,
            amount TEXT NOT NULL,
            PRIMARY KEY (node_id, rep_id)
        )"""
    )


SCHEMA_VERSION = 2  # the number of migrations above; a test holds the two together


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
