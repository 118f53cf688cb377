"""Regular expressions a library compiles as it loads, compiled at their first use instead.

Two libraries compile patterns at import that KPI Desk never uses, in every process:
sqlite-utils' case-blind pattern for virtual tables' names (its character class spans
\\u0080-\\uffff, so `re` folds the case of every character in it: 15-20 ms) and the two
patterns of shiboken's .pyi stub writer, compiled when PySide6 is first imported (20-40 ms;
the stubs are written only when PySide6 is built). `patterns_compiled_when_used` makes the
patterns of the named modules compile at their first use.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

SHIBOKEN_STUB_WRITER = "shibokensupport.signature.lib.pyi_generator"
SHIBOKEN_SIGNATURE_PARSER = "shibokensupport.signature.parser"
_compile = re.compile


SEARCHES = frozenset(
    {"match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "scanner"}
)


class PatternWhenUsed:
    """A regular expression compiled the first time it is used, then the compiled one. Taking
    one of its searches (`split = pattern.split`, as the stub writer's class does) is not a
    use: the search compiles the pattern when it is called."""

    __slots__ = ("_arguments", "_compiled")

    def __init__(self, pattern, flags: int) -> None:
        self._arguments = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = _compile(*self._arguments)
        return self._compiled

    def __getattr__(self, name: str):
        if name.startswith("__") and not hasattr(re.Pattern, name):
            raise AttributeError(name)  # a class's checks (ABCMeta: __isabstractmethod__)
        if self._compiled is None and name in SEARCHES:
            return partial(self.search_named, name)
        return getattr(self.compiled(), name)

    def search_named(self, name: str, *args, **kwargs):
        return getattr(self.compiled(), name)(*args, **kwargs)


@contextmanager
def patterns_compiled_when_used(*module_names: str) -> Iterator[None]:
    """While modules named `module_names` load inside the block, their `re.compile(...)` calls
    return patterns compiled at their first use; every other module's compile as usual."""
    names = frozenset(module_names)

    def compile_later(pattern, flags=0):
        if sys._getframe(1).f_globals.get("__name__") in names:
            return PatternWhenUsed(pattern, flags)
        return _compile(pattern, flags)

    re.compile = compile_later
    try:
        yield
    finally:
        re.compile = _compile

