"""Keep PySide6 from holding the source text of every module imported after it.

PySide6 (its `__feature__` support, PYSIDE-2029) looks at each Python module imported after it
to see whether the module names PySide6, by `inspect.getsource`; Python's `linecache` then
keeps every line of every such file: for the window's modules, sqlite-utils and pyqtgraph about
500 files, 10–15 MB held for nothing (the lines are read again if a traceback needs them).

`read_sources_without_keeping` gives PySide6 the same answer from the file's bytes, keeping
nothing (also quicker); `forget_module_sources` drops what was kept all the same (where the
check could not be replaced, as in the tests, which build the window without `run_gui`).
"""

from __future__ import annotations

import linecache
import sys

PYSIDE_CHECK = "_mod_uses_pyside"  # in shibokensupport.feature (PySide6 6.11)


def read_sources_without_keeping() -> bool:
    """Replace PySide6's check with one that reads the module's .py file and keeps nothing;
    False (and nothing changed) when this PySide6 has no such check, or it is done already."""
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, PYSIDE_CHECK, None)
    if not callable(check) or getattr(check, "keeps_no_lines", False):
        return False

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return check(module)  # a built-in or compiled module: PySide6's own answer
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return check(module)

    uses_pyside.keeps_no_lines = True
    setattr(feature, PYSIDE_CHECK, uses_pyside)
    return True


def forget_module_sources() -> None:
    """Drop the cached lines of source files; call it once a batch of imports is done. Lines
    registered for generated code (no modification time: they cannot be read again) stay."""
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            del linecache.cache[name]
