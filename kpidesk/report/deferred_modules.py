"""Modules a dependency imports but `kpidesk export` never uses, loaded only if they are used."""

from __future__ import annotations

import importlib.util
import sys

# sqlite-utils' recipes import dateutil's date parser (with its time zones: about 20 ms of CPU
# here) for `sqlite-utils convert`; nothing KPI Desk reads goes through them
DEFERRED = ("dateutil.parser",)


def defer_unused_modules(names: tuple[str, ...] = DEFERRED) -> list[str]:
    """Put each submodule in `names` in place unloaded: its code runs when an attribute of it
    is first read. Returns the names deferred (not those loaded already, or not installed).

    `from package import module` then takes the module without reading from it, because it is
    set on its package too; a plain `import package.module` would load it at once.
    """
    deferred = []
    for name in names:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)
        except ImportError:
            continue
        if spec is None or spec.loader is None:
            continue
        spec.loader = importlib.util.LazyLoader(spec.loader)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        package, _, attribute = name.rpartition(".")
        if package:
            setattr(sys.modules[package], attribute, module)
        deferred.append(name)
    return deferred
