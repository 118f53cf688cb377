"""Schema of a .kpidesk file and its migrations, identified by application id and version."""

from __future__ import annotations

import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kpidesk.storage import app_versions, frozen_total_store

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


@migrations(name="0003_periods_actuals")
def _periods_actuals(db: Database) -> None:
    db.execute(
        """CREATE TABLE period (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            frozen INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE UNIQUE INDEX period_start ON period(first_day)")
    # A frozen period keeps each KPI's target and plan as they were; the KPI may go later.
    db.execute(
        """CREATE TABLE period_value (
            period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,
            node_id INTEGER NOT NULL,
            node_name TEXT NOT NULL,
            target TEXT,
            plan TEXT,
            required TEXT,
            PRIMARY KEY (period_id, node_id)
        )"""
    )
    # Actuals keep their KPI's id without a foreign key: deleting a KPI and undoing it must
    # not lose years of daily figures. Values are stored in ten-thousandths so that SQLite
    # sums them exactly; rep_id 0 is the team as a whole.
    db.execute(
        """CREATE TABLE actual (
            node_id INTEGER NOT NULL,
            rep_id INTEGER NOT NULL DEFAULT 0,
            day TEXT NOT NULL,
            value_e4 INTEGER NOT NULL,
            batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
            PRIMARY KEY (node_id, rep_id, day)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX actual_day ON actual(day)")
    db.execute(
        """CREATE TABLE import_batch (
            id INTEGER PRIMARY KEY,
            file_key TEXT NOT NULL,
            file_name TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            row_count INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE TABLE closed_day (day TEXT PRIMARY KEY, note TEXT NOT NULL DEFAULT '')")
    db["plan"].add_column("period_kind", str, not_null_default="month")
    db["plan"].add_column("fiscal_start_month", int, not_null_default=4)
    db["plan"].add_column("on_track_at", str, not_null_default="1")
    db["plan"].add_column("at_risk_below", str, not_null_default="0.9")


@migrations(name="0004_smart")
def _smart(db: Database) -> None:
    # What makes a KPI SMART beyond its numbers, and the user's own ticks and notes per
    # criterion (JSON objects keyed by criterion).
    db.execute(
        """CREATE TABLE smart (
            node_id INTEGER PRIMARY KEY REFERENCES node(id) ON DELETE CASCADE,
            owner TEXT NOT NULL DEFAULT '',
            definition TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            ticks TEXT NOT NULL DEFAULT '{}',
            notes TEXT NOT NULL DEFAULT '{}'
        )"""
    )


@migrations(name="0005_reviews_revisions")
def _reviews_revisions(db: Database) -> None:
    db.execute(
        """CREATE TABLE review (
            id INTEGER PRIMARY KEY,
            cadence TEXT NOT NULL,
            held_on TEXT NOT NULL,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            period_start TEXT,
            notes TEXT NOT NULL DEFAULT ''
        )"""
    )
    # The snapshot is written once with its review and never updated: later edits to the
    # plan must not rewrite what the team saw. Names are copied for the same reason.
    db.execute(
        """CREATE TABLE review_kpi (
            review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            node_id INTEGER NOT NULL,
            parent_id INTEGER,
            name TEXT NOT NULL,
            unit TEXT NOT NULL,
            unit_label TEXT NOT NULL,
            target TEXT,
            actual TEXT,
            achievement TEXT,
            progress TEXT,
            forecast TEXT,
            status TEXT NOT NULL,
            smart INTEGER,
            gap TEXT,
            PRIMARY KEY (review_id, node_id)
        )"""
    )
    db.execute(
        """CREATE TABLE review_item (
            review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
            node_id INTEGER NOT NULL,
            cause TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            done INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (review_id, node_id)
        )"""
    )
    # Revisions keep their KPI's id without a foreign key, like actuals: the history of a
    # KPI deleted and restored by undo must come back with it.
    db.execute(
        """CREATE TABLE target_revision (
            id INTEGER PRIMARY KEY,
            node_id INTEGER NOT NULL,
            period_start TEXT NOT NULL,
            day TEXT NOT NULL,
            before TEXT,
            after TEXT,
            reason TEXT NOT NULL
        )"""
    )


@migrations(name="0006_period_reopening")
def _period_reopening(db: Database) -> None:
    # A closed period reopened with the day and the reason; closed_on is the day it was
    # closed again (NULL while it is open). Its period_value rows are never touched.
    db.execute(
        """CREATE TABLE period_reopening (
            id INTEGER PRIMARY KEY,
            period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,
            reopened_on TEXT NOT NULL,
            reason TEXT NOT NULL,
            closed_on TEXT
        )"""
    )


@migrations(name="0007_app_versions")
def _app_versions(db: Database) -> None:
    # Which KPI Desk brought the file to its format and which last saved an edit, so that an
    # older KPI Desk can name the version a plan needs.
    app_versions.create_table(db)


@migrations(name="0008_team_packages")
def _team_packages(db: Database) -> None:
    # A stable id of the plan that rep packages carry back (a copy of the file is the same
    # plan), and who entered each actual and when: the manager, a rep package, an import.
    db.execute(
        """CREATE TABLE plan_identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            uuid TEXT NOT NULL
        )"""
    )
    db.execute("INSERT INTO plan_identity (id, uuid) VALUES (1, ?)", [uuid.uuid4().hex])
    db.execute(
        """CREATE TABLE actual_source (
            node_id INTEGER NOT NULL,
            rep_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            entered_at TEXT NOT NULL,
            PRIMARY KEY (node_id, rep_id, day)
        ) WITHOUT ROWID"""
    )


@migrations(name="0009_actual_by_node_and_day")
def _actual_by_node_and_day(db: Database) -> None:
    # A KPI's days in a period (the charts, progress): the primary key serves only its node_id
    # part, so years of history were read for one month; this reads that month's rows only.
    db.execute("CREATE INDEX actual_node_day ON actual(node_id, day)")


@migrations(name="0010_rep_notes")
def _rep_notes(db: Database) -> None:
    # A rep's cause and action on a KPI in a period, written in their package and collected.
    db.execute(
        """CREATE TABLE rep_note (
            period_start TEXT NOT NULL,
            rep_id INTEGER NOT NULL,
            node_id INTEGER NOT NULL,
            cause TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL DEFAULT '',
            entered_at TEXT NOT NULL,
            PRIMARY KEY (period_start, rep_id, node_id)
        )"""
    )


@migrations(name="0011_yomi")
def _yomi(db: Database) -> None:
    # The ヨミ list (deals expected to close), the plan's own ranks (none: A/B/C 90/50/10 %),
    # and the list as each review saw it on its day, so the next review can say what moved.
    deal_columns = """id INTEGER NOT NULL,
            name TEXT NOT NULL,
            rep_id INTEGER NOT NULL,
            amount TEXT,
            close_date TEXT,
            rank TEXT NOT NULL DEFAULT '',
            probability TEXT,
            note TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'open'"""
    db.execute(f"CREATE TABLE yomi_deal ({deal_columns}, PRIMARY KEY (id))")
    db.execute(
        """CREATE TABLE yomi_rank (
            name TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            probability TEXT NOT NULL
        )"""
    )
    db.execute(
        f"CREATE TABLE yomi_seen (review_id INTEGER NOT NULL, {deal_columns},"
        " PRIMARY KEY (review_id, id))"
    )


@migrations(name="0012_frozen_totals")
def _frozen_totals(db: Database) -> None:
    # Each frozen period's actual totals, summed when it freezes: opening a plan with years of
    # closed months read every month's rows twice (SMART record, trend), seconds at 800k rows.
    db.execute(frozen_total_store.CREATE)
    frozen_total_store.keep_every_frozen_period(db)


@migrations(name="0013_yomi_tie")
def _yomi_tie(db: Database) -> None:
    # The KPI the ヨミ list forecasts when it is not the KGI (a money or count KPI, chosen in
    # the Pipeline tab); no row: the KGI.
    db.execute(
        "CREATE TABLE yomi_tie (id INTEGER PRIMARY KEY CHECK (id = 1), node_id INTEGER NOT NULL)"
    )


SCHEMA_VERSION = 13  # the number of migrations above; a test holds the two together


def migrate(db: Database) -> None:
    """Bring a file up to SCHEMA_VERSION and stamp it as a KPI Desk plan.

    A file that is already current is not written at all, so opening a plan leaves it as it was.
    """
    if migrations.pending(db):
        migrations.apply(db)
        app_versions.record(db, app_versions.SCHEMA_WRITTEN_BY)
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
