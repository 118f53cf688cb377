"""The open plan's dialogs and the actions that open them; each dialog takes the document.

Every action here needs a plan: they are one group (`needs_plan`), enabled only while a plan
is open, so no launcher asks whether there is one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QDialog

from kpidesk.services import clock
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.actions import make_action


def launch(dialog: QDialog, modeless: bool = False) -> QDialog:
    """Show a dialog that deletes itself when closed: modeless beside the window (the user
    keeps editing the plan), or window-modal without blocking the caller."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    make_accessible(dialog)  # names for screen readers, the form's tab order
    if modeless:
        dialog.show()
    else:
        dialog.open()
    return dialog


class PlanDialogs(QObject):
    """Builds the Plan and Review menus' actions on `window` (as `window.team_action` and so on)
    and opens their dialogs over it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.needs_plan = QActionGroup(self)
        self.needs_plan.setExclusive(False)
        actions = [  # the window's attribute, the text, what it does, shortcut, object name
            ("team_action", self.tr("&Team…"), self.show_team, None, "teamAction"),
            ("period_action", self.tr("Set &Period…"), self.choose_period, None, "periodAction"),
            (
                "next_period_action",
                self.tr("Start &Next Period…"),
                self.start_next_period,
                None,
                "nextPeriodAction",
            ),
            (
                "reopen_period_action",
                self.tr("&Reopen Period…"),
                self.reopen_period,
                None,
                "reopenPeriodAction",
            ),
            (
                "thresholds_action",
                self.tr("Status &Thresholds…"),
                self.edit_thresholds,
                None,
                "thresholdsAction",
            ),
            (
                "closing_days_action",
                self.tr("&Closing Days…"),
                self.edit_closing_days,
                None,
                "closingDaysAction",
            ),
            (
                "what_if_action",
                self.tr("&What-if…"),
                self.show_what_if,
                "Ctrl+Shift+W",
                "whatIfAction",
            ),
            ("funnel_action", self.tr("Build &Funnel…"), self.show_funnel, None, "funnelAction"),
            (
                "new_review_action",
                self.tr("&New Review…"),
                lambda: window.new_review(),
                "Ctrl+Shift+R",
                "newReviewAction",
            ),
            (
                "month_turn_action",
                self.tr("&Month-End Checklist…"),
                self.show_month_turn,
                None,
                "monthTurnAction",
            ),
        ]
        for attribute, text, slot, shortcut, name in actions:
            action = make_action(window, text, slot, shortcut, name)
            self.needs_plan.addAction(action)
            setattr(window, attribute, action)

    def update_enabled(self, node_id: int | None) -> None:
        """Each action enabled while a plan is open; the two that need more, only then."""
        document = self.window.document
        for action in self.needs_plan.actions():
            action.setEnabled(document is not None)
        if document is None:
            return
        plan = document.session.plan
        self.window.next_period_action.setEnabled(plan.period_start is not None)
        leaf = node_id in plan.nodes and not plan.children_of(node_id)
        self.window.funnel_action.setEnabled(leaf)

    # -- the dialogs ------------------------------------------------------------------

    def show_team(self) -> QDialog:
        from kpidesk.ui.team_dialog import TeamDialog

        return launch(TeamDialog(self.window.document, self.window), modeless=True)

    def show_funnel(self) -> QDialog | None:
        node_id = self.window.document.current_kpi
        if node_id is None:
            return None
        from kpidesk.ui.funnel_dialog import FunnelDialog

        return launch(FunnelDialog(self.window.document, node_id, self.window))

    def show_what_if(self) -> QDialog:
        from kpidesk.ui.what_if_dialog import WhatIfDialog

        return launch(WhatIfDialog(self.window.document, self.window), modeless=True)

    def choose_period(self) -> QDialog:
        from kpidesk.ui.month_dialog import MonthDialog

        document = self.window.document
        plan = document.session.plan
        dialog = MonthDialog(
            plan.period_start or clock.today(),
            plan.period_kind,
            plan.fiscal_start_month,
            self.window,
        )
        dialog.chosen.connect(
            lambda day, kind, fiscal: self.window.show_refusal(
                document.controller.set_current_period(day, kind, fiscal)
            )
        )
        return launch(dialog)

    def start_next_period(self) -> QDialog:
        from kpidesk.ui.next_period_dialog import NextPeriodDialog

        return launch(NextPeriodDialog(self.window.document, self.window))

    def reopen_period(self) -> QDialog:
        from kpidesk.ui.reopen_period_dialog import ReopenPeriodDialog

        return launch(ReopenPeriodDialog(self.window.document, self.window))

    def edit_thresholds(self) -> QDialog:
        from kpidesk.ui.thresholds_dialog import ThresholdsDialog

        return launch(ThresholdsDialog(self.window.document, self.window))

    def edit_closing_days(self) -> QDialog:
        from kpidesk.ui.closing_days_dialog import ClosingDaysDialog

        return launch(ClosingDaysDialog(self.window.document, self.window), modeless=True)

    def show_month_turn(self) -> QDialog:
        from kpidesk.ui.review.month_turn_dialog import MonthTurnDialog

        window = self.window
        dialog = MonthTurnDialog(window.document.session, window.number_format, window)
        dialog.chosen.connect(self._month_turn_step)
        return launch(dialog, modeless=True)

    def _month_turn_step(self, step: str) -> None:
        window = self.window
        if step == "review":
            window.new_review()
        elif step == "actions":
            window.show_reviews()
        elif step == "reopened":
            self.reopen_period()
        elif step == "smart":
            window.views.setCurrentWidget(window.tree)
            if not window.smart_glance.filter_action.isChecked():
                window.smart_glance.filter_action.trigger()  # checks it, and filters
        else:
            self.start_next_period()
