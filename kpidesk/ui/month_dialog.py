"""Choose the plan's current period: its kind, the fiscal year's first month, and when.

Signals: `chosen(date, str, int)` with a day of the period, the period kind and the fiscal
year's first month, when the user confirms.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
)

from kpidesk.domain.periods import PeriodKind
from kpidesk.i18n.messages import period_kind_name


class MonthDialog(QDialog):
    """The period of the chosen kind that holds the chosen month becomes the current one."""

    chosen = Signal(object, str, int)

    def __init__(self, month: date, kind: str = "month", fiscal_start: int = 4, parent=None):
        super().__init__(parent)
        self.setObjectName("monthDialog")
        self.setWindowTitle(self.tr("Plan Period"))
        self.kind = QComboBox(objectName="periodKindCombo")
        for choice in PeriodKind:
            self.kind.addItem(period_kind_name(choice))
        self.kind.setCurrentIndex(list(PeriodKind).index(PeriodKind(kind)))
        self.fiscal_start = QSpinBox(objectName="fiscalStartSpin")
        self.fiscal_start.setRange(1, 12)
        self.fiscal_start.setValue(fiscal_start)
        self.fiscal_start.setSuffix(self.tr(" (month)"))
        self.month = QDateEdit(QDate(month.year, month.month, 1), objectName="monthEdit")
        self.month.setDisplayFormat(self.tr("MMMM yyyy"))
        self.month.setCalendarPopup(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Plan by"), self.kind)
        layout.addRow(self.tr("Fiscal year starts in"), self.fiscal_start)
        layout.addRow(self.tr("Month"), self.month)
        layout.addRow(buttons)

    def _accept(self) -> None:
        picked = self.month.date()
        kind = list(PeriodKind)[self.kind.currentIndex()]
        self.chosen.emit(
            date(picked.year(), picked.month(), 1), kind.value, self.fiscal_start.value()
        )
        self.accept()
