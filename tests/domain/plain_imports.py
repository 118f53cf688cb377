"""Property tests run with Python's own import instead of PySide6's `__feature__` hook.

PySide6 puts a hook in front of `import` for `from __feature__ import ...`, which this app
never uses: every import statement run after it passes through three Python calls, even for a
module already loaded. hypothesis runs three import statements for every value it draws, so
the hook took about a tenth of the domain tests' time. Domain code never imports Qt (see
tests/test_architecture.py): what a test proves does not depend on the hook. A module first
imported while it is off is left out of PySide6's list of modules, which PySide6 treats as a
module that does not use it.
"""

import builtins

import pytest


@pytest.fixture(autouse=True)
def plain_imports():
    """For the test's length: the import PySide6 found, if its hook is the one in place."""
    hook = getattr(builtins, "__feature_import__", None)
    plain = getattr(builtins, "__orig_import__", None)
    if hook is None or plain is None or builtins.__import__ is not hook:
        yield
        return
    builtins.__import__ = plain
    try:
        yield
    finally:
        if builtins.__import__ is plain:  # put back only what was taken away
            builtins.__import__ = hook
