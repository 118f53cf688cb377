"""What moved in the ヨミ between two reviews: slipped, pulled in, won, lost, new, dropped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from kpidesk.domain.yomi import Deal, DealState


class Move(StrEnum):
    NEW = "new"
    WON = "won"
    LOST = "lost"
    SLIPPED = "slipped"  # its close date moved later
    PULLED_IN = "pulled_in"  # its close date moved earlier
    DROPPED = "dropped"  # taken off the list


@dataclass(frozen=True)
class DealMove:
    """One deal's movement; `before` is None for a new deal, `after` None for a dropped one."""

    move: Move
    before: Deal | None
    after: Deal | None


def moves_since(before: Sequence[Deal], after: Sequence[Deal]) -> list[DealMove]:
    """How the list moved from the last review's ヨミ (`before`) to now (`after`), by deal id.

    A deal open then and won or lost since is WON or LOST; one still open whose close date
    moved is SLIPPED (later) or PULLED_IN (earlier). Deals that did not move are not listed.
    Ordered as the list is now, dropped deals last.
    """
    then = {deal.id: deal for deal in before}
    moves: list[DealMove] = []
    for deal in after:
        old = then.pop(deal.id, None)
        move = _move(old, deal)
        if move is not None:
            moves.append(DealMove(move, old, deal))
    moves.extend(DealMove(Move.DROPPED, old, None) for old in then.values())
    return moves


def _move(old: Deal | None, new: Deal) -> Move | None:
    if old is None:
        return Move.NEW
    if old.state is DealState.OPEN and new.state is DealState.WON:
        return Move.WON
    if old.state is DealState.OPEN and new.state is DealState.LOST:
        return Move.LOST
    if new.state is DealState.OPEN and old.close_date and new.close_date:
        if new.close_date > old.close_date:
            return Move.SLIPPED
        if new.close_date < old.close_date:
            return Move.PULLED_IN
    return None
