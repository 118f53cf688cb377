"""A rep package (one rep's numbers of one period) and the three-way merge of its actuals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from fractions import Fraction
from typing import NamedTuple

PackageValueKey = tuple[int, date]  # node id, day (the rep is the package's)
E4 = 10_000  # merged values are compared as whole ten-thousandths, as the files keep them


@dataclass(frozen=True)
class PackageHeader:
    """What a package is: its own id, the plan and period it belongs to, its rep, when made."""

    package_id: str
    plan_uuid: str
    plan_name: str
    rep_id: int
    rep_name: str
    period_kind: str
    first_day: date
    last_day: date
    made_at: str  # ISO date and time


@dataclass(frozen=True)
class RepShare:
    """A rep's part of one split KPI: requirement, plan, and pace per week and business day."""

    node_id: int
    required: Fraction | None
    planned: Fraction | None
    per_week: Fraction | None
    per_day: Fraction | None


@dataclass
class PackageActuals:
    """A package's actuals as sent (`base`) and as the rep has them now (`values`), in
    ten-thousandths.

    `foreign` lists rows of the package that are not its rep's (another rep, or a day outside
    its period): a package holding any is refused.
    """

    header: PackageHeader
    base: dict[PackageValueKey, int] = field(default_factory=dict)
    values: dict[PackageValueKey, int] = field(default_factory=dict)
    foreign: list[tuple[int, int, date]] = field(default_factory=list)
    notes: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # node -> note


class MergeKind(Enum):
    NEW = "new"  # no value in the plan; the rep entered one
    CHANGED = "changed"  # the plan still holds what was sent; the rep changed or removed it
    UNCHANGED = "unchanged"  # the same in both, or the rep left it as sent
    CONFLICT = "conflict"  # both changed it since the package was made, differently


class MergeItem(NamedTuple):
    """One value of a package: the plan's now, the package's now, and as it was sent (in
    ten-thousandths; the properties give them as numbers). A named tuple: a collect of
    200 packages makes 150,000 of them."""

    node_id: int
    day: date
    kind: MergeKind
    mine_e4: int | None
    theirs_e4: int | None
    base_e4: int | None

    @property
    def mine(self) -> Fraction | None:
        return _number(self.mine_e4)

    @property
    def theirs(self) -> Fraction | None:
        return _number(self.theirs_e4)

    @property
    def base(self) -> Fraction | None:
        return _number(self.base_e4)


def _number(value: int | None) -> Fraction | None:
    return None if value is None else Fraction(value, E4)


def classify(base: int | None, theirs: int | None, mine: int | None) -> MergeKind:
    """One value three ways: as sent, as the rep has it, as the plan has it."""
    if theirs in (mine, base):
        return MergeKind.UNCHANGED
    if mine == base:
        return MergeKind.NEW if mine is None else MergeKind.CHANGED
    return MergeKind.CONFLICT


def merge_items(package: PackageActuals, mine: dict[PackageValueKey, int]) -> list[MergeItem]:
    """Every value of the package (sent or entered), classified against the plan's `mine`."""
    keys = sorted(set(package.base) | set(package.values), key=lambda k: (k[1], k[0]))
    items = []
    for key in keys:
        base, theirs, own = package.base.get(key), package.values.get(key), mine.get(key)
        items.append(MergeItem(key[0], key[1], classify(base, theirs, own), own, theirs, base))
    return items


@dataclass
class RepPackageContents:
    """Everything a package carries: the tree (with its one rep), the rep's shares and pace,
    their actuals of the period so far, and the period's holidays and closing days."""

    header: PackageHeader
    plan: object  # kpidesk.domain.model.Plan holding only this rep
    shares: list[RepShare]
    actuals: dict[PackageValueKey, Fraction]
    closed_days: dict[date, str]
    holidays: list[date]
    notes: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # node -> cause,
    # action and when the rep wrote them, in this period
    deals: list = field(default_factory=list)  # the rep's own ヨミ (kpidesk.domain.yomi.Deal)
    ranks: dict = field(default_factory=dict)  # the plan's ranks: name -> (position, probability)
