"""The File menu's work: open, create, copy, import and export a plan, and say why one failed.

`FileActions` builds the File actions on the window (as `window.open_action` and so on); the
ones that need an open plan join the dialogs' "needs a plan" group.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from kpidesk.domain.demo import blank_plan
from kpidesk.domain.model import Plan
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import demo_label, file_error_text
from kpidesk.services import clock
from kpidesk.services.package_files import is_package
from kpidesk.services.plan_files import FILE_SUFFIX, PlanFileError, create_plan
from kpidesk.ui.actions import make_action
from kpidesk.ui.folders import plans_folder
from kpidesk.ui.plan_dialogs import launch
from kpidesk.ui.plan_opening import after_opening, open_document
from kpidesk.ui.recent_files import recent_files


def with_suffix(path: str) -> str:
    return path if path.endswith(FILE_SUFFIX) else path + FILE_SUFFIX


class FileActions(QObject):
    """Opens and writes files for `window`; every failure is one plain message, never a trace."""

    def __init__(self, window, needs_plan) -> None:
        super().__init__(window)
        self.window = window
        key = QKeySequence.StandardKey
        actions = [  # the window's attribute, the text, what it does, shortcut, object name
            ("new_action", self.tr("&New Plan…"), lambda: self.new_plan(), key.New, None),
            ("open_action", self.tr("&Open…"), lambda: self.open_file(), key.Open, None),
            ("save_as_action", self.tr("Save &As…"), lambda: self.save_as(), key.SaveAs, None),
            ("quit_action", self.tr("&Quit"), window.close, "Ctrl+Q", None),
            (
                "import_action",
                self.tr("&Import Actuals…"),
                lambda: self.import_actuals(),
                None,
                "importAction",
            ),
            (
                "export_actuals_action",
                self.tr("&Export Actuals as CSV…"),
                lambda: self.export_actuals(),
                None,
                "exportActualsAction",
            ),
            (
                "export_pdf_action",
                self.tr("Export P&DF…"),  # &P is Print…
                lambda: self.export_pdf(),
                None,
                "exportPdfAction",
            ),
        ]
        for attribute, text, slot, shortcut, name in actions:
            setattr(window, attribute, make_action(window, text, slot, shortcut, name))
        needs_plan.addAction(window.save_as_action)
        needs_plan.addAction(window.export_pdf_action)

    # -- opening ----------------------------------------------------------------------

    def open_file(self, path: str | Path | None = None, ask_when_held: bool = True) -> bool:
        """Open a plan; on failure say why and keep the current plan open. A plan another KPI
        Desk holds asks whether to open it read-only (unless `ask_when_held` is False: then
        it just opens read-only, as a screenshot run does)."""
        window = self.window
        if path is None:
            from kpidesk.ui.rep_window import package_filter  # a rep's window: when asked for

            path, _ = QFileDialog.getOpenFileName(
                window, self.tr("Open Plan"), self.folder(), self.file_filter() + package_filter()
            )
            if not path:
                return False
        if is_package(path):  # a rep's package opens in a window of its own
            from kpidesk.ui.rep_window import open_package_window

            return open_package_window(window, path)
        try:
            document = open_document(window, path, ask_when_held=ask_when_held)
        except PlanFileError as error:
            if not window.backup_actions.offer_backup(error):
                self.file_error(error)
            return False
        if document is None:  # the plan is held elsewhere and the user cancelled
            return False
        window._switch_to(document)
        after_opening(window, document)
        return True

    def new_plan(self, path: str | Path | None = None, template: str | None = None) -> bool:
        """Create a plan, blank or from a template, and open it; asks what is not given."""
        from kpidesk.ui.new_plan_dialog import NewPlanDialog  # dialogs load when first used

        if template is None:
            dialog = NewPlanDialog(self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            template = dialog.choice()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("New Plan"), self.folder(), self.file_filter()
            )
            if not path:
                return False
            path = with_suffix(path)
        try:
            create_plan(path, self._starting_plan(template), overwrite=True)
        except PlanFileError as error:
            self.file_error(error)
            return False
        return self.open_file(path)

    def _starting_plan(self, template: str) -> Plan:
        from kpidesk.i18n.ui_language import ui_language
        from kpidesk.services.templates import load_template
        from kpidesk.ui.new_plan_dialog import BLANK

        if template == BLANK:
            return blank_plan(
                self.tr("New plan"), demo_label("revenue"), demo_label("rep") + " 1", clock.today()
            )
        plan = load_template(template, ui_language())  # named in the window's language
        plan.period_start = plan.period_start or clock.today().replace(day=1)
        return plan

    def fill_recent_menu(self, menu) -> None:
        menu.clear()
        files = recent_files(self.window.settings)
        for path in files:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if not files:
            menu.addAction(self.tr("No recent plans")).setEnabled(False)

    # -- writing ----------------------------------------------------------------------

    def save_as(self, path: str | Path | None = None) -> bool:
        """Copy the plan with SQLite's backup API and continue in the copy."""
        document = self.window.document
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save Plan As"), self.folder(), self.file_filter()
            )
            if not path:
                return False
            path = with_suffix(path)
        if Path(path).resolve() == document.path:
            return True
        try:
            document.save_copy(path)
        except PlanFileError as error:
            self.file_error(error)
            return False
        return self.open_file(path)

    def import_actuals(self, path: str | Path | None = None) -> bool:
        """Choose a CRM export and open the import dialog on it."""
        window = self.window
        if window.document is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                window,
                self.tr("Import Actuals"),
                self.folder(),
                self.tr("CSV or Excel (*.csv *.tsv *.txt *.xlsx)"),
            )
            if not path:
                return False
        from kpidesk.domain.problems import ValidationError
        from kpidesk.i18n.messages import refusal_text
        from kpidesk.ui.import_dialog import ImportDialog

        document = window.document
        try:
            dialog = ImportDialog(
                document.controller, str(path), window, window.settings, document.path
            )
        except ValidationError as error:
            window._show_message(refusal_text(error))
            return False
        launch(dialog)
        return True

    def export_actuals(self, path: str | Path | None = None) -> bool:
        """Write the plan's actuals as CSV, in the layout the import reads back."""
        window = self.window
        if window.document is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                window, self.tr("Export Actuals"), self.folder(), self.tr("CSV (*.csv)")
            )
            if not path:
                return False
        from kpidesk.services.actuals_file import export_csv

        try:
            count = export_csv(window.document.session, path)
        except PlanFileError as error:
            self.file_error(error)
            return False
        message = fill(self.tr("Wrote %1 actuals to %2"), count, path)
        window.statusBar().showMessage(message, 8000)
        return True

    def export_pdf(self) -> QDialog:
        """File → Export PDF…: the meeting report (kpidesk.ui.pdf_export); returns the dialog."""
        from kpidesk.ui.pdf_export import PdfExportDialog

        window = self.window
        dialog = PdfExportDialog(
            window.document.session,
            window.number_format,
            window.settings,
            Path(self.folder()),
            window.as_of,
            window,
        )
        dialog.exported.connect(
            lambda path, pages: window.statusBar().showMessage(
                fill(self.tr("Saved %1"), path), 8000
            )
        )
        return launch(dialog)

    # -- telling ----------------------------------------------------------------------

    def file_error(self, error: PlanFileError) -> None:
        message = file_error_text(error.code, error.path, error.detail)
        self.window.statusBar().showMessage(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("KPI Desk"),
            message,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("fileErrorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as it is
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal but not blocking: start-up and scripts carry on

    def folder(self) -> str:
        document = self.window.document
        return plans_folder(document.path if document else None)

    def file_filter(self) -> str:
        return fill(self.tr("KPI Desk plans (*%1)"), FILE_SUFFIX)
