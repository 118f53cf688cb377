"""Modules sqlite-utils imports but KPI Desk's open never uses, executed when first used.

sqlite-utils imports click (for its command line's progress bars) and dateutil's parser (for
its date recipes) at the top of its modules, and uses them only inside functions that KPI Desk
does not call on its way to the window: about 50 ms of a plan's open. `load_when_used` puts a
lazy module in their place (importlib.util.LazyLoader): the module runs at its first attribute
access, as a plain import would have run it.

sqlite-utils also compiles, as its `db` module loads, a case-blind pattern for virtual tables'
names whose character class spans \u0080-\uffff: `re` folds the case of every character in it,
20 ms of a plan's open, for a pattern KPI Desk never uses. `patterns_compiled_when_used` makes
a module's patterns compile at their first use instead.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

DEFERRED = ("dateutil.parser",)


def load_when_used(names: tuple[str, ...] = DEFERRED) -> list[str]:
    """Make each module that is not imported yet load at its first use; the names deferred."""
    deferred = []
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)  # imports a parent package (dateutil: small)
        if spec is None or spec.loader is None:
            continue
        spec.loader = importlib.util.LazyLoader(spec.loader)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
        deferred.append(name)
    return deferred


class PatternWhenUsed:
    """A regular expression compiled the first time it is used, then the compiled one."""

    __slots__ = ("_arguments", "_compiled")

    def __init__(self, pattern, flags: int) -> None:
        self._arguments = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = _compile(*self._arguments)
        return getattr(self._compiled, name)


_compile = re.compile


@contextmanager
def patterns_compiled_when_used(module_name: str) -> Iterator[None]:
    """While a module named `module_name` loads, its `re.compile(...)` calls return patterns
    compiled at their first use; every other module's compile as usual."""

    def compile_later(pattern, flags=0):
        if sys._getframe(1).f_globals.get("__name__") == module_name:
            return PatternWhenUsed(pattern, flags)
        return _compile(pattern, flags)

    re.compile = compile_later
    try:
        yield
    finally:
        re.compile = _compile
