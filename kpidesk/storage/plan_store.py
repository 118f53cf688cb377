"""Rows of an open plan file to domain objects and back, one transaction per change."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from fractions import Fraction

from sqlite_utils import Database

from kpidesk.domain.model import (
    Node,
    Plan,
    PlanHeader,
    Relation,
    Rep,
    Rounding,
    RoundingPolicy,
    Split,
    Unit,
)
from kpidesk.domain.numbers import from_text, to_text
from kpidesk.storage import app_versions
from kpidesk.storage.rows import upsert_row
from kpidesk.storage.smart_store import SmartStore
from kpidesk.storage.transactions import BUSY_TIMEOUT, write_transaction


class PlanStore:
    """Reads and writes one open plan file."""

    def __init__(self, db: Database, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.db = db
        self._version_recorded = False
        self.set_busy_timeout(busy_timeout)

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another program's write to finish before giving up."""
        self.db.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction holding the write lock from its start (see write_transaction);
        the session's first write also records which KPI Desk saved the file."""
        with write_transaction(self.db):
            yield
            if not self._version_recorded:
                app_versions.record(self.db, app_versions.LAST_WRITTEN_BY)
        self._version_recorded = True

    def load(self) -> Plan:
        header = self.load_header()
        nodes = {row["id"]: _node_from_row(row) for row in self.db.query("SELECT * FROM node")}
        reps = [_rep_from_row(row) for row in self.db.query("SELECT * FROM rep ORDER BY position")]
        fixed = {
            (row["node_id"], row["rep_id"]): Fraction(row["amount"])
            for row in self.db.query("SELECT * FROM rep_fixed")
        }
        plan = Plan(header.name, nodes, reps, fixed=fixed, smart=SmartStore(self.db).all())
        _apply_header(plan, header)
        return plan

    def load_header(self) -> PlanHeader:
        rows = list(self.db.query("SELECT * FROM plan WHERE id = 1"))
        if not rows:
            return PlanHeader("")
        row = rows[0]
        period = date.fromisoformat(row["period_start"]) if row["period_start"] else None
        return PlanHeader(
            row["name"],
            RoundingPolicy(row["rounding_policy"]),
            period,
            row["period_kind"],
            row["fiscal_start_month"],
            Fraction(row["on_track_at"]),
            Fraction(row["at_risk_below"]),
        )

    def write_whole_plan(self, plan: Plan) -> None:
        with self.transaction():
            self.put_header(plan.header)
            for node_id in plan.subtree_ids(plan.root.id) if plan.root else []:
                self.put_node(plan.nodes[node_id])
            for rep in plan.reps:
                self.put_rep(rep)
            for (node_id, rep_id), amount in plan.fixed.items():
                self.put_fixed(node_id, rep_id, amount)
            for node_id, record in plan.smart.items():
                SmartStore(self.db).put(node_id, record)

    def put_header(self, header: PlanHeader) -> None:
        upsert_row(
            self.db,
            "plan",
            {
                "id": 1,
                "name": header.name,
                "rounding_policy": header.rounding_policy.value,
                "period_start": header.period_start.isoformat() if header.period_start else None,
                "period_kind": header.period_kind,
                "fiscal_start_month": header.fiscal_start_month,
                "on_track_at": to_text(header.on_track_at),
                "at_risk_below": to_text(header.at_risk_below),
            },
            ["id"],
        )

    def put_fixed(self, node_id: int, rep_id: int, amount: Fraction | None) -> None:
        """A rep's fixed share of a node; None removes it."""
        if amount is None:
            self.db.execute(
                "DELETE FROM rep_fixed WHERE node_id = ? AND rep_id = ?", [node_id, rep_id]
            )
            return
        self.db.execute(
            "INSERT INTO rep_fixed (node_id, rep_id, amount) VALUES (?, ?, ?) "
            "ON CONFLICT(node_id, rep_id) DO UPDATE SET amount = excluded.amount",
            [node_id, rep_id, to_text(amount)],
        )

    def put_node(self, node: Node) -> None:
        upsert_row(self.db, "node", _node_to_row(node), ["id"])

    def delete_node(self, node_id: int) -> None:
        self.db.execute("DELETE FROM node WHERE id = ?", [node_id])

    def put_rep(self, rep: Rep) -> None:
        upsert_row(self.db, "rep", _rep_to_row(rep), ["id"])

    def delete_rep(self, rep_id: int) -> None:
        self.db.execute("DELETE FROM rep WHERE id = ?", [rep_id])


def _node_to_row(node: Node) -> dict:
    return {
        "id": node.id,
        "parent_id": node.parent_id,
        "position": node.position,
        "name": node.name,
        "unit": node.unit.value,
        "unit_label": node.unit_label,
        "relation": node.relation.value,
        "target": None if node.target is None else to_text(node.target),
        "plan": None if node.plan is None else to_text(node.plan),
        "solve_for": int(node.solve_for),
        "rounding": node.rounding.value,
        "split": node.split.value,
        "lower_is_better": int(node.lower_is_better),
        "weight": to_text(node.weight),
        "formula": node.formula,
    }


def _node_from_row(row: dict) -> Node:
    return Node(
        id=row["id"],
        parent_id=row["parent_id"],
        position=row["position"],
        name=row["name"],
        unit=Unit(row["unit"]),
        unit_label=row["unit_label"],
        relation=Relation(row["relation"]),
        target=from_text(row["target"]),
        plan=from_text(row["plan"]),
        solve_for=bool(row["solve_for"]),
        rounding=Rounding(row["rounding"]),
        split=Split(row["split"]),
        lower_is_better=bool(row["lower_is_better"]),
        weight=Fraction(row["weight"]),
        formula=row["formula"],
    )


def _rep_to_row(rep: Rep) -> dict:
    return {
        "id": rep.id,
        "name": rep.name,
        "position": rep.position,
        "active": int(rep.active),
        "capacity": to_text(rep.capacity),
    }


def _rep_from_row(row: dict) -> Rep:
    return Rep(
        row["id"], row["name"], row["position"], bool(row["active"]), Fraction(row["capacity"])
    )


def _apply_header(plan: Plan, header: PlanHeader) -> None:
    for name, value in header.__dict__.items():
        setattr(plan, name, value)
