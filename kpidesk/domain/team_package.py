"""A rep package (one rep's numbers of one period) and the three-way merge of its actuals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from fractions import Fraction

PackageValueKey = tuple[int, date]  # node id, day (the rep is the package's)


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
    """A package's actuals as sent (`base`) and as the rep has them now (`values`).

    `foreign` lists rows of the package that are not its rep's (another rep, or a day outside
    its period): a package holding any is refused.
    """

    header: PackageHeader
    base: dict[PackageValueKey, Fraction] = field(default_factory=dict)
    values: dict[PackageValueKey, Fraction] = field(default_factory=dict)
    foreign: list[tuple[int, int, date]] = field(default_factory=list)


class MergeKind(Enum):
    NEW = "new"  # no value in the plan; the rep entered one
    CHANGED = "changed"  # the plan still holds what was sent; the rep changed or removed it
    UNCHANGED = "unchanged"  # the same in both, or the rep left it as sent
    CONFLICT = "conflict"  # both changed it since the package was made, differently


@dataclass(frozen=True)
class MergeItem:
    node_id: int
    day: date
    kind: MergeKind
    mine: Fraction | None  # the plan's value now
    theirs: Fraction | None  # the package's value now
    base: Fraction | None  # the value when the package was made


def classify(
    base: Fraction | None, theirs: Fraction | None, mine: Fraction | None
) -> MergeKind:
    """One value three ways: as sent, as the rep has it, as the plan has it."""
    if theirs in (mine, base):
        return MergeKind.UNCHANGED
    if mine == base:
        return MergeKind.NEW if mine is None else MergeKind.CHANGED
    return MergeKind.CONFLICT


def merge_items(
    package: PackageActuals, mine: dict[PackageValueKey, Fraction]
) -> list[MergeItem]:
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
