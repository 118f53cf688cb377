"""pyqtgraph's copies of QtCore, QtGui and QtWidgets, filled name by name as pyqtgraph uses them.

PySide6 makes each Qt class the first time it is asked for (lazy loading, since 6.7).
pyqtgraph, as it loads, copies every name of the three modules into mirror modules of its own
(`pyqtgraph.Qt._copy_attrs`), which makes every class and enum of them: about a third of the
CPU of `import pyqtgraph`, for the hundreds of classes a chart never uses. Here the mirrors are
in place before pyqtgraph loads, each taking a name from PySide6 the first time it is asked
for (and keeping it), and the copy finds nothing to copy.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager

import PySide6.QtCore
import PySide6.QtGui
import PySide6.QtWidgets

SOURCES = {
    "QtCore": PySide6.QtCore,
    "QtGui": PySide6.QtGui,
    "QtWidgets": PySide6.QtWidgets,
}


def _mirror(name: str, source: types.ModuleType) -> types.ModuleType:
    mirror = types.ModuleType(f"pyqtgraph.Qt.{name}", source.__doc__)
    mirror.__path__ = []  # a package, as pyqtgraph's own (empty) mirror is

    def take(attribute: str):
        value = getattr(source, attribute)  # AttributeError as PySide6 raises it
        setattr(mirror, attribute, value)  # asked once: later reads find it in the mirror
        return value

    mirror.__getattr__ = take
    return mirror


@contextmanager
def mirrors_filled_when_used() -> Iterator[None]:
    """While pyqtgraph loads inside the block: its Qt mirrors take each name when it is first
    used, and the PySide6 modules list no name for it to copy."""
    hidden = {}
    for name, source in SOURCES.items():
        sys.modules.setdefault(f"pyqtgraph.Qt.{name}", _mirror(name, source))
        hidden[source] = source.__dict__.get("__dir__")
        source.__dir__ = list  # dir(module) → []: `_copy_attrs` copies nothing
    try:
        yield
    finally:
        for source, listing in hidden.items():
            if listing is None:
                del source.__dir__
            else:
                source.__dir__ = listing
