"""Collecting a rep's package brings their ヨミ back: the deals they added, changed, removed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kpidesk.domain.package_yomi import DealChanges, deal_changes
from kpidesk.domain.yomi import Deal
from kpidesk.services.changes import Edit, YomiEdit
from kpidesk.services.yomi_service import deals_of, next_deal_id
from kpidesk.storage.package_yomi_store import read_package_deals
from kpidesk.storage.yomi_store import DEAL

if TYPE_CHECKING:
    from kpidesk.services.plan_session import PlanSession


def package_deal_changes(path: Path, plan_deals: Sequence[Deal], rep_id: int) -> DealChanges:
    """What collecting the package at `path` would do to the plan's ヨミ (`plan_deals`)."""
    sent, theirs = read_package_deals(path)
    return deal_changes(sent, theirs, plan_deals, rep_id)


def deal_edits(session: PlanSession, previews: Sequence) -> list[Edit]:
    """The edit that loads the previewed packages' deals, compared again with the plan's
    deals as they are now (an edit made since the preview is not undone)."""
    mine = deals_of(session)
    new_id = next_deal_id(session)
    current = {deal.id: deal for deal in mine}
    before: dict[tuple, Deal] = {}
    after: dict[tuple, Deal] = {}
    for preview in (p for p in previews if not p.refusal):
        changes = package_deal_changes(preview.path, mine, preview.header.rep_id)
        for _was, deal in changes.changed:
            before[(DEAL, deal.id)] = current[deal.id]
            after[(DEAL, deal.id)] = deal
        for deal in changes.removed:
            before[(DEAL, deal.id)] = current[deal.id]
        for deal in changes.added:
            after[(DEAL, new_id)] = replace(deal, id=new_id)
            new_id += 1
    return [YomiEdit(before, after)] if before or after else []
