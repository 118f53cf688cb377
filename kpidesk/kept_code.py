"""Source text every `kpidesk export` or window start compiles alike, compiled once and kept.

Two kinds of text are compiled afresh in every process, though they never change between two
runs of one installation: the methods Python's dataclasses module writes for each class
(__init__, __repr__, __eq__, __hash__, frozen __setattr__: about 520 texts for the classes the
export loads) and the support modules shiboken embeds in its library and compiles when PySide6
is imported (14 modules, 150 KB). Under callgrind that is about a fifth of the command's
instructions. A `KeptCode` stands in for `exec` inside the dataclasses module and for the
built-in `compile`: each text is compiled once, and its code object is kept in a file of the
user's cache folder for the next export (the window's start keeps a file of its own). The
text (with the file name, mode and compiler flags) is the key, so anything that changed
compiles afresh; the file is marked with Python's bytecode magic number, and a file that is
not as written is ignored and replaced.
"""

from __future__ import annotations
import __future__

import builtins
import dataclasses
import importlib.util
import marshal
import os
import sys
from functools import reduce
from pathlib import Path
from types import CodeType

APP_FOLDER = Path("KPI Desk") / "KPI Desk"  # organisation / application, as Qt names it
MAGIC = importlib.util.MAGIC_NUMBER  # code objects are read only by the Python that wrote them
# the compiler flags compile() takes over from its caller's code when dont_inherit is False
FUTURE_FLAGS = reduce(
    int.__or__, (getattr(__future__, name).compiler_flag for name in __future__.all_feature_names)
)
ONLY_AST = 0x400  # ast.PyCF_ONLY_AST: compile() returns a syntax tree, not code
_compile = builtins.compile


def default_store(kind: str = "compiled-code") -> Path | None:
    """The file in the app's cache folder (as Qt's CacheLocation): $XDG_CACHE_HOME or
    ~/.cache, %LOCALAPPDATA%, ~/Library/Caches; None when there is no home folder to put it
    in (never a path relative to the folder the command runs in). Each `kind` of process
    (the export, the window) has a file of its own: one holds one run's code."""
    try:
        if sys.platform == "win32":
            base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
            base = base / APP_FOLDER / "cache"
        elif sys.platform == "darwin":
            base = Path.home() / "Library" / "Caches" / APP_FOLDER
        else:
            xdg = Path(os.environ.get("XDG_CACHE_HOME") or "")
            base = (xdg if xdg.is_absolute() else Path.home() / ".cache") / APP_FOLDER
    except RuntimeError:  # Path.home(): no $HOME and no user database entry
        return None
    if not base.is_absolute():
        return None
    return base / f"{kind}-{sys.implementation.cache_tag}.bin"


class KeptCode:
    """Compiled code objects, from `store` (if any) and from this process."""

    def __init__(self, store: Path | None) -> None:
        self.store = store
        self._kept = {} if store is None else _read(store)
        self._used: dict[object, CodeType] = {}
        self.compiled = 0  # texts compiled in this process

    def install(self) -> None:
        """From now on, the dataclasses module's `exec` and the built-in `compile` are this
        object's."""
        dataclasses.exec = self.exec  # a module global shadows the built-in
        builtins.compile = self.compile

    def uninstall(self) -> None:
        if dataclasses.__dict__.get("exec") == self.exec:
            del dataclasses.exec
        if builtins.compile == self.compile:
            builtins.compile = _compile

    def exec(self, source, globals=None, locals=None):
        """What `exec` does in the dataclasses module, with a text compiled only once."""
        if isinstance(source, str):
            # as exec compiles it there: that module has no `from __future__` flags
            source = self._code(source, source, "<string>", "exec", 0, -1)
        globals = vars(dataclasses) if globals is None else globals
        return builtins.exec(source, globals, locals)

    def compile(self, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **more):
        """What the built-in `compile` does, with a text compiled only once."""
        if not dont_inherit:  # the caller's future flags, as compile() takes them
            flags |= sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        if not isinstance(source, (str, bytes)) or flags & ONLY_AST or more:
            return _compile(source, filename, mode, flags, True, optimize, **more)
        level = sys.flags.optimize if optimize == -1 else optimize
        key = (source, os.fsdecode(filename), mode, flags, level)
        return self._code(key, source, filename, mode, flags, optimize)

    def _code(self, key, source, filename, mode, flags, optimize) -> CodeType:
        code = self._kept.get(key)
        if code is None:
            code = _compile(source, filename, mode, flags, True, optimize)
            self.compiled += 1
        self._used[key] = code
        return code

    def save_and_uninstall(self) -> None:
        """For the window: keep what its start compiled, then give `exec` and `compile` back,
        so that nothing after the start (a dialog's first import) passes through this object."""
        self.save()
        self.uninstall()

    def save(self) -> None:
        """Keep what this process used for the next one, when anything was compiled anew or
        the file holds code this run did not use: the file holds one run's code, so it never
        grows. (A first run whose modules had no .pyc yet also kept their compiled sources,
        which every later run, loading the .pyc, would otherwise read for nothing.) A cache:
        when it cannot be written, the next process compiles again."""
        if self.store is None or not (self.compiled or self._kept.keys() - self._used.keys()):
            return
        from kpidesk.services.file_writing import write_bytes_atomically

        try:
            self.store.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomically(self.store, MAGIC + marshal.dumps(self._used))
        except (OSError, ValueError):
            pass


def _read(store: Path) -> dict[object, CodeType]:
    """The kept code objects; none when the file is missing, from another Python, or damaged."""
    try:
        data = store.read_bytes()
        if not data.startswith(MAGIC):
            return {}
        kept = marshal.loads(data[len(MAGIC) :])
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(kept, dict):
        return {}
    return {key: code for key, code in kept.items() if isinstance(code, CodeType)}
