"""Keep PySide6 from reading, and holding, the source text of every module imported after it.

PySide6 (its `__feature__` support, PYSIDE-2029) looks at each Python module imported after it
to see whether the module names PySide6, by `inspect.getsource`; Python's `linecache` then
keeps every line of every such file: for the window's modules, sqlite-utils and pyqtgraph about
500 files, 10–15 MB held for nothing (the lines are read again if a traceback needs them), and
reading them costs 10–20 ms of every start and export.

The answer only matters to a module that selects a feature (`from __feature__ import
snake_case`), and no module here does: `skip_pyside_source_checks` counts every module as one
that may use PySide6, which is PySide6's own default for a module it has not looked at (its
`pyside_feature_dict.get(name, 0)`), so nothing is read. `forget_module_sources` drops what was
kept all the same (where the check could not be replaced, as in the tests, which build the
window without `run_gui`).
"""

from __future__ import annotations

import linecache
import sys

PYSIDE_CHECK = "_mod_uses_pyside"  # in shibokensupport.feature (PySide6 6.11)


def skip_pyside_source_checks() -> bool:
    """Replace PySide6's check with one that reads nothing; False (and nothing changed) when
    this PySide6 has no such check, or it is done already."""
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, PYSIDE_CHECK, None)
    if not callable(check) or getattr(check, "reads_nothing", False):
        return False

    def may_use_pyside(_module) -> bool:
        return True

    may_use_pyside.reads_nothing = True
    setattr(feature, PYSIDE_CHECK, may_use_pyside)
    return True


def forget_module_sources() -> None:
    """Drop the cached lines of source files; call it once a batch of imports is done. Lines
    registered for generated code (no modification time: they cannot be read again) stay."""
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            del linecache.cache[name]
