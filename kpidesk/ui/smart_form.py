"""The SMART checklist of the selected KPI: the app's assessment beside the user's own check."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.smart import Check, Criterion, SmartRecord
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import smart_criterion_name, smart_reason_text, smart_result_name
from kpidesk.i18n.smart_marks import smart_mark
from kpidesk.services.smart_service import smart_cache
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.palette import SMART_COLOUR
from kpidesk.ui.plan_controller import PlanController
from kpidesk.ui.tones import set_style_sheet, show_in


class CommittingTextEdit(QPlainTextEdit):
    """A few lines of plain text that commit when the focus leaves, like a line edit's
    editingFinished; Tab moves on instead of typing a tab."""

    committed = Signal(str)

    def __init__(self, name: str) -> None:
        super().__init__(objectName=name)
        self.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.setFixedHeight(int(lines * 3.6))

    def show_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.document().setModified(False)

    def focusOutEvent(self, event) -> None:
        if self.document().isModified():
            self.document().setModified(False)
            self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)


class CriterionBox(QFrame):
    """One criterion: the app's mark, result and reasons; the user's tick and note."""

    ticked = Signal(bool)
    noted = Signal(str)

    def __init__(self, criterion: Criterion) -> None:
        super().__init__(objectName=f"smart_{criterion.value}")
        self.criterion = criterion
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.mark = PlainLabel(objectName="mark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mark.setFixedSize(22, 22)
        self.title = PlainLabel(f"{criterion.value[0].upper()}  {smart_criterion_name(criterion)}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.verdict = PlainLabel(objectName="verdict")
        self.reasons = PlainLabel(objectName="reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tick = QCheckBox(self.tr("Checked"), objectName="tick")
        self.tick.clicked.connect(self.ticked)
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("Your note"))
        self.tick.setToolTip(self.tr("Your own judgement, whatever the app's assessment says"))
        self.note.editingFinished.connect(self._note_finished)

        top = QHBoxLayout()
        top.addWidget(self.mark)
        top.addWidget(self.title, 1)
        top.addWidget(self.verdict)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.reasons)
        own = QHBoxLayout()
        own.addWidget(self.tick)
        own.addWidget(self.note, 1)
        layout.addLayout(own)

    def _note_finished(self) -> None:
        if self.note.isModified():
            self.note.setModified(False)
            self.noted.emit(self.note.text())

    def show_check(self, check: Check, reasons: list[str], ticked: bool, note: str) -> None:
        colour = SMART_COLOUR[check.result].name()
        self.result = check.result
        self.mark.setText(smart_mark(check.result))
        badge = f"background: {colour}; color: white; border-radius: 11px; font-weight: bold;"
        set_style_sheet(self.mark, badge)
        self.verdict.setText(smart_result_name(check.result))
        set_style_sheet(self.verdict, f"color: {colour};")
        self.reasons.setText("\n".join(reasons))
        self.reasons.setVisible(bool(reasons))
        self.tick.setChecked(ticked)
        _set_text(self.note, note)


class SmartForm(QWidget):
    """Shows one KPI's checklist; each committed field, tick or note is one undoable edit."""

    def __init__(self, controller: PlanController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.cache = smart_cache(controller.session)
        self.node_id: int | None = None
        self.title = PlainLabel(objectName="smartTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.verdict = PlainLabel(objectName="smartVerdict")
        self.verdict.setWordWrap(True)
        self.root_note = PlainLabel(
            self.tr(
                "The KGI is the goal itself. SMART checks each KPI that leads to it: "
                "select a KPI below the KGI."
            ),
            objectName="smartRootNote",
        )
        self.root_note.setWordWrap(True)
        self.owner = QLineEdit(objectName="smartOwner")
        self.owner.setPlaceholderText(self.tr("Who answers for this KPI"))
        self.definition = CommittingTextEdit("smartDefinition")
        self.definition.setPlaceholderText(self.tr("What counts, and what does not"))
        self.source = QLineEdit(objectName="smartSource")
        self.source.setPlaceholderText(self.tr("e.g. CRM daily report"))
        self.boxes = {criterion: CriterionBox(criterion) for criterion in Criterion}
        self._build_layout()
        self._connect()
        self.show_node(None)

    def _build_layout(self) -> None:
        self.details = QWidget()
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(self.tr("Owner"), self.owner)
        fields.addRow(self.tr("Definition"), self.definition)
        fields.addRow(self.tr("Data source"), self.source)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(fields)
        for box in self.boxes.values():
            details.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.verdict)
        layout.addWidget(self.root_note)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def _connect(self) -> None:
        c = self.controller
        for edit, field in ((self.owner, "owner"), (self.source, "source")):
            edit.editingFinished.connect(lambda e=edit, f=field: self._field_finished(e, f))
        self.definition.committed.connect(
            lambda text: self._apply(lambda i: c.set_smart(i, definition=text))
        )
        for criterion, box in self.boxes.items():
            box.ticked.connect(
                lambda on, k=criterion.value: self._apply(lambda i: c.set_smart_tick(i, k, on))
            )
            box.noted.connect(
                lambda text, k=criterion.value: self._apply(lambda i: c.set_smart_note(i, k, text))
            )
        c.outcome.connect(self._follow)

    def _field_finished(self, edit: QLineEdit, field: str) -> None:
        if edit.isModified():
            edit.setModified(False)
            text = edit.text()
            self._apply(lambda node_id: self.controller.set_smart(node_id, **{field: text}))

    def _apply(self, action) -> None:
        if self.node_id is not None:
            action(self.node_id)  # the outcome refreshes the form

    def _follow(self, _outcome) -> None:
        self.show_node(self.node_id)

    def show_node(self, node_id: int | None) -> None:
        """Fill the form from the plan (also after undo, redo or an edit elsewhere)."""
        plan = self.controller.session.plan
        node = plan.nodes.get(node_id) if node_id is not None else None
        self.node_id = node.id if node is not None else None
        self.setEnabled(node is not None)
        is_kpi = node is not None and not node.is_root
        self.root_note.setVisible(node is not None and node.is_root)
        self.details.setVisible(is_kpi)
        self.verdict.setVisible(is_kpi)
        self.title.setText(node.name if node is not None else "")
        if not is_kpi:
            return
        record = plan.smart.get(node.id, SmartRecord())
        _set_text(self.owner, record.owner)
        self.definition.show_text(record.definition)
        _set_text(self.source, record.source)
        assessment = self.cache.assessment(node.id)
        ticks, notes = dict(record.ticks), dict(record.notes)
        fmt = self.controller.number_format
        for criterion, box in self.boxes.items():
            check = assessment.checks[criterion]
            reasons = [
                smart_reason_text(code, params, fmt, node.unit, node.unit_label)
                for code, params in check.reasons
            ]
            box.show_check(
                check,
                reasons,
                bool(ticks.get(criterion.value)),
                notes.get(criterion.value, ""),
            )
        self._show_verdict(assessment)

    def _show_verdict(self, assessment) -> None:
        short = sum(1 for criterion in assessment.checks if not assessment.met(criterion))
        if short == 0:
            text = self.tr("SMART: every criterion passes.")
        else:
            text = fill(self.tr("%1 of %2 criteria need attention."), short, len(assessment.checks))
        self.verdict.setText(text)
        show_in(self.verdict, SMART_COLOUR[assessment.worst()])


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
    edit.setModified(False)
