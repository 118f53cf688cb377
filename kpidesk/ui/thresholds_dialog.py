"""When a KPI reads on track, lagging or at risk: the two progress thresholds of the plan."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.tones import show_as_error


class ThresholdsDialog(QDialog):
    """Progress (actual against the pro-rated target) in percent."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller = document.controller
        self.setObjectName("thresholdsDialog")
        self.setWindowTitle(self.tr("Status Thresholds"))
        plan = controller.session.plan
        self.on_track = self._spin("onTrackAt", plan.on_track_at)
        self.at_risk = self._spin("atRiskBelow", plan.at_risk_below)
        self.message = PlainLabel(objectName="thresholdsMessage", wordWrap=True)
        show_as_error(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("On track at or above"), self.on_track)
        layout.addRow(self.tr("At risk below"), self.at_risk)
        layout.addRow(self.message)
        layout.addRow(buttons)

    def _spin(self, name: str, value) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(0, 200)
        spin.setSuffix(" %")
        spin.setValue(round(value * 100))
        return spin

    def save(self) -> None:
        refusal = self.controller.set_thresholds(self.on_track.value(), self.at_risk.value())
        if refusal:
            self.message.setText(refusal)
            return
        self.accept()
