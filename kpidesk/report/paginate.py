"""Blocks into pages: headings stay with what follows, tables split, nothing overflows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kpidesk.report.blocks import Block

SHORT = 0.4  # a block at most this part of a page is moved whole, never split


@dataclass(frozen=True)
class Placed:
    """A block at `top` (from the top of the content area), `height` tall."""

    block: Block
    top: float
    height: float


def paginate(blocks: Sequence[Block], page_height: float) -> list[list[Placed]]:
    """Lay the blocks out top to bottom on pages of content `page_height` tall."""
    pages: list[list[Placed]] = [[]]
    queue = list(blocks)
    top = 0.0
    while queue:
        block = queue.pop(0)
        if block.new_page and pages[-1]:
            pages.append([])
            top = 0.0
        room = page_height - top
        height = block.height()
        needed = height + _kept_with(block, queue, page_height)
        if needed <= room:
            pages[-1].append(Placed(block, top, height))
            top += height
            continue
        short = height <= page_height * SHORT
        keep_whole = block.keep_with_next or (short and pages[-1])
        fitted, rest = (None, block) if keep_whole else block.split(room)
        if fitted is None and not pages[-1]:
            # taller than a whole page and cannot be split: it gets the page to itself
            fitted, rest = block, None
        if fitted is not None:
            pages[-1].append(Placed(fitted, top, fitted.height()))
        if rest is not None:
            queue.insert(0, rest)
        pages.append([])
        top = 0.0
    if not pages[-1]:
        pages.pop()
    return pages


def _least(block: Block, page_height: float) -> float:
    """The height of the first part of `block` that a page would take."""
    height = block.height()
    return height if height <= page_height * SHORT else block.min_height()


def _kept_with(block: Block, queue: list[Block], page_height: float) -> float:
    """The room that must follow `block` on its page: a heading's next block (a subheading's
    next too, and so on), or as much of it as may stand at the foot of a page."""
    needed = 0.0
    for following in queue:
        if not block.keep_with_next:
            break
        keeps = following.keep_with_next
        needed += following.height() if keeps else _least(following, page_height)
        block = following
    return needed
