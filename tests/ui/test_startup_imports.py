"""The window paints before anything its first paint does not need is imported: the light
shell (kpidesk.ui.shell) paints first, and the plan, its storage and its views come after."""

import json
import os
import subprocess
import sys

import pytest

CHILD = """
import json, os, sys
from kpidesk.app import run_gui

KEPT_OUT = (
    "numpy", "pyqtgraph", "pandas", "openpyxl", "yaml", "sqlite_utils", "sqlite3",
    "dateutil", "jpholiday", "fractions", "decimal",
    "kpidesk.domain", "kpidesk.services", "kpidesk.storage", "kpidesk.report",
    "kpidesk.ui.main_window", "kpidesk.ui.plan_document", "kpidesk.ui.icons",
)

def first_paint():
    loaded = sorted(
        name for name in sys.modules
        if any(name == out or name.startswith(out + ".") for out in KEPT_OUT)
    )
    print(json.dumps(loaded), flush=True)
    os._exit(0)

run_gui(sys.argv[1:], on_first_paint=first_paint)
"""


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_plan_its_storage_and_numpy_are_not_loaded_before_the_window_paints(
    language, demo_file, tmp_path
):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_file), "--lang", language],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout.splitlines()[-1]) == []
