"""Start the next period: what closes, what opens, the new KGI; an early close is confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from kpidesk.domain.model import Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.reopening import open_reopening
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import refusal_text
from kpidesk.services.next_period_preview import NextPeriodPreview, preview_next_period
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.period_text import day_text, period_text
from kpidesk.ui.tones import show_as_error


class NextPeriodDialog(QDialog):
    """Same targets, the KGI up by a percentage, or a new KGI; the rest follows top-down.

    It shows the business days the current period still has (as of the app's day), the next
    period and its KGI as the user types; a period that has not ended is closed only once the
    user ticks the confirmation.
    """

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.controller = document.controller
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
        self.amount.setAccessibleName(self.tr("Percentage or new KGI target"))
        self.closing = PlainLabel(objectName="closingPeriod", wordWrap=True)
        self.days_left = PlainLabel(objectName="businessDaysLeft")
        self.opening = PlainLabel(objectName="openingPeriod")
        self.new_kgi = PlainLabel(objectName="newKgiValue")
        self.warning = PlainLabel(objectName="earlyCloseWarning", wordWrap=True)
        show_as_error(self.warning)
        self.confirm = QCheckBox(self.tr("Close it before its end"), objectName="confirmEarlyClose")
        self.message = PlainLabel(objectName="nextPeriodMessage", wordWrap=True)
        show_as_error(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            self.tr("Close and Start Next Period"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("startNextPeriodButton")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        figures = QFormLayout()
        figures.addRow(self.tr("Closes"), self.closing)
        figures.addRow(self.tr("Business days left"), self.days_left)
        figures.addRow(self.tr("Opens"), self.opening)
        figures.addRow(self.tr("New KGI target"), self.new_kgi)
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
        layout.addLayout(figures)
        for widget in (self.same, self.grow, self.kgi, self.amount):
            layout.addWidget(widget)
        for widget in (self.warning, self.confirm, self.message, self.buttons):
            layout.addWidget(widget)
        self.group.buttonToggled.connect(lambda *_: self.refresh())
        self.amount.textChanged.connect(lambda *_: self.refresh())
        self.confirm.toggled.connect(lambda *_: self._enable())
        self.preview: NextPeriodPreview | None = None
        self.refresh()

    def mode(self) -> str:
        return "same" if self.same.isChecked() else "grow" if self.grow.isChecked() else "kgi"

    def refresh(self) -> None:
        """Show what closes and opens, and the KGI the chosen mode gives."""
        session = self.controller.session
        self.preview = preview = preview_next_period(session, self.mode(), self._amount())
        self.amount.setEnabled(not self.same.isChecked())
        if preview is None:
            for label in (self.closing, self.days_left, self.opening, self.new_kgi):
                label.clear()
            self.warning.hide()
            self.confirm.hide()
            self._enable()
            return
        locale = self.controller.number_format.locale
        closing = period_text(preview.current, locale)
        self.closing.setText(closing)
        self.days_left.setText(
            fill(
                self.tr("%1 (as of %2)"),
                preview.business_days_left,
                day_text(preview.today, locale),
            )
        )
        self.opening.setText(period_text(preview.following, locale))
        root = session.plan.root
        self.new_kgi.setText(
            "—"
            if preview.new_kgi is None
            else self.controller.number_format.value(preview.new_kgi, root.unit, root.unit_label)
        )
        self.warning.setText(
            fill(
                self.tr(
                    "%1 has not ended: it still has %2 business days, up to %3. Its actuals will "
                    "be frozen and cannot be changed until the period is reopened."
                ),
                closing,
                preview.business_days_left,
                day_text(preview.current.last_day, locale),
            )
        )
        self.warning.setVisible(not preview.ended)
        self.confirm.setVisible(not preview.ended)
        self._enable()

    def _enable(self) -> None:
        blocked = open_reopening(self.controller.session.reopenings)
        if blocked is not None:  # said up front, not after the click
            self.message.setText(
                refusal_text(ValidationError("close_reopened_first", day=blocked.first_day))
            )
        self.ok.setEnabled(self._confirmed() and blocked is None)

    def _confirmed(self) -> bool:
        preview = self.preview
        return preview is None or preview.ended or self.confirm.isChecked()

    def _amount(self):
        """The typed figure for the live preview; None while it is empty or not a number."""
        mode, root = self.mode(), self.controller.session.plan.root
        if mode == "same" or root is None:
            return None
        unit = Unit.PERCENT if mode == "grow" else root.unit
        try:
            return self.controller.number_format.parse(self.amount.text(), unit)
        except ValidationError:
            return None

    def start(self) -> None:
        if not self._confirmed():
            self.message.setText(self.tr("Tick “Close it before its end” to close it now."))
            return
        refusal = self.controller.start_next_period(self.mode(), self.amount.text())
        if refusal:
            self.message.setText(refusal)
            return
        self.accept()
