"""Rows of an open plan file to domain objects and back, one transaction per change."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from kpidesk.domain.model import Node, Plan, Relation, Rep, Rounding, Unit
from kpidesk.domain.numbers import from_text, to_text


class PlanStore:
    """Reads and writes one open plan file."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    def load(self) -> Plan:
        plan_rows = list(self.db.query("SELECT name FROM plan WHERE id = 1"))
        name = plan_rows[0]["name"] if plan_rows else ""
        nodes = {row["id"]: _node_from_row(row) for row in self.db.query("SELECT * FROM node")}
        reps = [_rep_from_row(row) for row in self.db.query("SELECT * FROM rep ORDER BY position")]
        return Plan(name, nodes, reps)

    def write_whole_plan(self, plan: Plan) -> None:
        with self.transaction():
            self.set_plan_name(plan.name)
            for node_id in plan.subtree_ids(plan.root.id) if plan.root else []:
                self.put_node(plan.nodes[node_id])
            for rep in plan.reps:
                self.put_rep(rep)

    def set_plan_name(self, name: str) -> None:
        self.db.execute(
            "INSERT INTO plan (id, name) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET name = ?",
            [name, name],
        )

    def put_node(self, node: Node) -> None:
        self.db["node"].upsert(_node_to_row(node), pk="id")

    def delete_node(self, node_id: int) -> None:
        self.db.execute("DELETE FROM node WHERE id = ?", [node_id])

    def put_rep(self, rep: Rep) -> None:
        self.db["rep"].upsert(_rep_to_row(rep), pk="id")

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
        "split_by_rep": int(node.split_by_rep),
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
        split_by_rep=bool(row["split_by_rep"]),
    )


def _rep_to_row(rep: Rep) -> dict:
    return {"id": rep.id, "name": rep.name, "position": rep.position, "active": int(rep.active)}


def _rep_from_row(row: dict) -> Rep:
    return Rep(row["id"], row["name"], row["position"], bool(row["active"]))
