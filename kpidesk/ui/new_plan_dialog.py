"""New Plan: start blank or from a template, so nobody starts from an empty sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QVBoxLayout

from kpidesk.i18n.messages import template_description, template_title
from kpidesk.services.templates import TEMPLATES
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.labels import PlainLabel

BLANK = ""


class NewPlanDialog(QDialog):
    """`choice()` is a template key, or BLANK for a plan with just a KGI."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(self.tr("New Plan"))
        self.list = QListWidget(objectName="templateList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.keys = [*TEMPLATES, BLANK]
        for key in self.keys:
            self.list.addItem(template_title(key))
        self.description = PlainLabel(objectName="templateDescription", wordWrap=True)
        self.description.setMinimumHeight(60)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list.currentRowChanged.connect(
            lambda row: self.description.setText(template_description(self.keys[row]))
        )
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(self.tr("Start from:")))
        layout.addWidget(self.list)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)
        self.resize(480, 360)
        make_accessible(self)  # names for screen readers, the tab order of its forms

    def choice(self) -> str:
        return self.keys[self.list.currentRow()]
