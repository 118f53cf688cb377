"""Every dialog the main window opens from its menus, built as the menus build them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog

PROSPECTS = 4


def every_dialog(window, folder: Path) -> Iterator[tuple[str, QDialog]]:
    """(name, dialog) for each dialog of the File, Plan, Review, Team and Help menus; the plan
    is the demo, in November 2026. Qt's own dialogs (file, print, message boxes) are left out.

    Each is built when it is wanted and deleted once the caller is done with it, its queued
    events run, as a person opens one dialog after another: with all 21 alive at once and no
    event processed in between, the test run crashed under load now and then (a segmentation
    fault in a QTableWidget's delayed layout, QTableView::updateGeometries; seen at 07d9654
    too, its cause in Qt or PySide not found)."""
    for name, make in dialog_makers(window, folder).items():
        dialog = make()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def dialog_makers(
    window, folder: Path, kpi: str = "Prospects", rep: str = "Rep 1"
) -> dict[str, Callable[[], QDialog]]:
    """How to build each of those dialogs, by a short name (docs/screens.py draws them)."""
    from kpidesk.ui.closing_days_dialog import ClosingDaysDialog
    from kpidesk.ui.funnel_dialog import FunnelDialog
    from kpidesk.ui.help_menu import AboutDialog, GuideDialog
    from kpidesk.ui.import_dialog import ImportDialog
    from kpidesk.ui.import_targets import PipelineImport
    from kpidesk.ui.month_dialog import MonthDialog
    from kpidesk.ui.new_plan_dialog import NewPlanDialog
    from kpidesk.ui.next_period_dialog import NextPeriodDialog
    from kpidesk.ui.pdf_export import PdfExportDialog
    from kpidesk.ui.rename_plan import RenamePlanDialog
    from kpidesk.ui.reopen_period_dialog import ReopenPeriodDialog
    from kpidesk.ui.restore_dialog import RestoreDialog
    from kpidesk.ui.review.month_turn_dialog import MonthTurnDialog
    from kpidesk.ui.review.new_review_dialog import NewReviewDialog
    from kpidesk.ui.review.revision_reason import RevisionReasonDialog
    from kpidesk.ui.team_dialog import TeamDialog
    from kpidesk.ui.thresholds_dialog import ThresholdsDialog
    from kpidesk.ui.welcome import WelcomeDialog
    from kpidesk.ui.what_if_dialog import WhatIfDialog

    document = window.document
    controller = document.controller
    controller.set_period(date(2026, 11, 1))
    crm = folder / "crm.csv"
    crm.write_text(f"日付,担当者,KPI,値\n2026-11-16,{rep},{kpi},3\n", encoding="utf-8")
    deals = folder / "deals.csv"
    deals.write_text(
        f"商談名,担当者,受注金額,完了予定日,確度\n田中商事,{rep},2000000,2026/11/25,A\n", "utf-8"
    )
    fmt = window.number_format
    backups = window.backup_actions.backups
    makers = {
        "new-plan": lambda: NewPlanDialog(window),
        "welcome": lambda: WelcomeDialog(window, [str(document.path)]),
        "import": lambda: ImportDialog(controller, str(crm), window),
        "export-pdf": lambda: PdfExportDialog(
            document.session, fmt, window.settings, folder, window.as_of, window
        ),
        "restore": lambda: RestoreDialog(backups, document.path, fmt, window),
        "rename-plan": lambda: RenamePlanDialog(controller, window),
        "team": lambda: TeamDialog(document, window),
        "period": lambda: MonthDialog(date(2026, 11, 1), "month", 4, window),
        "next-period": lambda: NextPeriodDialog(document, window),
        "reopen-period": lambda: ReopenPeriodDialog(document, window),
        "thresholds": lambda: ThresholdsDialog(document, window),
        "closing-days": lambda: ClosingDaysDialog(document, window),
        "what-if": lambda: WhatIfDialog(document, window),
        "funnel": lambda: FunnelDialog(document, PROSPECTS, window),
        "new-review": lambda: NewReviewDialog(controller, date(2026, 11, 20), window),
        "month-end": lambda: MonthTurnDialog(document.session, fmt, window),
        "revision-reason": lambda: RevisionReasonDialog("Deals", "100", "120", window),
        "import-pipeline": lambda: ImportDialog(
            controller, str(deals), window, target=PipelineImport()
        ),
        "reps-notes": window.team_menu.show_notes,
        "guide": lambda: GuideDialog("loop", window),
        "about": lambda: AboutDialog(window),
    }
    return makers
