"""The window paints before anything its first paint does not need is imported: the light
shell (kpidesk.ui.shell) paints first, and the plan, its storage and its views come after."""

import json

import pytest

from tests.ui.whole_start import run_python

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
    child = run_python(["-c", CHILD, str(demo_file), "--lang", language], tmp_path)
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout.splitlines()[-1]) == []
