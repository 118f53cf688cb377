"""Python's cyclic garbage collection runs on the GUI thread only, on a timer.

Left automatic, a collection starts in whatever thread happens to allocate: the backup worker
or the lock's heartbeat. If it frees a QObject caught in a reference cycle there, Qt's
destructor takes a connection lock and then waits for the GIL, while the GUI thread holds the
GIL and waits for that lock: the window freezes for good (seen in the test suite). pyqtgraph's
GarbageCollector does the same; this one needs no pyqtgraph at start-up.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects, by generation, from the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector for the life of `app` (the QApplication)."""
    return GuiThreadCollector(app)
