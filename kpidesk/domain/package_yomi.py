"""A rep's ヨミ in their package: what the rep added, changed and removed since it was sent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kpidesk.domain.yomi import Deal


@dataclass
class DealChanges:
    """The rep's own deals as collecting their package would write them into the plan.

    `added` are new to the plan (their ids are given when loaded); `changed` holds the plan's
    deal (`before`) and the rep's (`after`), the plan's id kept; `removed` are the plan's
    deals the rep deleted from the package.
    """

    added: list[Deal] = field(default_factory=list)
    changed: list[tuple[Deal, Deal]] = field(default_factory=list)
    removed: list[Deal] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def counts(self) -> tuple[int, int, int]:
        return len(self.added), len(self.changed), len(self.removed)


def deal_changes(
    sent: Sequence[Deal], theirs: Sequence[Deal], mine: Sequence[Deal], rep_id: int
) -> DealChanges:
    """Compare the package's deals as `sent` and as the rep has them now (`theirs`) with the
    plan's (`mine`). Every deal of a package is its rep's: one typed without a rep or for
    another is taken as theirs. A deal the rep changed is taken as the rep has it (a rep's
    deals are theirs to rank), even when the plan changed it too; a deal the plan no longer
    has is added again only if the rep changed it, and a removed deal goes only if the plan
    still has it."""
    sent_by_id = {deal.id: deal for deal in sent}
    plan_by_id = {deal.id: deal for deal in mine}
    plan_by_name = {_name_key(deal): deal for deal in mine}
    kept_ids = set()
    changes = DealChanges()
    for deal in theirs:
        deal = replace(deal, rep_id=rep_id)
        was = sent_by_id.get(deal.id)
        if was is None:  # new in the package: a deal the plan lists by now (collected
            listed = plan_by_name.get(_name_key(deal))  # before) is changed, not added twice
            if listed is None:
                changes.added.append(deal)
            elif replace(deal, id=listed.id) != listed:
                changes.changed.append((listed, replace(deal, id=listed.id)))
            continue
        kept_ids.add(deal.id)
        if deal == was:
            continue  # left as sent: the plan's own version stands
        now = plan_by_id.get(deal.id)
        if now is None:
            changes.added.append(deal)
        elif now != deal:
            changes.changed.append((now, deal))
    for deal in sent:
        if deal.id not in kept_ids and deal.id in plan_by_id:
            changes.removed.append(plan_by_id[deal.id])
    return changes


def _name_key(deal: Deal) -> tuple[int, str]:
    """A deal is the same deal by its rep and its name, case and spaces aside (as duplicates
    are found)."""
    return (deal.rep_id, "".join(deal.name.split()).casefold())
