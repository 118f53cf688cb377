"""The KPI tree diagram with its toolbar: zoom, fit, export as PNG or SVG, copy.

A panel is made for one open plan's document and follows it itself: it lays the plan out again
after each change only while it shows (else when it is next shown), and marks the current KPI.

Signals: `nodeClicked(int)` passed on from the diagram; `exported(str)` with the written path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QToolBar, QVBoxLayout, QWidget

from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.actions import make_action
from kpidesk.ui.clipboard import copy_action, copy_picture
from kpidesk.ui.tree_diagram import TreeDiagramView


class DiagramPanel(QWidget):
    """Holds the diagram of `document`'s plan, in step with its changes and its current KPI."""

    nodeClicked = Signal(int)
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, document, number_format: NumberFormat, parent=None) -> None:
        super().__init__(parent)
        self.document, self.number_format = document, number_format
        self._laid_out = self._fitted = False
        self.view = TreeDiagramView(self)
        self.view.setObjectName("treeDiagram")
        # the view takes the keyboard (and a click's focus), described as the diagram
        self.view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.nodeClicked.connect(self.nodeClicked)
        toolbar = QToolBar(self)
        toolbar.addAction(make_action(self, self.tr("Zoom In"), self.view.zoom_in))
        toolbar.addAction(make_action(self, self.tr("Zoom Out"), self.view.zoom_out))
        toolbar.addAction(make_action(self, self.tr("Fit"), self.view.fit))
        toolbar.addSeparator()
        toolbar.addAction(make_action(self, self.tr("Export PNG…"), lambda: self.export("png")))
        toolbar.addAction(make_action(self, self.tr("Export SVG…"), lambda: self.export("svg")))
        self.copy_action = copy_action(
            self,
            self.tr("Copy"),
            self.tr("Copy the diagram as a picture and as SVG, for slides (%1)"),
            self.copy,
            "copyDiagramAction",
            self.view,
        )
        toolbar.addAction(self.copy_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)
        document.changed.connect(self.refresh)
        document.currentChanged.connect(self.view.select_node)

    def refresh(self, _outcome=None) -> None:
        """Lay the plan out again now if the diagram shows, else when it is next shown (the
        first time it is shown it is fitted to its room)."""
        if not self.isVisible():
            self._laid_out = False
            return
        self._laid_out = True
        session = self.document.session
        self.view.set_plan(session.plan, session.figures, self.number_format)
        self.view.select_node(self.document.current_kpi)
        if not self._fitted:
            self._fitted = True
            self.view.first_look()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._laid_out:
            self.refresh()

    def copy(self) -> None:
        """The whole diagram to the clipboard, as an image and as SVG."""
        copy_picture(self.view.picture(), self.view.svg_text())

    def export(self, kind: str, path: str | Path | None = None) -> bool:
        """Write the diagram as PNG or SVG; asks for the path when none is given."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export Diagram"),
                str(Path.home() / f"kpi-tree.{kind}"),
                f"{kind.upper()} (*.{kind})",
            )
            if not path:
                return False
        writer = self.view.export_png if kind == "png" else self.view.export_svg
        try:
            writer(str(path))
        except OSError as error:
            self.failed.emit(
                fill(self.tr("Could not write “%1”: %2"), path, error.strerror or str(error))
            )
            return False
        self.exported.emit(str(path))
        return True
