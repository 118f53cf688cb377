"""`--screenshot` and the no-display picture: taken once the window has settled, not at its
first paint (the header's business days and the form's pace rows arrive just after it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from time import monotonic

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kpidesk.services.business_calendar import is_loaded

SETTLE_MS = 250  # after the first paint: the deferred loads start 100 ms after it
POLL_MS = 100
GIVE_UP_S = 10.0  # a calendar that never loads does not keep the picture from being taken


def calendar_ready(window) -> bool:
    """The business days of the open plan's period are known (so the header and the pace rows
    show them), or there is no plan or period to show them for."""
    document = window.document
    if document is None:
        return True
    period = document.session.current_period()
    if period is None:
        return True
    return is_loaded(period.first_day) and is_loaded(period.last_day)


def take_when_settled(window, path: str | Path, then: Callable[[], None]) -> None:
    """Save `window` as a PNG at `path` once what it loads after its first paint is shown,
    then call `then`."""
    started = monotonic()

    def attempt() -> None:
        if not calendar_ready(window) and monotonic() - started < GIVE_UP_S:
            QTimer.singleShot(POLL_MS, attempt)
            return
        for _ in range(3):  # the rows and the header repaint from the loaded calendar
            QApplication.processEvents()
        window.grab().save(str(path))
        then()

    QTimer.singleShot(SETTLE_MS, attempt)
