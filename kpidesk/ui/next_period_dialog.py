"""Start the next period: propose its targets, then freeze the one that ends."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.plan_controller import PlanController


class NextPeriodDialog(QDialog):
    """Same targets, the KGI up by a percentage, or a new KGI; the rest follows top-down."""

    def __init__(self, controller: PlanController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("nextPeriodDialog")
        self.setWindowTitle(self.tr("Start Next Period"))
        self.same = QRadioButton(self.tr("Keep the same targets"), objectName="sameTargets")
        self.grow = QRadioButton(self.tr("Raise the KGI by (%)"), objectName="growTargets")
        self.kgi = QRadioButton(self.tr("Set a new KGI target"), objectName="newKgi")
        self.same.setChecked(True)
        self.group = QButtonGroup(self)
        for button in (self.same, self.grow, self.kgi):
            self.group.addButton(button)
        self.amount = QLineEdit(objectName="nextPeriodAmount")
        self.message = PlainLabel(objectName="nextPeriodMessage", wordWrap=True)
        self.message.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            PlainLabel(
                self.tr(
                    "The current period is closed with its targets and actuals; the KPI "
                    "tree carries over and every requirement is recomputed from the KGI."
                ),
                wordWrap=True,
            )
        )
        for widget in (self.same, self.grow, self.kgi, self.amount, self.message, buttons):
            layout.addWidget(widget)

    def start(self) -> None:
        mode = "same" if self.same.isChecked() else "grow" if self.grow.isChecked() else "kgi"
        refusal = self.controller.start_next_period(mode, self.amount.text())
        if refusal:
            self.message.setText(refusal)
            return
        self.accept()
