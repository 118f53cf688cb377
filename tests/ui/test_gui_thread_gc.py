"""Garbage in reference cycles is freed on the GUI thread, never in a worker thread: a Qt object
destroyed by a collection in the backup worker froze the whole window once."""

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject

from kpidesk.ui.gui_thread_gc import INTERVAL_MS
from tests.ui.whole_start import run_python


class _Cycle:
    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self
        self.qobject = QObject()

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.current_thread().name)


def test_a_cycle_made_garbage_is_freed_on_the_gui_thread_even_when_a_worker_allocates(qtbot):
    assert not gc.isenabled()  # the app (and this run) collect on a timer instead
    _Cycle.freed_in.clear()
    _Cycle()

    kept = []

    def allocate() -> None:  # enough new objects that an automatic collection would start here
        kept.extend([i] for i in range(gc.get_threshold()[0] * 20))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert _Cycle.freed_in == []
    qtbot.waitUntil(lambda: _Cycle.freed_in != [], timeout=INTERVAL_MS * 5)
    assert _Cycle.freed_in == [threading.main_thread().name]
    assert len(kept) > gc.get_threshold()[0]


def test_the_window_process_collects_nothing_on_its_own_from_its_start(tmp_path):
    # not even while PySide6 loads, before the application object and its collector exist: no
    # worker runs yet, but about 25 automatic collections there took 5 ms of every start
    child = run_python(
        [
            "-c",
            "import gc; from kpidesk.app import prepare_window_process;"
            " prepare_window_process(); print(gc.isenabled())",
        ],
        tmp_path,
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.split() == ["False"]
