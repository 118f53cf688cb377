"""One writer per plan: what the lock, read-only opening, the stale-lock check and a read-only
window's reload cost on a large plan."""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from backup import build  # run as a script from benchmarks/


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def dead_lock(plan: Path) -> None:
    """A lock left by a process that is gone, as kill -9 leaves it."""
    from kpidesk.storage.plan_lock import lock_path_for

    now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    fields = {"user": "x", "host": socket.gethostname(), "pid": 2**22 + 1}
    fields |= {"opened_at": now, "heartbeat_at": now}
    lock_path_for(plan).write_text(json.dumps(fields))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--kpis", type=int, default=30)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kpidesk.services.plan_files import open_plan
    from kpidesk.storage.plan_lock import PlanLock
    from kpidesk.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        plan = build(Path(folder), args.reps, args.kpis, args.days)

        def lock_cycle() -> None:
            lock, _ = PlanLock.acquire(plan)
            lock.release()

        print(f"lock file taken and released:     {median_ms(lock_cycle, 200):8.2f} ms")
        print(
            f"open for editing (lock, checks):  "
            f"{median_ms(lambda: open_plan(plan).close(), args.runs):8.1f} ms"
        )
        print(
            f"open read-only (mode=ro):         "
            f"{median_ms(lambda: open_plan(plan, read_only=True).close(), args.runs):8.1f} ms"
        )

        def stale_open() -> None:
            dead_lock(plan)
            opened = open_plan(plan)
            assert opened.took_over is not None
            opened.close()

        print(f"open after a crash (quick_check): {median_ms(stale_open, args.runs):8.1f} ms")

        app = QApplication.instance() or QApplication([sys.argv[0]])
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        plan.chmod(0o444)  # a plan that cannot be written opens read-only
        assert window.open_file(plan) and window.document.read_only
        reload_ms = median_ms(window.read_only_mode.reload, args.runs)
        print(f"read-only window reload:          {reload_ms:8.1f} ms (+ 400 ms debounce)")
        window.close()
        plan.chmod(0o644)
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
