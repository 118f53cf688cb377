"""What each control does, said to a screen reader as its accessible description.

A control of the window or a dialog is described by its object name when it has a sentence of
its own here; a standard dialog button (OK, Cancel, Close) by its role; any other by what its
kind of control does and how the keys work it. A control with a tooltip keeps the tooltip first
and the description goes on from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QTreeView,
    QWidget,
)

translate = QCoreApplication.translate


def by_name() -> dict[str, str]:
    """The controls described by their object name (translated when asked)."""
    return {
        # the window
        "planTree": translate(
            "Descriptions",
            "The KPI tree: the KGI at the top and the KPIs that drive it below. Arrows move, "
            "F2 or typing edits a cell, F6 goes to the form.",
        ),
        "planViews": translate(
            "Descriptions",
            "The plan's views: tree, diagram, actuals, progress, reviews and pipeline. "
            "Ctrl+Tab moves to the next one.",
        ),
        "detailTabs": translate(
            "Descriptions", "The selected KPI's details and its SMART check, side by side tabs."
        ),
        "smartArea": translate(
            "Descriptions", "The five SMART criteria of the selected KPI, with ticks and notes."
        ),
        "kpiChooser": translate(
            "Descriptions", "Chooses the KPI this tab shows, without the Tree tab."
        ),
        "chartRep": translate(
            "Descriptions", "Shows the charts for the whole team or for one rep."
        ),
        "actualsView": translate(
            "Descriptions",
            "The selected KPI's actuals by day and rep: type into a cell, paste from Excel, "
            "Ctrl+C copies.",
        ),
        "treeDiagram": translate(
            "Descriptions", "The KPI tree drawn as boxes; clicking a box selects its KPI."
        ),
        "reviewChoice": translate("Descriptions", "Chooses which review is shown."),
        "newReviewButton": translate(
            "Descriptions", "Holds a new review: keeps every KPI's figures as of its day."
        ),
        "deleteReviewButton": translate(
            "Descriptions", "Deletes the review shown (Undo brings it back)."
        ),
        "reviewNotes": translate("Descriptions", "Notes on the whole review, kept as you type."),
        "yomiView": translate(
            "Descriptions", "The deals expected to close, ranked A, B or C, with their amounts."
        ),
        # the KPI's form
        "nameEdit": translate(
            "Descriptions", "The KPI's name, as the tree and the report show it."
        ),
        "unitCombo": translate(
            "Descriptions", "What the KPI counts in: yen, a count, %, days or a unit."
        ),
        "unitLabelEdit": translate("Descriptions", "The name of your own unit, such as visits."),
        "relationCombo": translate(
            "Descriptions", "How the KPI follows from its children: product, sum, formula…"
        ),
        "formulaEdit": translate(
            "Descriptions", "A formula over the children's names, such as 見込み客数 * 成約率."
        ),
        "weightEdit": translate(
            "Descriptions", "How much this KPI counts in its parent's weighted sum."
        ),
        "targetEdit": translate(
            "Descriptions",
            "The KPI's target for the period; the KGI's target drives the whole tree. "
            "Type a number (1,000, 10万, 20 %), then Enter.",
        ),
        "planEdit": translate(
            "Descriptions", "What the team plans to reach; the projection is worked out from it."
        ),
        "planPerRepEdit": translate(
            "Descriptions", "The plan per rep; the team's plan is it times the active reps."
        ),
        "splitCombo": translate(
            "Descriptions", "How the KPI is shared across reps: evenly, by capacity or fixed."
        ),
        "roundingCombo": translate(
            "Descriptions", "Whether its figures round up, down or not at all."
        ),
        "repSplitTable": translate(
            "Descriptions", "Each rep's part of the KPI, and fixed amounts."
        ),
        "smartSummary": translate("Descriptions", "Filters the tree to the KPIs that need a look."),
        "requiredValue": translate(
            "Descriptions", "What the KPI must reach for the KGI, worked out from the tree."
        ),
        "requiredPerRepValue": translate("Descriptions", "The requirement for each rep."),
        "projectedValue": translate(
            "Descriptions", "Where the KPI lands with the plan values, worked out bottom-up."
        ),
        "gapValue": translate("Descriptions", "Projected minus required: below zero falls short."),
        # dialogs
        "welcomeNew": translate(
            "Descriptions", "Creates a plan from a template, in a file you name."
        ),
        "welcomeOpen": translate("Descriptions", "Opens a plan file you choose."),
        "welcomeDemo": translate(
            "Descriptions", "Opens a copy of the demo plan: ¥10,000,000 broken down for 10 reps."
        ),
        "restoreAllPlans": translate(
            "Descriptions", "Lists the backups of every plan, not only the open one."
        ),
        "restoreBackups": translate(
            "Descriptions", "The backups, newest first, with their plan, KGI and last edit."
        ),
        "restoreOpenCopy": translate(
            "Descriptions", "Opens the chosen backup as a new file; the plan stays as it is."
        ),
        "restoreReplace": translate(
            "Descriptions",
            "Puts the chosen backup in the plan's place; the plan is backed up first.",
        ),
        "templateList": translate("Descriptions", "The template the new plan starts from."),
        "welcomeRecent": translate(
            "Descriptions", "Plans opened lately: Enter opens the one chosen."
        ),
        "dateColumn": translate("Descriptions", "The file's column that holds each row's date."),
        "valueColumn": translate("Descriptions", "The file's column that holds each row's figure."),
        "kpiColumn": translate("Descriptions", "The file's column that names each row's KPI."),
        "fixedKpi": translate("Descriptions", "Or the one KPI every row of the file is for."),
        "repColumn": translate("Descriptions", "The file's column that names each row's rep."),
        "importPreview": translate("Descriptions", "The first rows as they will be imported."),
        "pdfPaper": translate("Descriptions", "The paper size of the PDF: A4 or Letter."),
        "pdfOrientation": translate("Descriptions", "Portrait or landscape pages."),
        "pdfPath": translate("Descriptions", "The file the PDF is written to."),
        "pdfBrowse": translate(
            "Descriptions", "Chooses the PDF's folder and name in a file dialog."
        ),
        "pdfOpen": translate("Descriptions", "Opens the PDF in your viewer once it is written."),
        "pdfExport": translate("Descriptions", "Writes the meeting report as a PDF."),
        "planNameEdit": translate(
            "Descriptions", "The plan's name, shown in the title and the report."
        ),
        "teamTable": translate(
            "Descriptions", "The reps: name, capacity and whether they are active."
        ),
        "addRepButton": translate("Descriptions", "Adds a rep to the team."),
        "removeRepButton": translate("Descriptions", "Removes the chosen rep from the team."),
        "periodKindCombo": translate(
            "Descriptions", "Plans by month, quarter, half or fiscal year."
        ),
        "fiscalStartSpin": translate("Descriptions", "The month your fiscal year starts in."),
        "monthEdit": translate("Descriptions", "The month the plan's period starts in."),
        "sameTargets": translate("Descriptions", "The next period keeps this period's targets."),
        "growTargets": translate(
            "Descriptions", "The next period's KGI grows by the percentage typed."
        ),
        "newKgi": translate("Descriptions", "The next period starts with the KGI target typed."),
        "nextPeriodAmount": translate("Descriptions", "The percentage or the new KGI target."),
        "confirmEarlyClose": translate(
            "Descriptions", "Confirms closing the period before its last day."
        ),
        "startNextPeriodButton": translate(
            "Descriptions", "Freezes this period's figures and starts the next one."
        ),
        "periodHistory": translate(
            "Descriptions", "The periods closed so far, and their reopenings."
        ),
        "reopenReason": translate(
            "Descriptions", "Why the period is reopened; kept with the period."
        ),
        "reopenButton": translate(
            "Descriptions", "Reopens the latest closed period to change actuals."
        ),
        "closeAgainButton": translate(
            "Descriptions", "Closes the reopened period and freezes it again."
        ),
        "onTrackAt": translate("Descriptions", "Progress from this percentage up reads On track."),
        "atRiskBelow": translate("Descriptions", "Progress below this percentage reads At risk."),
        "closingDaysList": translate(
            "Descriptions", "The company's own closing days: no business days."
        ),
        "closingDay": translate("Descriptions", "The day to add as a closing day."),
        "closingNote": translate("Descriptions", "A note for the day, such as year-end holidays."),
        "addClosingDay": translate("Descriptions", "Adds the day as a closing day."),
        "removeClosingDay": translate("Descriptions", "Removes the chosen closing day."),
        "whatIfTable": translate(
            "Descriptions", "Each driver's scenario value and how much +1 % moves the KGI."
        ),
        "applyScenario": translate("Descriptions", "Writes the scenario's values into the plan."),
        "resetScenario": translate("Descriptions", "Sets every driver back to the plan's value."),
        "funnelTable": translate(
            "Descriptions", "The funnel's stages and each stage's conversion rate."
        ),
        "addStageButton": translate("Descriptions", "Adds a stage to the funnel."),
        "removeStageButton": translate("Descriptions", "Removes the chosen stage."),
        "reviewCadence": translate("Descriptions", "Weekly, monthly or half-yearly review."),
        "reviewDate": translate(
            "Descriptions", "The day the review is held; figures are kept as of it."
        ),
        "turnGo_review": translate("Descriptions", "Opens a new review of the period."),
        "turnGo_smart": translate("Descriptions", "Shows the KPIs that fall short of SMART."),
        "turnGo_next_period": translate(
            "Descriptions", "Closes the period and starts the next one."
        ),
        "turnGo_reopened": translate("Descriptions", "Opens Reopen Period to close it again."),
        "revisionReason": translate(
            "Descriptions", "Why the target changes; kept with the revision."
        ),
        "nameColumn": translate("Descriptions", "The file's column that names each deal."),
        "amountColumn": translate("Descriptions", "The file's column with each deal's amount."),
        "close_dateColumn": translate(
            "Descriptions", "The file's column with each deal's close date."
        ),
        "rankColumn": translate(
            "Descriptions", "The file's column with each deal's rank or probability."
        ),
        "noteColumn": translate("Descriptions", "The file's column with each deal's note."),
        "stateColumn": translate("Descriptions", "The file's column saying open, won or lost."),
        "repNotesTable": translate("Descriptions", "What each rep wrote for this period."),
        "guideText": translate("Descriptions", "How to do the monthly loop, step by step."),
        "aboutLicences": translate(
            "Descriptions", "The version, and the licences of the parts used."
        ),
    }


def by_button_role(button: QAbstractButton) -> str:
    """A dialog's OK, Cancel or Close, by its role."""
    box = button.parent()
    if not isinstance(box, QDialogButtonBox):
        return ""
    standard = box.standardButton(button)
    if standard == QDialogButtonBox.StandardButton.Ok:
        return translate("Descriptions", "Keeps what is chosen here and closes the dialog.")
    if standard == QDialogButtonBox.StandardButton.Cancel:
        return translate("Descriptions", "Closes the dialog and changes nothing.")
    if standard == QDialogButtonBox.StandardButton.Close:
        return translate("Descriptions", "Closes the dialog; what was changed in it is kept.")
    return ""


