"""The detail form of the selected KPI: every field editable, refusals shown at the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.model import Relation, Rounding, Unit
from kpidesk.i18n.messages import relation_name, rounding_name, unit_name
from kpidesk.ui.plan_controller import PlanController

ERROR_STYLE = "color: #c62828;"


class FieldRow(QWidget):
    """An editor with its own error line underneath."""

    def __init__(self, editor: QWidget) -> None:
        super().__init__()
        self.editor = editor
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        self.editor.setStyleSheet("border: 1px solid #c62828;" if message else "")


class NodeForm(QWidget):
    """Shows one node; each committed field is one undoable edit through the controller."""

    def __init__(self, controller: PlanController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.node_id: int | None = None
        self.name = QLineEdit(objectName="nameEdit")
        self.unit = QComboBox(objectName="unitCombo")
        for unit in Unit:
            self.unit.addItem(unit_name(unit), unit)
        self.unit_label = QLineEdit(objectName="unitLabelEdit")
        self.unit_label.setPlaceholderText(self.tr("e.g. hours"))
        self.relation = QComboBox(objectName="relationCombo")
        for relation in Relation:
            self.relation.addItem(relation_name(relation), relation)
        self.solve_for = QCheckBox(self.tr("Computed from the parent (solve for this KPI)"))
        self.solve_for.setObjectName("solveForCheck")
        self.target = QLineEdit(objectName="targetEdit")
        self.plan = QLineEdit(objectName="planEdit")
        self.split = QCheckBox(self.tr("Split evenly across the team's reps"))
        self.split.setObjectName("splitCheck")
        self.plan_per_rep = QLineEdit(objectName="planPerRepEdit")
        self.rounding = QComboBox(objectName="roundingCombo")
        for rounding in Rounding:
            self.rounding.addItem(rounding_name(rounding), rounding)
        self.required = _value_label("requiredValue")
        self.required_per_rep = _value_label("requiredPerRepValue")
        self.projected = _value_label("projectedValue")
        self.gap = _value_label("gapValue")
        self.reason = QLabel(objectName="reasonLabel")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b26a00;")

        self.rows = {
            "name": FieldRow(self.name),
            "unit": FieldRow(self.unit),
            "unit_label": FieldRow(self.unit_label),
            "relation": FieldRow(self.relation),
            "target": FieldRow(self.target),
            "plan": FieldRow(self.plan),
            "plan_per_rep": FieldRow(self.plan_per_rep),
            "rounding": FieldRow(self.rounding),
        }
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.tr("Name"), self.rows["name"])
        layout.addRow(self.tr("Unit"), self.rows["unit"])
        layout.addRow(self.tr("Unit name"), self.rows["unit_label"])
        layout.addRow(self.tr("Relation to children"), self.rows["relation"])
        layout.addRow("", self.solve_for)
        layout.addRow(self.tr("Target"), self.rows["target"])
        layout.addRow(self.tr("Plan (team)"), self.rows["plan"])
        layout.addRow("", self.split)
        layout.addRow(self.tr("Plan per rep"), self.rows["plan_per_rep"])
        layout.addRow(self.tr("Rounding"), self.rows["rounding"])
        layout.addRow(_heading(self.tr("Computed")))
        layout.addRow(self.tr("Required"), self.required)
        layout.addRow(self.tr("Required per rep"), self.required_per_rep)
        layout.addRow(self.tr("Projected"), self.projected)
        layout.addRow(self.tr("Gap"), self.gap)
        layout.addRow(self.reason)
        self.layout_ = layout
        self._connect()
        self.show_node(None)

    def _connect(self) -> None:
        c = self.controller
        self._on_commit(self.name, "name", lambda i, t: c.rename(i, t))
        self._on_commit(self.target, "target", c.set_target)
        self._on_commit(self.plan, "plan", c.set_plan_value)
        self._on_commit(self.plan_per_rep, "plan_per_rep", c.set_plan_per_rep)
        self._on_commit(self.unit_label, "unit_label", lambda i, t: c.set_unit(i, Unit.OTHER, t))
        self.unit.activated.connect(lambda _: self._commit("unit", self._unit_changed))
        self.relation.activated.connect(
            lambda _: self._commit(
                "relation", lambda i: c.set_relation(i, self.relation.currentData())
            )
        )
        self.rounding.activated.connect(
            lambda _: self._commit(
                "rounding", lambda i: c.set_rounding(i, self.rounding.currentData())
            )
        )
        self.solve_for.clicked.connect(self._solve_for_clicked)
        self.split.clicked.connect(
            lambda checked: self._commit("plan_per_rep", lambda i: c.set_split_by_rep(i, checked))
        )

    def _on_commit(self, edit: QLineEdit, field: str, apply: Callable[[int, str], str | None]):
        def commit() -> None:
            if edit.isModified():
                edit.setModified(False)
                self._commit(field, lambda node_id: apply(node_id, edit.text()))

        edit.editingFinished.connect(commit)

    def _commit(self, field: str, apply: Callable[[int], str | None]) -> None:
        if self.node_id is None:
            return
        refusal = apply(self.node_id)
        self.rows[field].show_error(refusal)
        if refusal:
            return
        self.show_node(self.node_id)

    def _unit_changed(self, node_id: int) -> str | None:
        unit = self.unit.currentData()
        return self.controller.set_unit(node_id, unit, self.unit_label.text())

    def _solve_for_clicked(self, checked: bool) -> None:
        if not checked:  # a node stops being solved for only when a sibling takes over
            self.solve_for.setChecked(True)
            return
        self._commit("target", self.controller.set_solve_for)

    def show_node(self, node_id: int | None) -> None:
        """Fill every field from the plan (also after undo, redo or an edit elsewhere)."""
        session = self.controller.session
        if node_id is not None and node_id not in session.plan.nodes:
            node_id = None
        if node_id != self.node_id:
            for row in self.rows.values():
                row.show_error(None)
        self.node_id = node_id
        self.setEnabled(node_id is not None)
        if node_id is None:
            for edit in (self.name, self.target, self.plan, self.plan_per_rep, self.unit_label):
                edit.clear()
            for label in (self.required, self.required_per_rep, self.projected, self.gap):
                label.clear()
            self.reason.clear()
            return
        node = session.plan.nodes[node_id]
        figures = session.figures.get(node_id)
        has_children = bool(session.plan.children_of(node_id))
        fmt = self.controller.number_format
        _set_text(self.name, node.name)
        self.unit.setCurrentIndex(self.unit.findData(node.unit))
        _set_text(self.unit_label, node.unit_label)
        self.unit_label.setEnabled(node.unit is Unit.OTHER)
        self.relation.setCurrentIndex(self.relation.findData(node.relation))
        self.relation.setEnabled(has_children)
        self.solve_for.setChecked(node.solve_for)
        self.solve_for.setEnabled(not node.is_root and not node.solve_for)
        self.solve_for.setVisible(not node.is_root)
        _set_text(self.target, fmt.editable(node.target, node.unit))
        self.target.setEnabled(node.is_root or not node.solve_for)
        self.target.setPlaceholderText(
            self.tr("computed from the parent") if node.solve_for and not node.is_root else ""
        )
        _set_text(self.plan, fmt.editable(node.plan, node.unit))
        self.plan.setEnabled(not has_children)
        self.plan.setPlaceholderText(self.tr("computed from the children") if has_children else "")
        self.split.setChecked(node.split_by_rep)
        per_rep = figures.plan_per_rep if figures else None
        _set_text(self.plan_per_rep, fmt.editable(per_rep, node.unit))
        self.plan_per_rep.setEnabled(node.split_by_rep and not has_children)
        self.rounding.setCurrentIndex(self.rounding.findData(node.rounding))
        self._show_figures(node, figures)

    def _show_figures(self, node, figures) -> None:
        fmt = self.controller.number_format
        if figures is None:
            return
        self.required.setText(fmt.figure(figures.required, node.unit, node.unit_label))
        self.required_per_rep.setText(
            ""
            if figures.required_per_rep is None
            else fmt.figure(figures.required_per_rep, node.unit, node.unit_label)
        )
        self.projected.setText(fmt.figure(figures.projected, node.unit, node.unit_label))
        self.gap.setText(
            fmt.signed(figures.gap.value, node.unit, node.unit_label) if figures.gap.ok else "—"
        )
        reasons = []
        for figure in (figures.required, figures.projected):
            text = fmt.reason(figure)
            if text and text not in reasons:
                reasons.append(text)
        self.reason.setText("\n".join(reasons))


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
    edit.setModified(False)


def _value_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
