"""The company's own closing days (year-end, summer holidays): not business days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from kpidesk.services import clock
from kpidesk.ui.date_fields import date_field
from kpidesk.ui.empty_list import say_when_empty

DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class ClosingDaysDialog(QDialog):
    """Adding or removing a day is one undoable step; the list follows undo and redo."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller = document.controller
        self.setObjectName("closingDaysDialog")
        self.setWindowTitle(self.tr("Closing Days"))
        self.days = QListWidget(objectName="closingDaysList")
        start = controller.session.plan.period_start or clock.today()
        self.day = date_field("closingDay", start)
        self.days.setAccessibleName(self.tr("Closing days"))
        self.day.setAccessibleName(self.tr("Day to add"))
        self.note = QLineEdit(objectName="closingNote")
        self.note.setPlaceholderText(self.tr("e.g. year-end holidays"))
        add = QPushButton(self.tr("Add"), objectName="addClosingDay")
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove"), objectName="removeClosingDay")
        remove.clicked.connect(self.remove)
        row = QHBoxLayout()
        for widget in (self.day, self.note, add, remove):
            row.addWidget(widget)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.days)
        layout.addLayout(row)
        layout.addWidget(close)
        document.changed.connect(self._plan_changed)  # undo and edits elsewhere too
        self.refresh()
        self.resize(480, 360)

    def _plan_changed(self, _outcome) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.days.clear()
        for day, note in sorted(self.controller.session.closed_days.items()):
            text = QLocale().toString(day, QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{text}  {note}".rstrip())
            item.setData(DAY_ROLE, day.isoformat())
            self.days.addItem(item)
        say_when_empty(
            self.days, self.tr("No closing days yet: pick a day below, add a note, and press Add.")
        )

    def add(self) -> None:
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        self.controller.set_closed_day(day, self.note.text().strip())

    def remove(self) -> None:
        item = self.days.currentItem()
        if item is not None and item.data(DAY_ROLE):
            self.controller.set_closed_day(date.fromisoformat(item.data(DAY_ROLE)), None)
