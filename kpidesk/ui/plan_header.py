"""The line above the tree: plan name, team size, period with its business days, rounding."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer

from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import period_kind_name, rounding_policy_name
from kpidesk.services import clock
from kpidesk.services.business_calendar import is_loaded, period_business_days
from kpidesk.ui.labels import PlainLabel


class PlanHeader(PlainLabel):
    """One open plan's name, team, period and settings, as its document announces them;
    empty with no plan open (`document` None). A newly opened plan gets a header of its own."""

    def __init__(self, document=None, parent=None) -> None:
        super().__init__(parent, objectName="planHeader")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.setFont(font)
        # wrapped, the line never makes the window wider than it is (a long plan name, many
        # business days: it widened the window from 1,180 to 1,274 px as the plan showed)
        self.setWordWrap(True)
        self.document = document
        if document is not None:  # any change may rename, recount or re-period
            document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _outcome=None) -> None:
        if self.document is None:
            self.setText("")
            return
        session = self.document.session
        plan = session.plan
        parts = [plan.name, fill(self.tr("Reps: %1"), plan.active_rep_count)]
        period = session.current_period()
        if period is not None:
            parts.append(self._period_text(period))
        parts.append(rounding_policy_name(plan.rounding_policy))
        self.setText("  ·  ".join(parts))

    def _period_text(self, period) -> str:
        """ "November 2026 (19 business days, 9 passed)"; a quarter or more shows its dates."""
        locale = QLocale()
        if period.kind.value == "month":
            text = locale.toString(period.first_day, self.tr("MMMM yyyy"))
        else:
            short = QLocale.FormatType.ShortFormat
            text = f"{period_kind_name(period.kind)} {locale.toString(period.first_day, short)}"
            text += f"–{locale.toString(period.last_day, short)}"
        if not is_loaded(period.first_day) or not is_loaded(period.last_day):
            QTimer.singleShot(100, self, self._load_calendar)  # after the window has painted
            return text
        days = period_business_days(
            period.first_day, period.last_day, self.document.session.closed_days
        )
        passed = sum(1 for day in days if day <= clock.today())
        return fill(self.tr("%1 (%2 business days, %3 passed)"), text, len(days), passed)

    def _load_calendar(self) -> None:
        period = self.document.session.current_period() if self.document else None
        if period is not None:
            period_business_days(period.first_day, period.last_day)
            self.refresh()
