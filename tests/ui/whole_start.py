"""Run KPI Desk's start in a process of its own, offscreen, with settings in a temporary folder."""

import os
import subprocess
import sys
from pathlib import Path


def run_python(arguments: list[str], folder: Path) -> subprocess.CompletedProcess:
    """`python ARGUMENTS` offscreen, its Qt settings and data under `folder`; output as text."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
    )
    return subprocess.run(
        [sys.executable, *arguments], env=env, capture_output=True, text=True, timeout=120
    )
