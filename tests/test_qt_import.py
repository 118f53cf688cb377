"""PySide6 loads with the patterns of shiboken's .pyi stub writer left for their first use."""

import subprocess
import sys

CHILD = """
import re
import sys
from kpidesk.qt_import import import_pyside
import_pyside()
from PySide6.QtCore import QObject
writer = sys.modules["shibokensupport.signature.lib.pyi_generator"].Formatter
pattern = writer.brace_searcher
print(pattern._compiled, writer.opt_uni_searcher._compiled)
text = "a, f(b, c)"
real = re.compile(pattern.pattern, pattern.flags)  # .pattern, .flags: the compiled one's
print(writer.split(text) == real.split(text), type(pattern._compiled).__name__)
arglist = sys.modules["shibokensupport.signature.parser"].arglistParser._finditer.func.__self__
print(arglist._compiled)
from PySide6.QtCore import QPoint
try:
    QPoint().setX("a")
except TypeError as wrong:
    print(str(wrong).splitlines()[-1].strip(), type(arglist._compiled).__name__)
print(QObject.__name__)
"""


def test_pyside_loads_and_the_stub_writer_compiles_its_patterns_only_when_used():
    child = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.splitlines() == [
        "None None",  # loaded: neither compiled (the class takes `split` of one)
        "True Pattern",  # used: compiled then, splitting as before
        "None",  # the signature parser's pattern: not compiled as PySide6 loads
        # a wrong call's message reads the signatures: compiled then, and read as before
        "PySide6.QtCore.QPoint.setX(x: int, /) Pattern",
        "QObject",
    ]
