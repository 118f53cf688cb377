"""Reopen the most recent closed period with a reason, or close the reopened one again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
)

from kpidesk.i18n.fill import fill
from kpidesk.services.period_reopening import ClosedPeriod, period_history
from kpidesk.ui.empty_list import say_when_empty
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.period_text import day_text, period_text
from kpidesk.ui.tones import show_as_error


class ReopenPeriodDialog(QDialog):
    """Lists the closed periods with their reopenings; reopens the latest or closes it again."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.controller = document.controller
        self.setObjectName("reopenPeriodDialog")
        self.setWindowTitle(self.tr("Reopen Period"))
        self.state = PlainLabel(objectName="reopenState", wordWrap=True)
        self.history = QListWidget(objectName="periodHistory")
        self.history.setAccessibleName(self.tr("Periods closed and reopened"))
        self.reason = QLineEdit(objectName="reopenReason")
        self.reason.setPlaceholderText(self.tr("Why it is reopened (kept with the period)"))
        self.message = PlainLabel(objectName="reopenMessage", wordWrap=True)
        show_as_error(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reopen_button = self.buttons.addButton(
            self.tr("Reopen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reopen_button.setObjectName("reopenButton")
        self.close_button = self.buttons.addButton(
            self.tr("Close It Again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button.setObjectName("closeAgainButton")
        self.reopen_button.clicked.connect(self.reopen)
        self.close_button.clicked.connect(self.close_again)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(PlainLabel(self.tr("Closed periods")))
        layout.addWidget(self.history)
        for widget in (self.reason, self.message, self.buttons):
            layout.addWidget(widget)
        self.periods: list[ClosedPeriod] = []
        self.refresh()
        self.resize(520, self.sizeHint().height())

    def refresh(self) -> None:
        self.periods = period_history(self.controller.session)
        self.history.clear()
        self.history.addItems([self.history_text(closed) for closed in self.periods])
        say_when_empty(
            self.history,
            self.tr(
                "None yet: a period is listed here once Plan → Start Next Period… has closed it."
            ),
        )
        latest = self.periods[0] if self.periods else None
        reopened = latest is not None and latest.is_reopened
        self.reason.setVisible(latest is not None and not reopened)
        self.reopen_button.setVisible(latest is not None and not reopened)
        self.close_button.setVisible(reopened)
        if latest is None:
            self.state.setText(self.tr("No period has been closed yet."))
        elif reopened:
            self.state.setText(
                fill(
                    self.tr(
                        "%1 is reopened: its actuals can be changed, and its frozen targets, plan "
                        "and requirements are kept. Close it again to freeze its actuals; the next "
                        "period can start only then."
                    ),
                    period_text(latest.period, self._locale()),
                )
            )
        else:
            text = self.tr(
                "Reopen %1 so that its actuals can be changed. Its frozen targets, plan and "
                "requirements are kept as they were, and the current period stays as it is. "
                "Only the most recent closed period can be reopened."
            )
            self.state.setText(fill(text, period_text(latest.period, self._locale())))

    def history_text(self, closed: ClosedPeriod) -> str:
        """ "October 2026: closed; reopened 11/20/26 (late CRM export), closed again 11/21/26"."""
        locale = self._locale()
        parts = [fill(self.tr("%1: closed"), period_text(closed.period, locale))]
        for reopening in closed.reopenings:
            text = fill(
                self.tr("reopened %1 (%2)"),
                day_text(reopening.reopened_on, locale),
                reopening.reason,
            )
            if reopening.closed_on is not None:
                text += fill(self.tr(", closed again %1"), day_text(reopening.closed_on, locale))
            parts.append(text)
        return "; ".join(parts)

    def reopen(self) -> None:
        latest = self.periods[0]
        refusal = self.controller.reopen_period(latest.period.first_day, self.reason.text())
        if refusal:
            self.message.setText(refusal)
            return
        self.accept()

    def close_again(self) -> None:
        refusal = self.controller.close_reopened_period()
        if refusal:
            self.message.setText(refusal)
            return
        self.accept()

    def _locale(self):
        return self.controller.number_format.locale
