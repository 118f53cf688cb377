"""The plan as data: KPI nodes in a tree under the KGI, and the team's reps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from fractions import Fraction


class Unit(StrEnum):
    """What a node's numbers count."""

    CURRENCY = "currency"
    COUNT = "count"
    PERCENT = "percent"
    DAYS = "days"
    OTHER = "other"


class Relation(StrEnum):
    """How a node's value follows from its children's."""

    PRODUCT = "product"
    SUM = "sum"
    WEIGHTED_SUM = "weighted_sum"
    QUOTIENT = "quotient"
    FORMULA = "formula"
    INPUT = "input"


class Split(StrEnum):
    """How a node's team figure is shared across the reps."""

    NONE = "none"
    EVEN = "even"
    CAPACITY = "capacity"


class RoundingPolicy(StrEnum):
    """Whether counts round up at every stage of the tree, or only the figures shown."""

    EVERY_STAGE = "every_stage"
    AT_END = "at_end"


class Rounding(StrEnum):
    """How computed requirements are rounded; AUTO picks by unit."""

    AUTO = "auto"
    UP = "up"
    DOWN = "down"
    NEAREST = "nearest"
    NONE = "none"


@dataclass(frozen=True)
class Node:
    """One KPI (or the KGI at the root). Percent values are fractions: 20 % is 1/5."""

    id: int
    parent_id: int | None
    position: int
    name: str
    unit: Unit = Unit.COUNT
    unit_label: str = ""
    relation: Relation = Relation.INPUT
    target: Fraction | None = None
    plan: Fraction | None = None
    solve_for: bool = False
    rounding: Rounding = Rounding.AUTO
    split: Split = Split.NONE
    lower_is_better: bool = False
    weight: Fraction = Fraction(1)
    formula: str = ""

    @property
    def is_root(self) -> bool:
        return self.parent_id is None

    @property
    def split_by_rep(self) -> bool:
        return self.split is not Split.NONE

    @property
    def effective_rounding(self) -> Rounding:
        if self.rounding is not Rounding.AUTO:
            return self.rounding
        return Rounding.UP if self.unit is Unit.COUNT else Rounding.NONE

    def with_changes(self, **changes: object) -> Node:
        return replace(self, **changes)


TEAM = 0  # the rep id of figures entered for the team as a whole, never a real rep's id


@dataclass(frozen=True)
class Rep:
    """A member of the team that KPIs can be split across."""

    id: int
    name: str
    position: int
    active: bool = True
    capacity: Fraction = Fraction(1)


@dataclass(frozen=True)
class PlanHeader:
    """The plan's own settings."""

    name: str
    rounding_policy: RoundingPolicy = RoundingPolicy.EVERY_STAGE
    period_start: date | None = None  # the first day of the current period
    period_kind: str = "month"  # a kpidesk.domain.periods.PeriodKind value
    fiscal_start_month: int = 4
    on_track_at: Fraction = Fraction(1)  # progress at or above this is on track
    at_risk_below: Fraction = Fraction(9, 10)  # progress below this is at risk


@dataclass
class Plan:
    """The whole plan: nodes by id with the tree's shape, and the reps."""

    name: str
    nodes: dict[int, Node] = field(default_factory=dict)
    reps: list[Rep] = field(default_factory=list)
    rounding_policy: RoundingPolicy = RoundingPolicy.EVERY_STAGE
    fixed: dict[tuple[int, int], Fraction] = field(default_factory=dict)  # (node, rep) -> amount
    period_start: date | None = None
    period_kind: str = "month"
    fiscal_start_month: int = 4
    on_track_at: Fraction = Fraction(1)
    at_risk_below: Fraction = Fraction(9, 10)
    smart: dict = field(default_factory=dict)  # node id -> kpidesk.domain.smart.SmartRecord

    def __post_init__(self) -> None:
        self._children: dict[int | None, list[int]] | None = None

    def _child_index(self) -> dict[int | None, list[int]]:
        if self._children is None:
            index: dict[int | None, list[int]] = {}
            for node in sorted(self.nodes.values(), key=lambda n: (n.position, n.id)):
                index.setdefault(node.parent_id, []).append(node.id)
            self._children = index
        return self._children

    def children_of(self, node_id: int | None) -> list[Node]:
        return [self.nodes[i] for i in self._child_index().get(node_id, ())]

    def child_ids(self, node_id: int | None) -> Sequence[int]:
        """The ids of a node's children in order, as the plan keeps them (read, never change)."""
        return self._child_index().get(node_id, ())

    def has_children(self, node_id: int) -> bool:
        return bool(self._child_index().get(node_id))

    @property
    def header(self) -> PlanHeader:
        return PlanHeader(
            self.name,
            self.rounding_policy,
            self.period_start,
            self.period_kind,
            self.fiscal_start_month,
            self.on_track_at,
            self.at_risk_below,
        )

    @property
    def active_reps(self) -> list[Rep]:
        return [rep for rep in self.reps if rep.active]

    @property
    def root(self) -> Node | None:
        roots = self.children_of(None)
        return roots[0] if roots else None

    @property
    def active_rep_count(self) -> int:
        return sum(1 for rep in self.reps if rep.active)

    def subtree_ids(self, node_id: int) -> list[int]:
        """The node and all its descendants, parents before children."""
        ids = [node_id]
        for current in ids:
            ids.extend(child.id for child in self.children_of(current))
        return ids

    def tree_order(self) -> list[int]:
        """Every node depth first, as the tree shows them: each child right under its parent."""
        root = self.root
        if root is None:
            return []
        ordered, stack = [], [root.id]
        while stack:
            node_id = stack.pop()
            ordered.append(node_id)
            stack.extend(reversed(self._child_index().get(node_id, ())))
        return ordered

    def with_nodes(self, changed: dict[int, Node | None]) -> Plan:
        """A new plan with some nodes replaced (None removes one); this plan is left as it is.

        The tree's shape index is shared when no node moved, appeared or went.
        """
        nodes = dict(self.nodes)
        same_shape = True
        for node_id, node in changed.items():
            old = nodes.get(node_id)
            if node is None:
                nodes.pop(node_id, None)
            else:
                nodes[node_id] = node
            if (
                old is None
                or node is None
                or (old.parent_id, old.position)
                != (
                    node.parent_id,
                    node.position,
                )
            ):
                same_shape = False
        plan = replace(
            self, nodes=nodes, reps=list(self.reps), fixed=dict(self.fixed), smart=dict(self.smart)
        )
        if same_shape:
            plan._children = self._children
        return plan

    def ancestors(self, node_id: int) -> list[Node]:
        chain = []
        parent_id = self.nodes[node_id].parent_id
        while parent_id is not None:
            chain.append(self.nodes[parent_id])
            parent_id = self.nodes[parent_id].parent_id
        return chain
