"""PySide6 imported with its .pyi stub writer's patterns left for their first use (never)."""

from __future__ import annotations

import sys

from kpidesk.patterns_when_used import SHIBOKEN_STUB_WRITER, patterns_compiled_when_used


def import_pyside() -> None:
    """Import PySide6 (QtCore), unless it is imported already: shiboken's support modules load
    with it, and the stub writer among them compiles two patterns (20-40 ms) it never uses
    here."""
    if "PySide6.QtCore" in sys.modules:
        return
    with patterns_compiled_when_used(SHIBOKEN_STUB_WRITER):
        import PySide6.QtCore  # noqa: F401
