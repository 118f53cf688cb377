"""A rep's package open in KPI Desk: their numbers only, their actuals editable, the rest
read-only with the reason; File → Export PDF… writes their own report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services import clock
from kpidesk.services.package_files import OpenPackage
from kpidesk.services.rep_notes import notes_of
from kpidesk.services.rep_view import RepRow, rep_rows
from kpidesk.ui.actuals_grid import ActualsGrid
from kpidesk.ui.cell_flags import SELECTABLE
from kpidesk.ui.fonts import FAMILY
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.plan_controller import PlanController
from kpidesk.ui.plan_document import Document
from kpidesk.ui.progress_page import ProgressPage
from kpidesk.ui.yomi_page import YomiPage


class RepController(PlanController):
    """The package's controller: only the rep's own actuals may change."""

    def __init__(
        self, opened: OpenPackage, number_format: NumberFormat, parent=None, edit_refusal=None
    ) -> None:
        super().__init__(opened.session, number_format, parent, edit_refusal=edit_refusal)
        self.rep_id = opened.header.rep_id

    def record_actuals(self, cells) -> str | None:
        if any(rep_id != self.rep_id for _node, rep_id, _day in cells):
            message = self.tr(
                "Only your own actuals can be entered in your package; the team's figures "
                "are the manager's."
            )
            self.refused.emit(message)
            return message
        return super().record_actuals(cells)


class RepWindow(QMainWindow):
    """One package, open under its lock until the window closes."""

    def __init__(self, opened: OpenPackage, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("repWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.opened = opened
        self.number_format = NumberFormat()
        self.controller = RepController(
            opened, self.number_format, self, edit_refusal=self._read_only_reason
        )
        header = opened.header
        self.setWindowTitle(
            fill(self.tr("%1 — %2 (rep package)"), header.rep_name, Path(opened.path).name)
        )
        self.title = PlainLabel(objectName="repTitle")
        self.title.setText(
            fill(
                self.tr("%1's numbers in “%2”, %3 to %4"),
                header.rep_name,
                header.plan_name,
                header.first_day,
                header.last_day,
            )
        )
        self.why_read_only = PlainLabel(objectName="repReadOnlyReason")
        self.why_read_only.setWordWrap(True)
        self.why_read_only.setText(
            self.tr(
                "This is your package from the manager. You can enter your actuals; the tree, "
                "targets, shares and team are the manager's plan and are read-only here. Send "
                "the file back to the manager when you are done."
            )
            if not opened.read_only
            else self.tr("This package is open read-only: another KPI Desk has it open.")
        )
        self.numbers = QTreeWidget(objectName="repNumbers")
        self.numbers.setHeaderLabels(
            [
                self.tr("KPI"),
                self.tr("Team requirement"),
                self.tr("My requirement"),
                self.tr("My plan"),
                self.tr("Per week"),
                self.tr("Per business day"),
                self.tr("Actual to date"),
                self.tr("Progress"),
            ]
        )
        self.numbers.header().setStretchLastSection(False)
        self.kpi_choice = QComboBox(objectName="repKpiChoice")
        self.document = Document(self.controller)  # the views follow the package through it
        self.grid = ActualsGrid(self.document)
        actuals_page = QWidget()
        layout = QVBoxLayout(actuals_page)
        layout.addWidget(self.kpi_choice)
        layout.addWidget(self.grid, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.numbers, self.tr("My Numbers"))
        self.tabs.addTab(actuals_page, self.tr("My Actuals"))
        self.charts = ProgressPage(self.number_format)
        self.tabs.addTab(self.charts, self.tr("My Progress"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh_charts())
        self.notes = QTableWidget(objectName="repNotes")
        self.notes.setColumnCount(3)
        self.notes.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("Cause"), self.tr("Action")])
        self.notes.horizontalHeader().setStretchLastSection(True)
        self.notes.itemChanged.connect(self._note_changed)
        self._filling_notes = False
        self.tabs.addTab(self.notes, self.tr("My Notes"))
        self.pipeline = YomiPage(self.document, self.number_format)  # their own deals
        self.tabs.addTab(self.pipeline, self.tr("My Pipeline"))
        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self.title)
        column.addWidget(self.why_read_only)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menus()
        plan = opened.session.plan
        for node_id in plan.subtree_ids(plan.root.id) if plan.root else []:
            if not plan.children_of(node_id):
                self.kpi_choice.addItem(plan.nodes[node_id].name, node_id)
        self.kpi_choice.currentIndexChanged.connect(self._show_kpi)
        self.controller.outcome.connect(lambda _outcome: self.refresh())
        self._show_kpi()
        self.refresh()
        self.resize(1000, 620)

    def _read_only_reason(self) -> str | None:
        """Why every edit is refused: the package is open read-only (another KPI Desk has it)."""
        return self.why_read_only.text() if self.opened.read_only else None

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_action = file_menu.addAction(self.tr("Export &PDF…"))
        self.export_action.triggered.connect(lambda: self.export_pdf())
        close = file_menu.addAction(self.tr("&Close"))
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])

    def _show_kpi(self) -> None:
        self.document.set_current_kpi(self.kpi_choice.currentData())
        rep_id = self.opened.header.rep_id
        for column, (column_rep, _name) in enumerate(self.grid.model.columns):
            self.grid.view.setColumnHidden(column, column_rep != rep_id)  # theirs only
        self._refresh_charts()

    def _refresh_charts(self) -> None:
        """The KPI's charts for this rep only (the chooser of reps is not shown)."""
        if self.tabs.currentWidget() is not self.charts:
            return
        session = self.opened.session
        self.charts.plan_changed()
        _panel = self.charts.panel  # built with its rep chooser
        reps = session.plan.active_reps
        position = next(i for i, r in enumerate(reps) if r.id == self.opened.header.rep_id)
        node_id = self.kpi_choice.currentData()
        self.charts.rep.blockSignals(True)
        if self.charts.rep.count() != len(reps) + 1:
            self.charts.refresh(session, node_id)  # fills the chooser
        self.charts.rep.setCurrentIndex(position + 1)
        self.charts.rep.blockSignals(False)
        self.charts.rep.hide()
        self.charts.refresh(session, node_id)

    def rows(self) -> list[RepRow]:
        return rep_rows(self.opened, clock.today())

    def refresh(self) -> None:
        self._refresh_charts()
        self._fill_notes()
        self.numbers.clear()
        parents: dict[int, QTreeWidgetItem] = {}
        for row in self.rows():
            parent = parents.get(row.node.parent_id)
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.numbers)
            for column, text in enumerate(self._texts(row)):
                item.setText(column, text)
                if column:
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            parents[row.node.id] = item
        self.numbers.expandAll()
        for column in range(8):
            self.numbers.resizeColumnToContents(column)

    def _fill_notes(self) -> None:
        session, rep_id = self.opened.session, self.opened.header.rep_id
        notes = {node: note for (_p, _r, node), note in notes_of(session, rep_id).items()}
        plan = session.plan
        ids = plan.subtree_ids(plan.root.id) if plan.root else []
        self._filling_notes = True
        self.notes.setRowCount(len(ids))
        for row, node_id in enumerate(ids):
            if self.notes.item(row, 0) is None:
                self.notes.setItem(row, 0, QTableWidgetItem())
            name = self.notes.item(row, 0)
            name.setText(plan.nodes[node_id].name)
            name.setFlags(SELECTABLE)
            name.setData(Qt.ItemDataRole.UserRole, node_id)
            cause, action, _when = notes.get(node_id, ("", "", ""))
            for column, text in ((1, cause), (2, action)):
                if self.notes.item(row, column) is None:  # kept while it may be in an edit
                    self.notes.setItem(row, column, QTableWidgetItem())
                self.notes.item(row, column).setText(text)
        self._filling_notes = False

    def _note_changed(self, item: QTableWidgetItem) -> None:
        if self._filling_notes or item.column() == 0:
            return
        row = item.row()
        node_id = self.notes.item(row, 0).data(Qt.ItemDataRole.UserRole)
        cause, action = self.notes.item(row, 1).text(), self.notes.item(row, 2).text()
        session, rep_id = self.opened.session, self.opened.header.rep_id
        self.controller.run(
            self.tr("Edit Note"), lambda: session.set_rep_note(rep_id, node_id, cause, action)
        )

    def _texts(self, row: RepRow) -> list[str]:
        node, fmt = row.node, self.number_format

        def value(figure) -> str:
            return "" if figure is None else fmt.value(figure, node.unit, node.unit_label)

        progress = "" if row.progress is None else f"{float(row.progress) * 100:.0f} %"
        return [
            node.name,
            value(row.team_required),
            value(row.required),
            value(row.planned),
            value(row.per_week),
            value(row.per_day),
            value(row.actual),
            progress,
        ]

    def export_pdf(self, path: str | None = None) -> bool:
        """The rep's own numbers as an A4 PDF."""
        from kpidesk.report.files import ReportFileError, check_target, write_atomically

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export PDF"), "", self.tr("PDF (*.pdf)")
            )
            if not path:
                return False
        try:
            check_target(Path(path))
            write_atomically(Path(path), self.pdf_bytes())
        except ReportFileError as error:
            self.grid.message.setText(str(error))
            return False
        return True

    def pdf_bytes(self) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(15, 15, 15, 15),
            )
        )
        writer.setTitle(self.title.text())
        document = QTextDocument()
        document.setDefaultFont(self._pdf_font())
        headers = [self.numbers.headerItem().text(c) for c in range(8)]
        cells = "".join(f"<th>{_escape(h)}</th>" for h in headers)
        lines = [f"<h2>{_escape(self.title.text())}</h2>", "<table border='1' cellpadding='3'>"]
        lines.append(f"<tr>{cells}</tr>")
        for row in self.rows():
            texts = self._texts(row)
            texts[0] = "\u3000" * row.depth + texts[0]
            lines.append("<tr>" + "".join(f"<td>{_escape(t)}</td>" for t in texts) + "</tr>")
        lines.append("</table>")
        document.setHtml("".join(lines))
        document.print_(writer)
        return QByteArray(buffer.data()).data()

    def _pdf_font(self):
        from kpidesk.ui.fonts import load_bundled_fonts

        font = self.font()
        if FAMILY in load_bundled_fonts():
            font.setFamilies([FAMILY])
        font.setPointSize(9)
        return font

    def closeEvent(self, event) -> None:
        self.opened.close()
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_rep_window(parent, path: str | Path) -> RepWindow:
    """Open a package in a window of its own (the caller says why when it is refused)."""
    window = RepWindow(OpenPackage(path), parent)
    window.show()
    return window


def open_package_window(window, path: str | Path, read_only: bool = False) -> bool:
    """File → Open on a .kpirep: the rep's window, or the main window says why not. A package
    another KPI Desk has open asks, as a plan does, whether to open it read-only."""
    from kpidesk.services.plan_files import PlanFileError, PlanLockedError
    from kpidesk.ui.lock_prompt import ask_to_open_read_only

    try:
        rep_window = RepWindow(OpenPackage(path, read_only), window)
    except PlanLockedError as error:
        if ask_to_open_read_only(window, Path(error.path), error.owner):
            return open_package_window(window, path, read_only=True)
        return False
    except PlanFileError as error:
        window._file_error(error)
        return False
    rep_window.show()
    window.rep_windows = [*getattr(window, "rep_windows", []), rep_window]
    return True


def package_filter() -> str:
    from PySide6.QtCore import QCoreApplication

    from kpidesk.services.package_files import PACKAGE_SUFFIX

    text = QCoreApplication.translate("RepWindow", "Rep packages (*%1)")
    return ";;" + fill(text, PACKAGE_SUFFIX)
