"""Plan → Rename Plan…: the plan's name, changed in the window as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.actions import make_action
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.plan_controller import PlanController
from kpidesk.ui.tones import show_as_error


class RenamePlanDialog(QDialog):
    """The name as it is, selected for typing over; a refused name is said under the field
    and the dialog stays open."""

    def __init__(self, controller: PlanController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("renamePlanDialog")
        self.setWindowTitle(self.tr("Rename Plan"))
        self.name = QLineEdit(controller.session.plan.name, objectName="planNameEdit")
        self.name.selectAll()
        self.name.setAccessibleName(self.tr("Plan name"))
        self.error = PlainLabel(objectName="planNameError", wordWrap=True)
        show_as_error(self.error)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Rename"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Plan name"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())
        make_accessible(self)  # names for screen readers, the tab order of its forms

    def apply(self) -> None:
        text = self.name.text().strip()
        if text == self.controller.session.plan.name:
            self.accept()
            return
        refusal = self.controller.rename_plan(text)
        if refusal:
            self.error.setText(refusal)
            self.error.show()
            return
        self.accept()


def rename_plan_action(window) -> QAction:
    """The menu action; it opens the dialog on the window's open plan."""

    def open_dialog() -> None:
        if window.document is None:
            return
        dialog = RenamePlanDialog(window.document.controller, window)
        dialog.open()

    text = QCoreApplication.translate("RenamePlan", "Re&name Plan…")
    return make_action(window, text, open_dialog, None, "renamePlanAction")
