"""Write the demo plan (the design brief's worked example) to a new file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from kpidesk.domain.demo import demo_plan
from kpidesk.storage.plan_file import create_plan_file


def write_demo_plan(path: Path | str, label: Callable[[str], str], overwrite: bool = False) -> None:
    """The demo plan, for the current month."""
    create_plan_file(path, demo_plan(label, date.today()), overwrite=overwrite)
