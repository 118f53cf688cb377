"""The window showing a plan paints before what only a menu or another tab needs is imported:
a rep's package window, collecting packages, printing and the meeting report load when asked."""

import json

from tests.ui.whole_start import run_python

CHILD = """
import json, os, sys
from kpidesk.app import run_gui
from kpidesk.ui import startup

LATER = (
    "kpidesk.ui.rep_window", "kpidesk.ui.yomi_page", "kpidesk.ui.actuals_grid",
    "kpidesk.services.rep_collect", "kpidesk.report", "PySide6.QtPrintSupport",
)

def first_paint():
    loaded = sorted(
        name for name in sys.modules
        if any(name == later or name.startswith(later + ".") for later in LATER)
    )
    print(json.dumps([loaded, "kpidesk.ui.plan_document" in sys.modules]), flush=True)
    os._exit(0)

def open_window(*args):
    window = opened(*args)
    startup.FirstPaintWatcher(window, first_paint)
    return window

opened, startup.open_window = startup.open_window, open_window
run_gui(sys.argv[1:])
"""


def test_the_plan_paints_before_its_menus_dialogs_and_other_tabs_are_imported(
    demo_file, tmp_path
):
    child = run_python(["-c", CHILD, str(demo_file), "--lang", "en"], tmp_path)
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout.splitlines()[-1]) == [[], True]


KEPT = """
import os, sys
from kpidesk import kept_code
from kpidesk.app import run_gui

saved = kept_code.KeptCode.save

def save_and_leave(self):  # called once the window showing the plan has painted
    saved(self)
    print(self.compiled, flush=True)
    os._exit(0)

kept_code.KeptCode.save = save_and_leave
run_gui(sys.argv[1:])
"""


def test_the_second_start_compiles_nothing_the_first_compiled(demo_file, tmp_path, monkeypatch):
    """The dataclasses' methods and shiboken's support modules, compiled alike by every start,
    are kept in a file of the window's own in the cache folder for the next start."""
    import sys

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "cache" / "KPI Desk" / "KPI Desk"
    compiled = []
    for _run in (1, 2):
        child = run_python(["-c", KEPT, str(demo_file), "--lang", "en"], tmp_path)
        assert child.returncode == 0, child.stderr
        compiled.append(int(child.stdout.splitlines()[-1]))
    assert compiled[0] > 300 and compiled[1] == 0
    assert [path.name for path in folder.iterdir()] == [
        f"window-code-{sys.implementation.cache_tag}.bin"  # the export's file is its own
    ]
