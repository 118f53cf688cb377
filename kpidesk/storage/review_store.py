"""Reviews with their frozen snapshots and action items, and the history of target revisions."""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction

from sqlite_utils import Database

from kpidesk.domain.numbers import from_text, to_text
from kpidesk.domain.review import (
    ActionItem,
    Cadence,
    GapPart,
    GapRecord,
    KpiSnapshot,
    Review,
    TargetRevision,
)
from kpidesk.storage.rows import insert_row, upsert_row


class ReviewStore:
    """Reads and writes reviews and revisions (inside the caller's transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reviews ------------------------------------------------------------------

    def reviews(self) -> list[Review]:
        snapshots: dict[int, list[KpiSnapshot]] = {}
        for row in self.db.query("SELECT * FROM review_kpi ORDER BY review_id, position"):
            snapshots.setdefault(row["review_id"], []).append(_snapshot(row))
        items: dict[int, list[ActionItem]] = {}
        for row in self.db.query("SELECT * FROM review_item ORDER BY review_id, node_id"):
            items.setdefault(row["review_id"], []).append(_item(row))
        return [
            Review(
                id=row["id"],
                cadence=Cadence(row["cadence"]),
                held_on=date.fromisoformat(row["held_on"]),
                first_day=date.fromisoformat(row["first_day"]),
                last_day=date.fromisoformat(row["last_day"]),
                snapshot=tuple(snapshots.get(row["id"], ())),
                items=tuple(items.get(row["id"], ())),
                notes=row["notes"],
                period_start=_day(row["period_start"]),
            )
            for row in self.db.query("SELECT * FROM review ORDER BY held_on, id")
        ]

    def put_review(self, review: Review, with_snapshot: bool) -> None:
        """Write the review's words; the snapshot only when the review is first written."""
        upsert_row(
            self.db,
            "review",
            {
                "id": review.id,
                "cadence": review.cadence.value,
                "held_on": review.held_on.isoformat(),
                "first_day": review.first_day.isoformat(),
                "last_day": review.last_day.isoformat(),
                "period_start": review.period_start.isoformat() if review.period_start else None,
                "notes": review.notes,
            },
            ["id"],
        )
        if with_snapshot:
            self.db.conn.executemany(
                "INSERT INTO review_kpi VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(review.id, i, *_snapshot_row(k)) for i, k in enumerate(review.snapshot)],
            )
        self.db.execute("DELETE FROM review_item WHERE review_id = ?", [review.id])
        self.db.conn.executemany(
            "INSERT INTO review_item VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    review.id,
                    i.node_id,
                    i.cause,
                    i.action,
                    i.owner,
                    i.due.isoformat() if i.due else None,
                    int(i.done),
                )
                for i in review.items
            ],
        )

    def delete_review(self, review_id: int) -> None:
        self.db.execute("DELETE FROM review WHERE id = ?", [review_id])

    def next_review_id(self) -> int:
        return _next_id(self.db, "review")

    # -- target revisions ---------------------------------------------------------

    def revisions(self) -> list[TargetRevision]:
        return [
            TargetRevision(
                row["id"],
                row["node_id"],
                date.fromisoformat(row["period_start"]),
                date.fromisoformat(row["day"]),
                from_text(row["before"]),
                from_text(row["after"]),
                row["reason"],
            )
            for row in self.db.query("SELECT * FROM target_revision ORDER BY day, id")
        ]

    def put_revision(self, revision: TargetRevision) -> None:
        insert_row(
            self.db,
            "target_revision",
            {
                "id": revision.id,
                "node_id": revision.node_id,
                "period_start": revision.period_start.isoformat(),
                "day": revision.day.isoformat(),
                "before": _text(revision.before),
                "after": _text(revision.after),
                "reason": revision.reason,
            },
        )

    def delete_revision(self, revision_id: int) -> None:
        self.db.execute("DELETE FROM target_revision WHERE id = ?", [revision_id])

    def next_revision_id(self) -> int:
        return _next_id(self.db, "target_revision")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _next_id(db: Database, table: str) -> int:
    rows = list(db.query(f"SELECT COALESCE(MAX(id), 0) + 1 AS next FROM {table}"))
    return rows[0]["next"]


def _text(value: Fraction | None) -> str | None:
    return None if value is None else to_text(value)


def _snapshot_row(kpi: KpiSnapshot) -> tuple:
    gap = None
    if kpi.gap is not None:
        gap = json.dumps(
            {
                "planned": to_text(kpi.gap.planned),
                "actual": to_text(kpi.gap.actual),
                "parts": [[p.node_id, p.name, to_text(p.amount)] for p in kpi.gap.parts],
                "other": to_text(kpi.gap.other),
                "pro_rated": kpi.gap.pro_rated,
                "lower_is_better": kpi.gap.lower_is_better,
            },
            ensure_ascii=False,
        )
    return (
        kpi.node_id,
        kpi.parent_id,
        kpi.name,
        kpi.unit,
        kpi.unit_label,
        _text(kpi.target),
        _text(kpi.actual),
        _text(kpi.achievement),
        _text(kpi.progress),
        _text(kpi.forecast),
        kpi.status,
        None if kpi.smart is None else int(kpi.smart),
        gap,
    )


def _gap(text: str | None) -> GapRecord | None:
    if not text:
        return None
    gap = json.loads(text)
    return GapRecord(
        planned=Fraction(gap["planned"]),
        actual=Fraction(gap["actual"]),
        parts=tuple(GapPart(i, n, Fraction(a)) for i, n, a in gap["parts"]),
        other=Fraction(gap["other"]),
        pro_rated=gap["pro_rated"],
        lower_is_better=gap["lower_is_better"],
    )


def _snapshot(row: dict) -> KpiSnapshot:
    return KpiSnapshot(
        node_id=row["node_id"],
        parent_id=row["parent_id"],
        name=row["name"],
        unit=row["unit"],
        unit_label=row["unit_label"],
        target=from_text(row["target"]),
        actual=from_text(row["actual"]),
        achievement=from_text(row["achievement"]),
        progress=from_text(row["progress"]),
        forecast=from_text(row["forecast"]),
        status=row["status"],
        smart=None if row["smart"] is None else bool(row["smart"]),
        gap=_gap(row["gap"]),
    )


def _item(row: dict) -> ActionItem:
    return ActionItem(
        node_id=row["node_id"],
        cause=row["cause"],
        action=row["action"],
        owner=row["owner"],
        due=_day(row["due"]),
        done=bool(row["done"]),
    )
