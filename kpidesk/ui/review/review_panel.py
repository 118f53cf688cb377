"""The Reviews tab: pick a review, read its frozen figures, write causes, actions and notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.review import ActionItem, Review
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.i18n.messages import cadence_name
from kpidesk.services.review_service import follow_ups, revisions_for
from kpidesk.ui.clipboard import add_table_copy
from kpidesk.ui.date_fields import date_field
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.review import review_tables as tables
from kpidesk.ui.review.new_review_dialog import NewReviewDialog
from kpidesk.ui.review.pipeline_moves import PipelineMoves
from kpidesk.ui.splitters import mark_splitter
from kpidesk.ui.text_box import TextBox

if TYPE_CHECKING:
    from kpidesk.ui.review.gap_section import GapSection


class ReviewPanel(QWidget):
    """Everything of one review; the figures are read-only, the words are editable."""

    def __init__(self, document, number_format: NumberFormat, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.controller = document.controller
        document.reviewsChanged.connect(self.refresh)
        self.fmt = number_format
        self.review: Review | None = None
        self._follow_ups = []
        self._filling = False

        self.choice = QComboBox(objectName="reviewChoice")
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.new_button = QPushButton(self.tr("New Review…"), objectName="newReviewButton")
        self.new_button.clicked.connect(self.new_review)
        self.delete_button = QPushButton(self.tr("Delete"), objectName="deleteReviewButton")
        self.delete_button.clicked.connect(self._delete)
        top = QHBoxLayout()
        top.addWidget(PlainLabel(self.tr("Review:")))
        top.addWidget(self.choice, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        self.empty = PlainLabel(
            self.tr(
                "No review yet. A review keeps every KPI's figures as of its day, with the"
                " causes and actions the team decides. Start one with New Review…"
            ),
            objectName="reviewEmpty",
            wordWrap=True,
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_body())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.refresh()

    def _build_body(self) -> QWidget:
        self.title = PlainLabel(objectName="reviewTitle", wordWrap=True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.kpis = tables.make_table("reviewKpis", tables.kpi_headers(), stretch=8)
        tables.share_text_columns(self.kpis, (tables.CAUSE_COLUMN, tables.ACTION_COLUMN))
        self.kpis.currentCellChanged.connect(lambda *_: self._show_item())

        self.item_box = QGroupBox(objectName="reviewItem")
        self.cause = self._line("reviewCause", self.tr("What made it lag or lead (要因)"))
        self.action = self._line("reviewAction", self.tr("What the team will do (対策)"))
        self.owner = self._line("reviewOwner", self.tr("Who"))
        self.has_due = QCheckBox(self.tr("Due"), objectName="reviewHasDue")
        self.due = date_field("reviewDue")
        self.has_due.toggled.connect(self._due_toggled)
        self.due.dateChanged.connect(lambda _: self._save_item())
        who_and_when = QHBoxLayout()  # one row, so the KPI table keeps its height
        who_and_when.addWidget(self.owner, 2)
        who_and_when.addSpacing(12)
        who_and_when.addWidget(self.has_due)
        who_and_when.addWidget(self.due, 1)
        form = QFormLayout(self.item_box)
        form.addRow(self.tr("Cause"), self.cause)
        form.addRow(self.tr("Action"), self.action)
        form.addRow(self.tr("Owner"), who_and_when)

        self.previous = tables.make_table("reviewFollowUps", tables.follow_up_headers(), stretch=2)
        self.previous.itemChanged.connect(self._follow_up_ticked)
        self.previous_label = PlainLabel(objectName="reviewFollowUpTitle", wordWrap=True)
        previous_page = QWidget()
        previous_layout = QVBoxLayout(previous_page)
        previous_layout.addWidget(self.previous_label)
        previous_layout.addWidget(self.previous, 1)
        self.revisions = tables.make_table("reviewRevisions", tables.revision_headers(), stretch=4)
        self.copy_tables = [  # Ctrl+C on a table: the whole table, tab-separated, for Excel
            add_table_copy(self, table) for table in (self.kpis, self.previous, self.revisions)
        ]
        self.notes = TextBox(objectName="reviewNotes")
        self.notes.setPlaceholderText(self.tr("Overall notes of the meeting"))
        self.notes.editingFinished.connect(self.save_notes)
        self.sections = QTabWidget(objectName="reviewSections")
        self.sections.addTab(previous_page, self.tr("Previous Actions"))
        self.sections.addTab(self.revisions, self.tr("Target Revisions"))
        self.gap_page = QWidget(objectName="reviewGapPage")
        QVBoxLayout(self.gap_page).setContentsMargins(0, 0, 0, 0)
        self.gap: GapSection | None = None  # built when first shown: it needs pyqtgraph
        self.sections.addTab(self.gap_page, self.tr("Why We Are Behind"))
        self.sections.currentChanged.connect(lambda _: self._show_gap())
        self.moves = PipelineMoves(self.fmt)
        self.sections.addTab(self.moves, self.tr("Pipeline Moves"))
        self.sections.addTab(self.notes, self.tr("Notes"))

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.title)
        upper_layout.addWidget(self.kpis, 1)
        upper_layout.addWidget(self.item_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.sections)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setObjectName("reviewSplitter")
        return mark_splitter(splitter)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(objectName=name)
        line.setPlaceholderText(placeholder)
        line.editingFinished.connect(self._save_item)
        return line

    # -- showing ------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the reviews after a change, keeping the one on show."""
        session = self.controller.session
        keep = self.review.id if self.review else None
        reviews = sorted(session.reviews, key=lambda r: (r.held_on, r.id), reverse=True)
        self._filling = True
        self.choice.clear()
        for review in reviews:
            self.choice.addItem(self._review_label(review), review.id)
        ids = [r.id for r in reviews]
        self.choice.setCurrentIndex(ids.index(keep) if keep in ids else 0 if ids else -1)
        self._filling = False
        self._show(session.review(self.choice.currentData()) if ids else None)

    def show_review(self, review_id: int) -> None:
        self.choice.setCurrentIndex(self.choice.findData(review_id))

    def _choice_changed(self, _index: int) -> None:
        if not self._filling and self.choice.currentData() is not None:
            self._show(self.controller.session.review(self.choice.currentData()))

    def _review_label(self, review: Review) -> str:
        return fill(
            self.tr("%1 · %2 (%3 – %4)"),
            tables.day_text(review.held_on, self.fmt),
            cadence_name(review.cadence),
            tables.day_text(review.first_day, self.fmt),
            tables.day_text(review.last_day, self.fmt),
        )

    def _show(self, review: Review | None) -> None:
        self.review = review
        self.delete_button.setEnabled(review is not None)
        self.stack.setCurrentIndex(0 if review is None else 1)
        if review is None:
            return
        self.title.setText(
            fill(
                self.tr("%1 review held on %2: figures as of that day, for %3 – %4."),
                cadence_name(review.cadence),
                tables.day_text(review.held_on, self.fmt),
                tables.day_text(review.first_day, self.fmt),
                tables.day_text(review.last_day, self.fmt),
            )
        )
        row = max(self.kpis.currentRow(), 0)
        tables.fill_kpis(self.kpis, review, self.fmt)
        self.kpis.setCurrentCell(min(row, self.kpis.rowCount() - 1), 0)
        session = self.controller.session
        self._follow_ups = follow_ups(session, review)
        tables.fill_follow_ups(self.previous, self._follow_ups, self.fmt)
        previous = self._follow_ups[0].review if self._follow_ups else None
        self.previous_label.setText(
            fill(
                self.tr("Actions decided in the review of %1: tick those that are done."),
                tables.day_text(previous.held_on, self.fmt),
            )
            if previous
            else self.tr("The previous review decided no action.")
        )
        tables.fill_revisions(self.revisions, revisions_for(session, review), self.fmt)
        self.moves.show_review(session, review)
        if not self.notes.hasFocus() or not self.notes.document().isModified():
            self.notes.setPlainText(review.notes)  # never over what is being typed
        self._show_item()
        self._show_gap()

    def _show_gap(self) -> None:
        if self.review is None or self.sections.currentWidget() is not self.gap_page:
            return
        if self.gap is None:
            from kpidesk.ui.review.gap_section import GapSection

            self.gap = GapSection(self.fmt, self.gap_page)
            self.gap_page.layout().addWidget(self.gap)
        self.gap.show_review(self.review)

    def selected_node_id(self) -> int | None:
        row = self.kpis.currentRow()
        item = self.kpis.item(row, 0) if row >= 0 else None
        return item.data(tables.NODE_ROLE) if item else None

    def select_kpi(self, node_id: int) -> None:
        for row in range(self.kpis.rowCount()):
            if self.kpis.item(row, 0).data(tables.NODE_ROLE) == node_id:
                self.kpis.setCurrentCell(row, 0)
                return

    def _show_item(self) -> None:
        node_id = self.selected_node_id()
        self.item_box.setEnabled(node_id is not None)
        if self.review is None or node_id is None:
            return
        kpi = self.review.figures(node_id)
        self.item_box.setTitle(fill(self.tr("Cause and action for “%1”"), kpi.name))
        item = self.review.item(node_id)
        self._filling = True
        for line, text in (
            (self.cause, item.cause),
            (self.action, item.action),
            (self.owner, item.owner),
        ):
            if line.text() != text:
                line.setText(text)
        self.has_due.setChecked(item.due is not None)
        self.due.setEnabled(item.due is not None)
        due = item.due or self.review.last_day
        self.due.setDate(QDate(due.year, due.month, due.day))
        self._filling = False

    # -- editing ------------------------------------------------------------------

    def _due_toggled(self, checked: bool) -> None:
        self.due.setEnabled(checked)
        self._save_item()

    def _save_item(self) -> None:
        node_id = self.selected_node_id()
        if self._filling or self.review is None or node_id is None:
            return
        before = self.review.item(node_id)
        due: date | None = self.due.date().toPython() if self.has_due.isChecked() else None
        after = ActionItem(
            node_id,
            cause=self.cause.text().strip(),
            action=self.action.text().strip(),
            owner=self.owner.text().strip(),
            due=due,
            done=before.done,
        )
        if after != before:
            self.controller.set_review_item(self.review.id, after)

    def _follow_up_ticked(self, cell) -> None:
        if cell.column() != 0 or self.review is None:
            return
        follow_up = self._follow_ups[cell.row()]
        done = cell.checkState() == Qt.CheckState.Checked
        if done != follow_up.item.done:
            self.controller.set_review_item(follow_up.review.id, replace(follow_up.item, done=done))

    def save_notes(self) -> None:
        """Keep what is typed in the notes (on leaving the box, and before the plan closes)."""
        if self.review is not None and self.notes.toPlainText().strip() != self.review.notes:
            self.controller.set_review_notes(self.review.id, self.notes.toPlainText())

    def new_review(self) -> None:
        dialog = NewReviewDialog(self.controller, self.controller.session.today(), self)
        if dialog.exec():
            latest = max(self.controller.session.reviews, key=lambda r: r.id)
            self.refresh()
            self.show_review(latest.id)
            self.kpis.setFocus()  # arrows pick a KPI, Tab goes on to its cause and action
        dialog.deleteLater()

    def _delete(self) -> None:
        if self.review is not None:
            self.controller.delete_review(self.review.id)
