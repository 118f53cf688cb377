"""Test set-up: offscreen Qt before any Qt import, private settings, compiled translations."""

import atexit
import gc
import os
import shutil
import sqlite3
import sys
import tempfile
import uuid
from contextlib import closing, contextmanager

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Compiled modules are kept, as an installed app keeps them: under PYTHONDONTWRITEBYTECODE every
# worker and every process a test starts compiled the app's modules again (about 7 % of a run)
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
# The run speaks English whatever the developer's locale (a test that needs Japanese asks for
# it): under LANGUAGE=ja or LC_ALL=ja_JP the commands' messages came out in Japanese
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
RAM_DISK, RAM_DISK_ROOM = "/dev/shm", 2 << 30  # a run's files take a few hundred MB at most


def _room_on(folder: str) -> int:
    """Free bytes on `folder`'s file system, 0 when it cannot be used."""
    if not (os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK)):
        return 0
    stats = os.statvfs(folder)
    return stats.f_bavail * stats.f_frsize


if _room_on(RAM_DISK) >= RAM_DISK_ROOM:  # not a container's 64 MB /dev/shm
    # every test file (tmp_path, tempfile, the processes tests start) goes to RAM: the plan's
    # fsyncs and backups cost nothing there; tests that need a disk of their own mount one
    os.environ["TMPDIR"] = RAM_DISK
    tempfile.tempdir = None  # read TMPDIR again
_home = tempfile.mkdtemp(prefix="kpidesk-tests-")
atexit.register(shutil.rmtree, _home, True)  # a script that imports this module leaves none
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")  # kpidesk export's kept code

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from kpidesk.qt_import import import_pyside  # noqa: E402

import_pyside()  # as the app loads it: shiboken's unused patterns left uncompiled
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402

# CI runs the same examples every time; a developer's run explores new ones.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from kpidesk.domain.demo import demo_plan  # noqa: E402
from kpidesk.services import clock  # noqa: E402
from kpidesk.storage.plan_file import create_plan_file  # noqa: E402


def pytest_collection_finish(session):
    """What collection imported lives as long as the run: frozen out of the garbage collector,
    whose later passes (the window's collector, pytest's own at the end) then scan only what
    the tests make."""
    gc.collect()
    gc.freeze()


def pytest_unconfigure(config):
    """The run's settings and backups go with it (each xdist worker has its own)."""
    shutil.rmtree(_home, ignore_errors=True)


def english_label(key: str) -> str:
    return {
        "plan": "Sales team plan (demo)",
        "revenue": "Revenue",
        "deals": "Deals",
        "unit_price": "Unit price",
        "prospects": "Prospects",
        "close_rate": "Close rate",
        "rep": "Rep",
    }[key]


TEST_DAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    """The app believes it is TEST_DAY, so that whether a period is under way (and a target
    change a revision) does not depend on the day the tests run."""
    monkeypatch.setattr(clock, "today", lambda: TEST_DAY)
    return TEST_DAY


@pytest.fixture
def demo():
    """The worked example as a domain Plan, with English names."""
    return demo_plan(english_label)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo plan file made once per test process, for `demo_file` to copy."""
    path = tmp_path_factory.mktemp("template") / "demo.kpidesk"
    create_plan_file(path, demo_plan(english_label))
    return path


def plan_copy(template: Path, path: Path) -> Path:
    """`template`'s bytes at `path` with an identity of its own, as create_plan_file makes it
    (a copy takes a twentieth of the CPU of making the plan again)."""
    shutil.copyfile(template, path)
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("PRAGMA synchronous = OFF")  # a test's file: no need to wait for the disk
        db.execute("UPDATE plan_identity SET uuid = ?", [uuid.uuid4().hex])
    return path


@contextmanager
def on_test_day():
    """The app believes it is TEST_DAY inside the block, as in every test (`fixed_day`): for
    templates made once per module or session, before any test's own fixtures run."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "today", lambda: TEST_DAY)
        yield


@pytest.fixture
def demo_file(tmp_path, demo_template) -> Path:
    """A fresh demo plan file, copied from the template."""
    return plan_copy(demo_template, tmp_path / "demo.kpidesk")


@pytest.fixture(scope="session")
def november_template(demo_template, tmp_path_factory) -> Path:
    """The demo plan set to November 2026 with a few actuals (team_fixtures.november_plan),
    made once per test process for `november_file` to copy."""
    from tests.services.team_fixtures import november_plan

    path = plan_copy(demo_template, tmp_path_factory.mktemp("november") / "demo.kpidesk")
    with on_test_day():
        november_plan(path)
    return path


@pytest.fixture
def november_file(tmp_path, november_template) -> Path:
    """A fresh copy of the November plan, for the team package tests."""
    return plan_copy(november_template, tmp_path / "demo.kpidesk")


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory) -> dict[str, Path]:
    """The hostile import files (tests/hostile_files.py), written once per test process: the
    tests only read them, and check that they stay as they were."""
    from tests.hostile_files import build

    return build(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(autouse=True)
def _closed_widgets_are_deleted(qapp):
    """pytest-qt closes each test's widgets and asks for their deletion, which only an event
    loop carries out: delete them now, or every later test's events pass through the
    application-wide event filters of every window made before."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication_from_the_start(qapp):
    """Commands run in-process would create a plain QCoreApplication, and Qt allows one
    application per process: make it the QApplication the GUI tests need, before any test.
    At the end the clipboard is handed over as the app does when it quits (a QMimeData made in
    Python crashes PySide6 6.11 when the application is torn down). Garbage is collected on
    the GUI thread, as in the app: a collection in the backup worker once froze the run."""
    from kpidesk.ui.gui_thread_gc import collect_on_gui_thread

    collect_on_gui_thread(qapp)
    yield qapp
    from kpidesk.ui import clipboard_handoff

    clipboard_handoff.hand_over()
