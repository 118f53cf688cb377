"""The tables and columns the current schema writes, each column as (declared type, not
null): what a plan file must hold. Written out, not made by running every migration on an
empty database when a plan opens (10 ms of every open); a test holds it to the migrations."""

from __future__ import annotations

SCHEMA_SHAPE: dict[str, dict[str, tuple[str, bool]]] = {
    "_sqlite_migrations": {
        "id": ("INTEGER", True),
        "migration_set": ("TEXT", False),
        "name": ("TEXT", False),
        "applied_at": ("TEXT", False),
    },
    "plan": {
        "id": ("INTEGER", True),
        "name": ("TEXT", True),
        "rounding_policy": ("TEXT", True),
        "period_start": ("TEXT", False),
        "period_kind": ("TEXT", True),
        "fiscal_start_month": ("INTEGER", True),
        "on_track_at": ("TEXT", True),
        "at_risk_below": ("TEXT", True),
    },
    "node": {
        "id": ("INTEGER", True),
        "parent_id": ("INTEGER", False),
        "position": ("INTEGER", True),
        "name": ("TEXT", True),
        "unit": ("TEXT", True),
        "unit_label": ("TEXT", True),
        "relation": ("TEXT", True),
        "target": ("TEXT", False),
        "plan": ("TEXT", False),
        "solve_for": ("INTEGER", True),
        "rounding": ("TEXT", True),
        "split": ("TEXT", True),
        "lower_is_better": ("INTEGER", True),
        "weight": ("TEXT", True),
        "formula": ("TEXT", True),
    },
    "rep": {
        "id": ("INTEGER", True),
        "name": ("TEXT", True),
        "position": ("INTEGER", True),
        "active": ("INTEGER", True),
        "capacity": ("TEXT", True),
    },
    "rep_fixed": {
        "node_id": ("INTEGER", True),
        "rep_id": ("INTEGER", True),
        "amount": ("TEXT", True),
    },
    "period": {
        "id": ("INTEGER", True),
        "kind": ("TEXT", True),
        "first_day": ("TEXT", True),
        "last_day": ("TEXT", True),
        "frozen": ("INTEGER", True),
    },
    "period_value": {
        "period_id": ("INTEGER", True),
        "node_id": ("INTEGER", True),
        "node_name": ("TEXT", True),
        "target": ("TEXT", False),
        "plan": ("TEXT", False),
        "required": ("TEXT", False),
    },
    "actual": {
        "node_id": ("INTEGER", True),
        "rep_id": ("INTEGER", True),
        "day": ("TEXT", True),
        "value_e4": ("INTEGER", True),
        "batch_id": ("INTEGER", False),
    },
    "import_batch": {
        "id": ("INTEGER", True),
        "file_key": ("TEXT", True),
        "file_name": ("TEXT", True),
        "imported_at": ("TEXT", True),
        "row_count": ("INTEGER", True),
    },
    "closed_day": {
        "day": ("TEXT", True),
        "note": ("TEXT", True),
    },
    "smart": {
        "node_id": ("INTEGER", True),
        "owner": ("TEXT", True),
        "definition": ("TEXT", True),
        "source": ("TEXT", True),
        "ticks": ("TEXT", True),
        "notes": ("TEXT", True),
    },
    "review": {
        "id": ("INTEGER", True),
        "cadence": ("TEXT", True),
        "held_on": ("TEXT", True),
        "first_day": ("TEXT", True),
        "last_day": ("TEXT", True),
        "period_start": ("TEXT", False),
        "notes": ("TEXT", True),
    },
    "review_kpi": {
        "review_id": ("INTEGER", True),
        "position": ("INTEGER", True),
        "node_id": ("INTEGER", True),
        "parent_id": ("INTEGER", False),
        "name": ("TEXT", True),
        "unit": ("TEXT", True),
        "unit_label": ("TEXT", True),
        "target": ("TEXT", False),
        "actual": ("TEXT", False),
        "achievement": ("TEXT", False),
        "progress": ("TEXT", False),
        "forecast": ("TEXT", False),
        "status": ("TEXT", True),
        "smart": ("INTEGER", False),
        "gap": ("TEXT", False),
    },
    "review_item": {
        "review_id": ("INTEGER", True),
        "node_id": ("INTEGER", True),
        "cause": ("TEXT", True),
        "action": ("TEXT", True),
        "owner": ("TEXT", True),
        "due": ("TEXT", False),
        "done": ("INTEGER", True),
    },
    "target_revision": {
        "id": ("INTEGER", True),
        "node_id": ("INTEGER", True),
        "period_start": ("TEXT", True),
        "day": ("TEXT", True),
        "before": ("TEXT", False),
        "after": ("TEXT", False),
        "reason": ("TEXT", True),
    },
    "period_reopening": {
        "id": ("INTEGER", True),
        "period_id": ("INTEGER", True),
        "reopened_on": ("TEXT", True),
        "reason": ("TEXT", True),
        "closed_on": ("TEXT", False),
    },
    "app_meta": {
        "key": ("TEXT", True),
        "value": ("TEXT", True),
    },
    "plan_identity": {
        "id": ("INTEGER", True),
        "uuid": ("TEXT", True),
    },
    "actual_source": {
        "node_id": ("INTEGER", True),
        "rep_id": ("INTEGER", True),
        "day": ("TEXT", True),
        "kind": ("TEXT", True),
        "name": ("TEXT", True),
        "entered_at": ("TEXT", True),
    },
    "rep_note": {
        "period_start": ("TEXT", True),
        "rep_id": ("INTEGER", True),
        "node_id": ("INTEGER", True),
        "cause": ("TEXT", True),
        "action": ("TEXT", True),
        "entered_at": ("TEXT", True),
    },
    "yomi_deal": {
        "id": ("INTEGER", True),
        "name": ("TEXT", True),
        "rep_id": ("INTEGER", True),
        "amount": ("TEXT", False),
        "close_date": ("TEXT", False),
        "rank": ("TEXT", True),
        "probability": ("TEXT", False),
        "note": ("TEXT", True),
        "state": ("TEXT", True),
    },
    "yomi_rank": {
        "name": ("TEXT", True),
        "position": ("INTEGER", True),
        "probability": ("TEXT", True),
    },
    "yomi_seen": {
        "review_id": ("INTEGER", True),
        "id": ("INTEGER", True),
        "name": ("TEXT", True),
        "rep_id": ("INTEGER", True),
        "amount": ("TEXT", False),
        "close_date": ("TEXT", False),
        "rank": ("TEXT", True),
        "probability": ("TEXT", False),
        "note": ("TEXT", True),
        "state": ("TEXT", True),
    },
    "frozen_total": {
        "period_id": ("INTEGER", True),
        "node_id": ("INTEGER", True),
        "rep_id": ("INTEGER", True),
        "high": ("INTEGER", True),
        "low": ("INTEGER", True),
    },
    "yomi_tie": {
        "id": ("INTEGER", True),
        "node_id": ("INTEGER", True),
    },
}


def migrated_shape() -> dict[str, dict[str, tuple[str, bool]]]:
    """The shape every migration makes of an empty database: what SCHEMA_SHAPE must be."""
    from sqlite_utils import Database

    from kpidesk.storage.schema import migrate

    db = Database(memory=True, execute_plugins=False)
    migrate(db)
    shape = {}
    for table in db.table_names():
        rows = db.execute(f"PRAGMA table_info([{table}])").fetchall()
        shape[table] = {row[1]: (row[2].upper(), bool(row[3] or row[5])) for row in rows}
    return shape
