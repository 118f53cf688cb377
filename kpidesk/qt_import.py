"""PySide6 imported with its support modules' patterns left for their first use."""

from __future__ import annotations

import sys

from kpidesk.patterns_when_used import (
    SHIBOKEN_SIGNATURE_PARSER,
    SHIBOKEN_STUB_WRITER,
    patterns_compiled_when_used,
)


def import_pyside() -> None:
    """Import PySide6 (QtCore), unless it is imported already: shiboken's support modules load
    with it, and its .pyi stub writer and signature parser compile patterns (35-55 ms) that
    are used only when stubs are written or a signature is read."""
    if "PySide6.QtCore" in sys.modules:
        return
    with patterns_compiled_when_used(SHIBOKEN_STUB_WRITER, SHIBOKEN_SIGNATURE_PARSER):
        import PySide6.QtCore  # noqa: F401
