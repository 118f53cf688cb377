"""Write the demo plan (the design brief's worked example) to a new file, or a fresh copy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kpidesk.domain.demo import demo_plan
from kpidesk.services import clock
from kpidesk.storage.plan_file import create_plan_file
from kpidesk.storage.plan_lock import read_owner

DEMO_COPIES_KEPT = 3


def write_demo_plan(path: Path | str, label: Callable[[str], str], overwrite: bool = False) -> None:
    """The demo plan, for the current month."""
    create_plan_file(path, demo_plan(label, clock.today()), overwrite=overwrite)


def fresh_demo_copy(folder: Path | str, label: Callable[[str], str], now: datetime) -> Path:
    """A new demo plan in `folder`, named by `now`, in the language of `label`: every opening of
    the demo starts from the worked example, whatever was tried in an earlier copy. Older copies
    beyond the last few are removed, unless a KPI Desk still has one open."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"demo-{now:%Y%m%d-%H%M%S}"
    path = folder / f"{stem}.kpidesk"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}.kpidesk"
    write_demo_plan(path, label)
    _remove_old_copies(folder, keep=path)
    return path


def _remove_old_copies(folder: Path, keep: Path) -> None:
    copies = sorted(folder.glob("demo-*.kpidesk"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [p for p in copies if p != keep][DEMO_COPIES_KEPT - 1 :]:
        if read_owner(old) is None:  # nobody has it open
            old.unlink(missing_ok=True)
