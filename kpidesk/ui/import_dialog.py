"""Import a CRM export into the plan's actuals or its ヨミ list: choose the columns, check the
preview, load all or nothing as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kpidesk.domain.problems import ValidationError
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import refusal_text, storage_error_text
from kpidesk.services.actuals_file import read_table
from kpidesk.services.storage_faults import StorageError
from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.import_targets import ActualsImport, Reading
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.plan_controller import PlanController
from kpidesk.ui.tones import show_as_error


class ImportDialog(QDialog):
    """What the file is imported into, with its fields, is the `target` (ActualsImport by
    default, or PipelineImport). Columns are guessed by their headers; the preview shows how
    the first rows will be read and every bad row; after the import the dialog says what was
    loaded.

    Signals: `imported(str)` with the confirmation, once the file is loaded.
    """

    imported = Signal(str)

    def __init__(
        self,
        controller: PlanController,
        path: str,
        parent=None,
        settings: QSettings | None = None,
        plan_path=None,
        target=None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.path = path
        self.settings, self.plan_path = settings, plan_path
        self.target = target if target is not None else ActualsImport()
        self.reading: Reading | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(fill(self.target.title(), Path(path).name))
        self.header, self.rows = read_table(path)  # streamed again for each preview
        self.combos: dict[str, QComboBox] = {}
        self.required: list[str] = []
        form = QFormLayout()
        self.target.build(self, form)
        headers = self.target.preview_columns()
        self.table = QTableWidget(0, len(headers), objectName="importPreview")
        self.table.setAccessibleName(self.tr("Preview of the rows to import"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = PlainLabel(objectName="importSummary", wordWrap=True)
        self.errors = PlainLabel(objectName="importErrors", wordWrap=True)
        show_as_error(self.errors)
        self.flagged = PlainLabel(objectName="importFlagged", wordWrap=True)
        self.confirm = QCheckBox(objectName="confirmFlagged")
        self.confirm.toggled.connect(lambda _checked: self._ok())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.load)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        for widget in (self.summary, self.errors, self.flagged, self.confirm, self.buttons):
            layout.addWidget(widget)
        self.resize(720, 560)
        self.preview()
        make_accessible(self)  # names for screen readers, the tab order of its form

    def column_combo(self, field: str, chosen: dict[str, str], required: bool = False):
        """A choice of the file's columns for `field`, the guessed one set; a required field
        starts with "(choose a column)", another with "(none)"."""
        combo = QComboBox(objectName=f"{field}Column")
        combo.addItem(self.tr("(choose a column)") if required else self.tr("(none)"))
        combo.addItems(self.header)
        if field in chosen:
            combo.setCurrentIndex(self.header.index(chosen[field]) + 1)
        combo.currentIndexChanged.connect(self.preview)
        self.combos[field] = combo
        if required:
            self.required.append(field)
        return combo

    def chosen(self, field: str) -> str | None:
        """The column chosen for `field`, or None."""
        combo = self.combos[field]
        return combo.currentText() if combo.currentIndex() > 0 else None

    def preview(self) -> None:
        """Read the file with the chosen columns and show the first rows and every error."""
        self.reading = None
        if any(self.chosen(field) is None for field in self.required):
            self._clear(self.target.choose_text())
            return
        try:
            reading = self.target.read(self)
        except ValidationError as error:
            self._clear(self.tr("Nothing can be imported with these columns."))
            self.errors.setText(refusal_text(error))
            return
        except StorageError as error:  # the preview's scratch database: a full temporary folder
            self._clear("")
            self.errors.setText(storage_error_text(error.code, error.detail))
            return
        self.reading = reading
        self.table.setRowCount(len(reading.rows))
        for row, cells in enumerate(reading.rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.errors.setText(reading.errors)
        self.flagged.setText(reading.flagged)
        self.confirm.setText(self.target.confirm_text(reading.flagged_count))
        self.confirm.setVisible(bool(reading.flagged_count))
        if not reading.flagged_count:
            self.confirm.setChecked(False)
        self._ok()

    def _clear(self, summary: str) -> None:
        """No preview: the columns are not chosen, or cannot be read as chosen."""
        self.table.setRowCount(0)
        self.errors.clear()
        self.flagged.clear()
        self.confirm.hide()
        self.summary.setText(summary)
        self._ok()

    def _confirmed(self) -> bool:
        return self.reading is not None and (
            not self.reading.flagged_count or self.confirm.isChecked()
        )

    def _ok(self) -> None:
        """The Import button is on when everything read and what needs confirming is ticked."""
        reading = self.reading
        loads = reading is not None and reading.loadable and self._confirmed()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(loads)
        if reading is not None:
            self.summary.setText(reading.summary(self._confirmed()))

    def load(self) -> None:
        refusal, confirmation = self.target.load(self, self.confirm.isChecked())
        if refusal:
            self.errors.setText(refusal)
            return
        self._show_imported(confirmation)

    def _show_imported(self, confirmation: str) -> None:
        """The dialog stays open saying what was loaded; the only button left is Close."""
        for combo in self.findChildren(QComboBox):
            combo.setEnabled(False)
        self.confirm.setEnabled(False)
        self.errors.clear()
        self.summary.setText(confirmation)
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeImport")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        self.imported.emit(confirmation)
