"""The window paints before anything its first paint does not need is imported."""

import json
import os
import subprocess
import sys

CHILD = """
import json, os, sys
from kpidesk.app import run_gui

def first_paint():
    wanted = ("numpy", "pyqtgraph", "pandas", "openpyxl", "yaml")
    print(json.dumps(sorted(name for name in wanted if name in sys.modules)), flush=True)
    os._exit(0)

run_gui([sys.argv[1]], on_first_paint=first_paint)
"""


def test_numpy_and_pyqtgraph_are_not_loaded_before_the_window_paints(demo_file, tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout.splitlines()[-1]) == []
