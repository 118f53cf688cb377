"""Modules sqlite-utils imports but KPI Desk's open never uses, executed when first used.

sqlite-utils imports click (for its command line's progress bars) and dateutil's parser (for
its date recipes) at the top of its modules, and uses them only inside functions that KPI Desk
does not call on its way to the window: about 50 ms of a plan's open. `load_when_used` puts a
lazy module in their place (importlib.util.LazyLoader): the module runs at its first attribute
access, as a plain import would have run it.
"""

from __future__ import annotations

import importlib.util
import sys

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
