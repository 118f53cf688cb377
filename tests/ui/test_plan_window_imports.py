"""The window showing a plan paints before what only a menu or another tab needs is imported:
a rep's package window, collecting packages, printing and the meeting report load when asked.
A second start compiles nothing the first compiled."""

import json
import sys

import pytest

from tests.conftest import plan_copy
from tests.ui.whole_start import run_python

# One child does both checks: at the window's first paint it prints what was imported, and when
# the compiled code has been kept (a turn of the event loop after that paint) how much it compiled.
CHILD = """
import json, os, sys
from kpidesk import kept_code
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

def open_window(*args):
    window = opened(*args)
    startup.FirstPaintWatcher(window, first_paint)
    return window

saved = kept_code.KeptCode.save

def save_and_leave(self):  # called once the window showing the plan has painted
    saved(self)
    print(self.compiled, flush=True)
    os._exit(0)

opened, startup.open_window = startup.open_window, open_window
kept_code.KeptCode.save = save_and_leave
run_gui(sys.argv[1:])
"""


@pytest.fixture(scope="module")
def two_starts(demo_template, tmp_path_factory) -> list[tuple[list, int]]:
    """Two starts, one after the other, on a copy of the demo plan with a cache folder of their
    own (each a fresh interpreter: that is the point): what each had imported at the window's
    first paint, and how many code objects each compiled."""
    folder = tmp_path_factory.mktemp("starts")
    plan = plan_copy(demo_template, folder / "demo.kpidesk")
    runs = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        for _run in (1, 2):
            child = run_python(["-c", CHILD, str(plan), "--lang", "en"], folder)
            assert child.returncode == 0, child.stderr
            painted, compiled = child.stdout.splitlines()[-2:]
            runs.append((json.loads(painted), int(compiled)))
    assert [path.name for path in (folder / "cache" / "KPI Desk" / "KPI Desk").iterdir()] == [
        f"window-code-{sys.implementation.cache_tag}.bin"  # the export's file is its own
    ]
    return runs


def test_the_plan_paints_before_its_menus_dialogs_and_other_tabs_are_imported(two_starts):
    assert [painted for painted, _compiled in two_starts] == [[[], True]] * 2


def test_the_second_start_compiles_nothing_the_first_compiled(two_starts):
    """The dataclasses' methods and shiboken's support modules, compiled alike by every start,
    are kept in a file of the window's own in the cache folder for the next start."""
    first, second = (compiled for _painted, compiled in two_starts)
    assert first > 300 and second == 0
