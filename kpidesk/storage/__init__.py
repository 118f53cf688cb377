"""The plan file: SQLite through sqlite-utils. The only package with SQL or table names."""

import sys

# sqlite-utils imports numpy and pandas when they are installed, only to map their scalar
# types to columns; KPI Desk never stores either. Hiding them while sqlite-utils loads keeps
# numpy (about 120 ms) out of start-up: the window paints before anything needs it, and the
# charts import it as usual later.
_hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
for _name in _hidden:
    sys.modules[_name] = None  # type: ignore[assignment]  # "import numpy" raises ImportError
try:
    from kpidesk.patterns_when_used import patterns_compiled_when_used
    from kpidesk.storage.deferred_imports import load_when_used

    load_when_used()  # click and dateutil's parser: sqlite-utils names them, the open does not
    with patterns_compiled_when_used("sqlite_utils.db"):
        import sqlite_utils  # noqa: F401
finally:
    for _name in _hidden:
        del sys.modules[_name]
