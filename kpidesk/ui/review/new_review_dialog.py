"""Hold a new review: its cadence and the day it is held (today unless said otherwise)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
)

from kpidesk.domain.review import Cadence
from kpidesk.i18n.messages import cadence_name
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.date_fields import date_field
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.plan_controller import PlanController
from kpidesk.ui.tones import show_as_error


class NewReviewDialog(QDialog):
    """The snapshot is taken when OK is pressed; the dialog says what that means."""

    def __init__(self, controller: PlanController, today: date, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("newReviewDialog")
        self.setWindowTitle(self.tr("New Review"))
        self.cadence = QComboBox(objectName="reviewCadence")
        for cadence in Cadence:
            self.cadence.addItem(cadence_name(cadence), cadence)
        self.cadence.setCurrentIndex(list(Cadence).index(Cadence.MONTHLY))
        self.held_on = date_field("reviewDate", today)
        note = PlainLabel(
            self.tr(
                "The review keeps every KPI's figures and status as of this day; later edits"
                " to the plan will not change it."
            ),
            wordWrap=True,
        )
        self.message = PlainLabel(objectName="newReviewMessage", wordWrap=True)
        show_as_error(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Cadence"), self.cadence)
        layout.addRow(self.tr("Held on"), self.held_on)
        layout.addRow(note)
        layout.addRow(self.message)
        layout.addRow(buttons)
        make_accessible(self)  # names for screen readers, the tab order of its forms

    def save(self) -> None:
        day = self.held_on.date().toPython()
        refusal = self.controller.create_review(Cadence(self.cadence.currentData()), day)
        if refusal:
            self.message.setText(refusal)
            return
        self.accept()
