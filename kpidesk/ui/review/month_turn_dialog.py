"""The month-turn list: what is left before the period changes, each with a way to do it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
)

from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.messages import month_turn_text
from kpidesk.services.month_turn import Step, TurnItem, month_turn
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.palette import NEGATIVE, POSITIVE
from kpidesk.ui.review.review_tables import day_text

MAX_NAMES = 6  # more than this and the list says how many more


class MonthTurnDialog(QDialog):
    """Emits `chosen(step)` when the user clicks the button of a step still to do."""

    chosen = Signal(str)

    def __init__(self, session, number_format: NumberFormat, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("monthTurnDialog")
        self.setWindowTitle(self.tr("Month-End Checklist"))
        self.session = session
        self.fmt = number_format
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = PlainLabel(wordWrap=True)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(close)
        self.items: list[TurnItem] = []
        self.refresh()
        self.resize(560, self.sizeHint().height())

    def refresh(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        period = self.session.current_period()
        self.intro.setText(
            fill(
                self.tr("Before the period ending %1 turns over:"),
                day_text(period.last_day, self.fmt),
            )
            if period
            else self.tr("The plan has no period yet.")
        )
        self.items = month_turn(self.session)
        for row, item in enumerate(self.items):
            self._add_row(row, item)

    def _add_row(self, row: int, item: TurnItem) -> None:
        mark = PlainLabel("✓" if item.done else "●", objectName=f"turnMark_{item.step}")
        mark.setStyleSheet(f"color: {(POSITIVE if item.done else NEGATIVE).name()};")
        text = month_turn_text(item.step, item.done, len(item.names))
        if item.step is Step.NEXT_PERIOD and item.day is not None:
            text += " " + fill(self.tr("It starts on %1."), day_text(item.day, self.fmt))
        if item.step is Step.REOPENED and item.day is not None:
            text += " " + fill(
                self.tr("It is the period from %1, reopened because:"), day_text(item.day, self.fmt)
            )
        if item.names:
            shown = "、".join(item.names[:MAX_NAMES])
            more = len(item.names) - MAX_NAMES
            if more > 0:
                shown += " " + fill(self.tr("and %1 more"), more)
            text += "\n" + shown
        label = PlainLabel(text, objectName=f"turnText_{item.step}", wordWrap=True)
        self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(label, row, 1)
        if not item.done:
            button = QPushButton(self._button_text(item.step), objectName=f"turnGo_{item.step}")
            button.clicked.connect(lambda _=False, s=item.step: self._choose(s))
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)

    def _button_text(self, step: Step) -> str:
        return {
            Step.REVIEW: self.tr("Write Review…"),
            Step.SMART: self.tr("Show Them"),
            Step.ACTIONS: self.tr("Open Reviews"),
            Step.REOPENED: self.tr("Close It Again…"),
            Step.NEXT_PERIOD: self.tr("Start Next Period…"),
        }[step]

    def _choose(self, step: Step) -> None:
        self.chosen.emit(step.value)
        self.accept()
