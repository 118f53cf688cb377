"""Write the demo plan (the design brief's worked example) to a new file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kpidesk.domain.demo import demo_plan
from kpidesk.storage.plan_file import create_plan_file


def write_demo_plan(path: Path | str, label: Callable[[str], str], overwrite: bool = False) -> None:
    create_plan_file(path, demo_plan(label), overwrite=overwrite)
