"""pyqtgraph, made to use PySide6; the only import of it, and never at the window's start-up."""

from __future__ import annotations

import os

import PySide6.QtWidgets  # noqa: F401  (pyqtgraph takes the binding that is already loaded)

os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"  # this app builds its widgets on PySide6

from kpidesk.ui.charts.blas_threads import one_blas_thread
from kpidesk.ui.charts.qt_mirrors import mirrors_filled_when_used

with mirrors_filled_when_used(), one_blas_thread():
    import pyqtgraph as pg

from kpidesk.ui.module_sources import forget_module_sources

forget_module_sources()  # the source PySide6 read of pyqtgraph's ~180 modules

__all__ = ["pg"]
