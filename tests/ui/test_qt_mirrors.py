"""pyqtgraph loads without making every Qt class: its Qt mirrors take each name when used."""

import subprocess
import sys

CHILD = """
import PySide6.QtCore
import PySide6.QtWidgets as widgets
import kpidesk.ui.charts.qtgraph
from pyqtgraph.Qt import QtCore, QtWidgets
made, listed = len(widgets.__dict__), len(dir(widgets))
print(made < listed // 2, listed > 150)
print(QtWidgets.QGraphicsView is widgets.QGraphicsView, "QGraphicsView" in vars(QtWidgets))
print(QtCore.Qt.AlignmentFlag.AlignLeft is PySide6.QtCore.Qt.AlignmentFlag.AlignLeft)
try:
    QtWidgets.NoSuchClass
except AttributeError:
    print("refused")
"""


def test_pyqtgraph_s_mirrors_take_qt_names_when_used_and_dir_lists_them_all_after():
    child = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60
    )
    assert child.returncode == 0, child.stderr
    # made: fewer than half of QtWidgets' classes (all of them before); dir still lists all
    assert child.stdout.split("\n")[:4] == ["True True", "True True", "True", "refused"]
