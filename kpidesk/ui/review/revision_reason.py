"""Asks why a target changes once its period is under way: the reason goes into the history."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout

from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.labels import PlainLabel


class RevisionReasonDialog(QDialog):
    """One line for the reason; OK stays off until something is written."""

    def __init__(self, kpi: str, before: str, after: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionReasonDialog")
        self.setWindowTitle(self.tr("Revise Target"))
        explanation = PlainLabel(
            fill(
                self.tr(
                    "The period is under way, so changing the target of “%1” from %2 to %3 is"
                    " kept as a revision, with today's date and your reason."
                ),
                kpi,
                before,
                after,
            ),
            wordWrap=True,
        )
        self.reason = QLineEdit(objectName="revisionReason")
        self.reason.setPlaceholderText(
            self.tr("Why, for example: a large customer froze its budget")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self._ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(PlainLabel(self.tr("Reason for the revision:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        make_accessible(self)  # names for screen readers, the tab order of its forms


def ask_revision_reason(parent, session, number_format: NumberFormat):
    """A function for PlanController.ask_reason, showing the dialog over `parent`."""

    def ask(node_id: int, value: Fraction | None) -> str | None:
        node = session.plan.nodes[node_id]

        def text(v: Fraction | None) -> str:
            return "—" if v is None else number_format.value(v, node.unit, node.unit_label)

        dialog = RevisionReasonDialog(node.name, text(node.target), text(value), parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.reason.text().strip()
        dialog.deleteLater()
        return reason if accepted and reason else None

    return ask