def by_kind(widget: QWidget) -> str:
    """What a kind of control does, and how the keys work it."""
    kinds = (
        (QCheckBox, translate("Descriptions", "A tick box: Space ticks or clears it.")),
        (
            QRadioButton,
            translate("Descriptions", "One of a set of choices: the arrows pick another."),
        ),
        (QAbstractButton, translate("Descriptions", "A button: Space presses it.")),
        (
            QComboBox,
            translate("Descriptions", "A choice: Up and Down change it, Alt+Down lists all."),
        ),
        (
            QAbstractSpinBox,
            translate("Descriptions", "A value: type it, or Up and Down change it."),
        ),
        (QLineEdit, translate("Descriptions", "A field: type, then Enter or Tab keeps it.")),
        (QTreeView, translate("Descriptions", "A tree: arrows move, Left and Right fold.")),
        (QListView, translate("Descriptions", "A list: Up and Down move through it.")),
        (QAbstractItemView, translate("Descriptions", "A table: the arrows move between cells.")),
        (QTextBrowser, translate("Descriptions", "Text to read: the arrows and Page Down scroll.")),
        (QTextEdit, translate("Descriptions", "A box for a few lines of text, kept as typed.")),
        (
            QPlainTextEdit,
            translate("Descriptions", "A box for a few lines of text, kept as typed."),
        ),
        (QTabWidget, translate("Descriptions", "Tabs: Ctrl+Tab moves to the next one.")),
        (QTabBar, translate("Descriptions", "Tabs: Left and Right move between them.")),
        (
            QScrollArea,
            translate("Descriptions", "An area that scrolls: the arrows move through it."),
        ),
        (
            QLabel,
            translate("Descriptions", "A figure worked out by KPI Desk: select it to copy it."),
        ),
    )
    return next((text for kind, text in kinds if isinstance(widget, kind)), "")


def description_of(widget: QWidget, named: dict[str, str] | None = None) -> str:
    """What `widget` does, for a screen reader: after its tooltip, when it has one."""
    named = by_name() if named is None else named
    said = named.get(widget.objectName(), "")
    if not said and isinstance(widget, QAbstractButton):
        said = by_button_role(widget)
    said = said or by_kind(widget)
    tip = widget.toolTip().strip()
    if tip and said and not said.startswith(tip):
        return f"{tip} {said}"
    return tip or said
