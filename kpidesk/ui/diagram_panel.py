"""The KPI tree diagram with its toolbar: zoom, fit, export as PNG or SVG, copy.

Signals: `nodeClicked(int)` passed on from the diagram; `exported(str)` with the written path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QToolBar, QVBoxLayout, QWidget

from kpidesk.i18n.fill import fill
from kpidesk.ui.actions import make_action
from kpidesk.ui.clipboard import copy_action, copy_picture
from kpidesk.ui.tree_diagram import TreeDiagramView


class DiagramPanel(QWidget):
    """Holds the diagram; the window keeps it in step with the plan and the tree's selection."""

    nodeClicked = Signal(int)
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view = TreeDiagramView(self)
        self.view.setObjectName("treeDiagram")
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
