"""File → Export PDF…: paper and orientation, where to save, a progress bar, and opening it.

Signals of PdfExportDialog: `exported(str, int)` with the path and the page count.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
)

from kpidesk.i18n.formatting import NumberFormat
from kpidesk.report.files import ExportCancelledError, ReportFileError
from kpidesk.report.options import Paper, ReportOptions, default_paper
from kpidesk.services.plan_session import PlanSession
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.tones import show_as_error

PAPER_KEY = "pdf/paper"
LANDSCAPE_KEY = "pdf/landscape"
OPEN_KEY = "pdf/openWhenDone"
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def suggested_name(plan_name: str, period_start: date | None) -> str:
    """The plan's name and its period's month, without characters a file name cannot hold."""
    stem = UNSAFE_IN_NAMES.sub("_", plan_name).strip(" .") or "report"
    if period_start is not None:
        stem += f" {period_start:%Y-%m}"
    return stem + ".pdf"


class PdfExportDialog(QDialog):
    """Asks for paper, orientation and the file; exports with a progress bar that can cancel.

    The dialog stays open with the reason when the file cannot be written.
    """

    exported = Signal(str, int)

    def __init__(
        self,
        session: PlanSession,
        number_format: NumberFormat,
        settings: QSettings,
        folder: Path,
        as_of: date | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.session, self.number_format, self.settings = session, number_format, settings
        self.as_of = as_of
        self.setObjectName("pdfExportDialog")
        self.setWindowTitle(self.tr("Export PDF"))
        self.paper = QComboBox(objectName="pdfPaper")
        self.paper.addItem(self.tr("A4"), Paper.A4.value)
        self.paper.addItem(self.tr("Letter"), Paper.LETTER.value)
        paper = settings.value(PAPER_KEY, default_paper().value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.orientation = QComboBox(objectName="pdfOrientation")
        self.orientation.addItem(self.tr("Portrait"), False)
        self.orientation.addItem(self.tr("Landscape"), True)
        landscape = settings.value(LANDSCAPE_KEY, False, type=bool)
        self.orientation.setCurrentIndex(1 if landscape else 0)
        plan = session.plan
        name = suggested_name(plan.name, plan.period_start)
        self.path = QLineEdit(str(folder / name), objectName="pdfPath")
        browse = QPushButton(self.tr("Browse…"), objectName="pdfBrowse")
        browse.setAutoDefault(False)  # Enter after tabbing past it still exports
        browse.clicked.connect(self._browse)
        self.open_when_done = QCheckBox(self.tr("Open the PDF when done"), objectName="pdfOpen")
        self.open_when_done.setChecked(settings.value(OPEN_KEY, True, type=bool))
        self.message = PlainLabel(objectName="pdfMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # paths can hold anything
        show_as_error(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("pdfExport")
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Paper"), self.paper)
        layout.addRow(self.tr("Orientation"), self.orientation)
        layout.addRow(self.tr("Save as"), where)
        layout.addRow(self.open_when_done)
        layout.addRow(self.message)
        layout.addRow(buttons)
        self.export_button.setDefault(True)  # Enter exports: only once it is in the dialog
        self.resize(560, self.sizeHint().height())

    def options(self) -> ReportOptions:
        return ReportOptions(
            paper=Paper(self.paper.currentData()),
            landscape=bool(self.orientation.currentData()),
            as_of=self.as_of,
            money_in_man=self.number_format.money_in_man,
        )

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def export(self) -> bool:
        """Write the PDF; True when it was written (and opened, if asked)."""
        from kpidesk.report.writer import export_pdf  # loads pyqtgraph: only when exporting

        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the PDF."))
            return False
        path = Path(text).expanduser()
        progress = QProgressDialog(self.tr("Drawing the report…"), self.tr("Cancel"), 0, 1, self)
        progress.setObjectName("pdfProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def on_page(done: int, count: int) -> bool:
            progress.setMaximum(count)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = export_pdf(
                self.session, path, self.options(), self.number_format, None, on_page
            )
        except ReportFileError as error:
            self.message.setText(str(error))
            return False
        except ExportCancelledError:
            self.message.setText(self.tr("Export cancelled; no file was written."))
            return False
        finally:
            QApplication.restoreOverrideCursor()
            progress.reset()
        self._remember()
        self.exported.emit(str(path), pages)
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()
        return True

    def _remember(self) -> None:
        self.settings.setValue(PAPER_KEY, self.paper.currentData())
        self.settings.setValue(LANDSCAPE_KEY, bool(self.orientation.currentData()))
        self.settings.setValue(OPEN_KEY, self.open_when_done.isChecked())
