"""The methods @dataclass writes for each class, compiled once and kept for the next process.

Python's dataclasses module writes each class's __init__, __repr__, __eq__, __hash__ and
frozen __setattr__ as source text and compiles it, in every process: for the hundred-odd
dataclasses `kpidesk export` loads, about a seventh of the whole command's CPU time. A
`DataclassCode` stands in for `exec` inside that module: each text is compiled once and its
code object kept in a file of the user's cache folder, read again by the next export. The
text itself is the key, so a class that changed compiles afresh; the file is marked with
Python's bytecode magic number, and anything else in it is ignored.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType

APP_FOLDER = Path("KPI Desk") / "KPI Desk"  # organisation / application, as Qt names it
MAGIC = importlib.util.MAGIC_NUMBER  # code objects are read only by the Python that wrote them


def default_store() -> Path:
    """The file in the app's cache folder (as Qt's CacheLocation): $XDG_CACHE_HOME or
    ~/.cache, %LOCALAPPDATA%, ~/Library/Caches."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        base = base / APP_FOLDER / "cache"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches" / APP_FOLDER
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_FOLDER
    return base / f"dataclass-code-{sys.implementation.cache_tag}.bin"


class DataclassCode:
    """Compiled dataclass methods, from `store` and from this process."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self._kept = _read(store)
        self._used: dict[str, CodeType] = {}
        self.compiled = 0  # texts compiled in this process

    def install(self) -> None:
        """From now on, the dataclasses module's `exec` is this object's."""
        dataclasses.exec = self.exec  # a module global shadows the built-in

    def uninstall(self) -> None:
        if dataclasses.__dict__.get("exec") == self.exec:
            del dataclasses.exec

    def exec(self, source, globals=None, locals=None):
        """What `exec` does, with a text's code object compiled only once."""
        if not isinstance(source, str):
            return builtins.exec(source, globals, locals)
        code = self._kept.get(source)
        if code is None:
            # as exec compiles it there: without this module's `from __future__` flags
            code = compile(source, "<string>", "exec", dont_inherit=True)
            self.compiled += 1
        self._used[source] = code
        globals = vars(dataclasses) if globals is None else globals
        return builtins.exec(code, globals, locals)

    def save(self) -> None:
        """Keep what this process used for the next one, when anything was compiled anew:
        the file holds one run's methods, so it never grows. A cache: when it cannot be
        written, the next process compiles again."""
        if not self.compiled:
            return
        from kpidesk.services.file_writing import write_bytes_atomically

        try:
            self.store.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomically(self.store, MAGIC + marshal.dumps(self._used))
        except (OSError, ValueError):
            pass


def _read(store: Path) -> dict[str, CodeType]:
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
    return {
        text: code
        for text, code in kept.items()
        if isinstance(text, str) and isinstance(code, CodeType)
    }
