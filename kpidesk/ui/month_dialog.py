"""Pick the month a plan is for.

Signals: `chosen(date)` with the first day of the chosen month when the user confirms.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout


class MonthDialog(QDialog):
    """A month field with OK and Cancel."""

    chosen = Signal(object)

    def __init__(self, month: date, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("monthDialog")
        self.setWindowTitle(self.tr("Plan Month"))
        self.month = QDateEdit(QDate(month.year, month.month, 1), objectName="monthEdit")
        self.month.setDisplayFormat(self.tr("MMMM yyyy"))
        self.month.setCalendarPopup(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Month"), self.month)
        layout.addRow(buttons)

    def _accept(self) -> None:
        picked = self.month.date()
        self.chosen.emit(date(picked.year(), picked.month(), 1))
        self.accept()
