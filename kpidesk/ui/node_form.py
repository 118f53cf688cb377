"""The detail form of the selected KPI: every field editable, refusals shown at the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.accumulation import accumulates
from kpidesk.domain.calendar import pace
from kpidesk.domain.decomposition import NOT_PLANNED_YET
from kpidesk.domain.model import Relation, Rounding, Split, Unit
from kpidesk.i18n.messages import relation_name, rounding_name, split_name, unit_name
from kpidesk.services.business_calendar import business_day_count, is_loaded
from kpidesk.ui.formatted_edit import FormattedNumberEdit
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.palette import NEGATIVE, POSITIVE
from kpidesk.ui.rep_split_table import RepSplitTable
from kpidesk.ui.tones import mark_error_border, show_as_error, show_as_warning, show_in


class FieldRow(QWidget):
    """An editor with its own error line underneath, made the first time it is needed (most
    fields never refuse anything, and twelve styled labels slowed every plan's opening)."""

    def __init__(self, editor: QWidget) -> None:
        super().__init__()
        self.editor = editor
        self._error: PlainLabel | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(editor)

    @property
    def error(self) -> PlainLabel:
        """The error line under the editor (hidden while there is no error)."""
        if self._error is None:
            self._error = PlainLabel()
            show_as_error(self._error)
            self._error.setWordWrap(True)
            self._error.hide()
            self._layout.addWidget(self._error)
        return self._error

    def show_error(self, message: str | None) -> None:
        if message or self._error is not None:
            self.error.setText(message or "")
            self.error.setVisible(bool(message))
        mark_error_border(self.editor, bool(message))


class ChoiceCombo(QComboBox):
    """A combo box over enum members; Qt would turn string enums into plain strings."""

    def __init__(self, name: str, items) -> None:
        super().__init__(objectName=name)
        self.choices = []
        for text, choice in items:
            self.addItem(text)
            self.choices.append(choice)

    def chosen(self):
        return self.choices[self.currentIndex()]

    def choose(self, choice) -> None:
        self.setCurrentIndex(self.choices.index(choice))


class NodeForm(QWidget):
    """Shows the open plan's current KPI; each committed field is one undoable edit through
    the controller. Follows the document's current KPI and every change it announces."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = document.controller
        self.node_id: int | None = None
        self._build_editors()
        self._build_layout()
        self._connect()
        document.currentChanged.connect(self.show_node)
        document.changed.connect(self._plan_changed)
        self.show_node(document.current_kpi)

    def _plan_changed(self, _outcome) -> None:
        self.show_node(self.document.current_kpi)

    def _build_editors(self) -> None:
        self.name = QLineEdit(objectName="nameEdit")
        self.unit = ChoiceCombo("unitCombo", [(unit_name(u), u) for u in Unit])
        self.unit_label = QLineEdit(objectName="unitLabelEdit")
        self.unit_label.setPlaceholderText(self.tr("e.g. hours"))
        self.relation = ChoiceCombo("relationCombo", [(relation_name(r), r) for r in Relation])
        self.formula = QLineEdit(objectName="formulaEdit")
        self.formula.setPlaceholderText(self.tr("e.g. Prospects * Close rate, using child names"))
        self.weight = QLineEdit(objectName="weightEdit")
        self.solve_for = QCheckBox(self.tr("Solved from the parent"))
        self.solve_for.setObjectName("solveForCheck")
        self.solve_for.setToolTip(
            self.tr("This KPI's requirement is computed from its parent's; its siblings are given.")
        )
        self.lower_is_better = QCheckBox(self.tr("Lower is better"))
        self.lower_is_better.setObjectName("lowerIsBetterCheck")
        self.lower_is_better.setToolTip(
            self.tr("For KPIs such as lead time or cost per deal: being under the target is good.")
        )
        self.target = FormattedNumberEdit(objectName="targetEdit")  # ¥10,000,000 until edited
        self.plan = QLineEdit(objectName="planEdit")
        self.split = ChoiceCombo("splitCombo", [(split_name(s), s) for s in Split])
        self.plan_per_rep = QLineEdit(objectName="planPerRepEdit")
        self.rounding = ChoiceCombo("roundingCombo", [(rounding_name(r), r) for r in Rounding])
        self.required = _value_label("requiredValue")
        self.required_per_rep = _value_label("requiredPerRepValue")
        self.per_week = _value_label("perWeekValue")
        self.per_day = _value_label("perDayValue")
        self.projected = _value_label("projectedValue")
        self.gap = _value_label("gapValue")
        self.reason = PlainLabel(objectName="reasonLabel")
        self.reason.setWordWrap(True)
        show_as_warning(self.reason)
        self.rep_table = RepSplitTable()
        self.rows = {
            name: FieldRow(editor)
            for name, editor in [
                ("name", self.name),
                ("unit", self.unit),
                ("unit_label", self.unit_label),
                ("relation", self.relation),
                ("formula", self.formula),
                ("weight", self.weight),
                ("target", self.target),
                ("plan", self.plan),
                ("split", self.split),
                ("plan_per_rep", self.plan_per_rep),
                ("rounding", self.rounding),
                ("fixed", self.rep_table),
            ]
        }

    def _build_layout(self) -> None:
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.tr("Name"), self.rows["name"])
        layout.addRow(self.tr("Unit"), self.rows["unit"])
        layout.addRow(self.tr("Unit name"), self.rows["unit_label"])
        layout.addRow(self.tr("Relation to children"), self.rows["relation"])
        layout.addRow(self.tr("Formula"), self.rows["formula"])
        layout.addRow(self.tr("Weight in the parent's sum"), self.rows["weight"])
        layout.addRow("", self.solve_for)
        layout.addRow("", self.lower_is_better)
        layout.addRow(self.tr("Target"), self.rows["target"])
        layout.addRow(self.tr("Plan (team)"), self.rows["plan"])
        layout.addRow(self.tr("Split across reps"), self.rows["split"])
        layout.addRow(self.tr("Plan per rep"), self.rows["plan_per_rep"])
        layout.addRow(self.tr("Rounding"), self.rows["rounding"])
        layout.addRow(_heading(self.tr("Computed")))
        layout.addRow(self.tr("Required"), self.required)
        layout.addRow(self.tr("Required per rep"), self.required_per_rep)
        layout.addRow(self.tr("Per rep per week"), self.per_week)
        layout.addRow(self.tr("Per rep per business day"), self.per_day)
        layout.addRow(self.tr("Projected"), self.projected)
        layout.addRow(self.tr("Gap"), self.gap)
        layout.addRow(self.reason)
        layout.addRow(self.rows["fixed"])
        self.form_layout = layout

    def _connect(self) -> None:
        c = self.controller
        self._on_commit(self.name, "name", c.rename)
        self._on_commit(self.target, "target", c.set_target)
        self._on_commit(self.plan, "plan", c.set_plan_value)
        self._on_commit(self.plan_per_rep, "plan_per_rep", c.set_plan_per_rep)
        self._on_commit(self.formula, "formula", c.set_formula)
        self._on_commit(self.weight, "weight", c.set_weight)
        self._on_commit(self.unit_label, "unit_label", lambda i, t: c.set_unit(i, Unit.OTHER, t))
        self._on_choice(self.unit, "unit", lambda i, u: c.set_unit(i, u, self.unit_label.text()))
        self._on_choice(self.relation, "relation", c.set_relation)
        self._on_choice(self.rounding, "rounding", c.set_rounding)
        self._on_choice(self.split, "split", c.set_split)
        self.solve_for.clicked.connect(self._solve_for_clicked)
        self.lower_is_better.clicked.connect(
            lambda checked: self._commit("target", lambda i: c.set_lower_is_better(i, checked))
        )
        self.rep_table.fixedShareEdited.connect(
            lambda rep_id, text: self._commit("fixed", lambda i: c.set_fixed_share(i, rep_id, text))
        )

    def _on_commit(self, edit: QLineEdit, field: str, apply: Callable[[int, str], str | None]):
        def commit() -> None:
            if edit.isModified():
                edit.setModified(False)
                self._commit(field, lambda node_id: apply(node_id, edit.text()))

        edit.editingFinished.connect(commit)

    def _on_choice(self, combo: ChoiceCombo, field: str, apply: Callable[[int, object], object]):
        combo.activated.connect(
            lambda _: self._commit(field, lambda node_id: apply(node_id, combo.chosen()))
        )

    def _commit(self, field: str, apply: Callable[[int], str | None]) -> None:
        if self.node_id is None:
            return
        refusal = apply(self.node_id)
        self.rows[field].show_error(refusal)
        if not refusal:
            self.show_node(self.node_id)

    def _solve_for_clicked(self, checked: bool) -> None:
        if not checked:  # a node stops being solved for only when a sibling takes over
            self.solve_for.setChecked(True)
            return
        self._commit("target", self.controller.set_solve_for)

    def show_node(self, node_id: int | None) -> None:
        """Fill every field from the plan (also after undo, redo or an edit elsewhere)."""
        plan = self.controller.session.plan
        if node_id is not None and node_id not in plan.nodes:
            node_id = None
        # every field is filled from the plan again, so a refused entry's message is stale
        for row in self.rows.values():
            row.show_error(None)
        self.node_id = node_id
        self.setEnabled(node_id is not None)
        if node_id is None:
            for edit in self.findChildren(QLineEdit):
                edit.clear()
            for label in (
                self.required,
                self.required_per_rep,
                self.projected,
                self.gap,
                self.per_week,
                self.per_day,
            ):
                label.clear()
            self.reason.clear()
            self.rows["fixed"].hide()
            return
        self._show_fields(plan, plan.nodes[node_id])
        self._show_figures(plan, plan.nodes[node_id])

    def _show_fields(self, plan, node) -> None:
        fmt = self.controller.number_format
        has_children = bool(plan.children_of(node.id))
        parent = plan.nodes.get(node.parent_id)
        _set_text(self.name, node.name)
        self.unit.choose(node.unit)
        _set_text(self.unit_label, node.unit_label)
        self.unit_label.setEnabled(node.unit is Unit.OTHER)
        self.relation.choose(node.relation)
        self.relation.setEnabled(has_children)
        _set_text(self.formula, node.formula)
        self._show_row("formula", node.relation is Relation.FORMULA)
        _set_text(self.weight, fmt.editable(node.weight, Unit.OTHER))
        self._show_row("weight", parent is not None and parent.relation is Relation.WEIGHTED_SUM)
        self.solve_for.setChecked(node.solve_for)
        self.solve_for.setEnabled(not node.is_root and not node.solve_for)
        self.solve_for.setVisible(not node.is_root)
        self.lower_is_better.setChecked(node.lower_is_better)
        computed = node.solve_for and not node.is_root
        shown = "" if node.target is None else fmt.value(node.target, node.unit, node.unit_label)
        self.target.set_value(fmt.editable(node.target, node.unit), shown)
        self.target.setEnabled(not computed)
        self.target.setPlaceholderText(self.tr("computed from the parent") if computed else "")
        _set_text(self.plan, fmt.editable(node.plan, node.unit))
        self.plan.setEnabled(not has_children)
        self.plan.setPlaceholderText(self.tr("computed from the children") if has_children else "")
        self.split.choose(node.split)
        _set_text(
            self.plan_per_rep,
            fmt.editable(self.controller.session.splits(node.id).plan_per_rep, node.unit),
        )
        self._show_row("plan_per_rep", node.split is Split.EVEN and not has_children)
        self.rounding.choose(node.rounding)

    def _show_row(self, name: str, visible: bool) -> None:
        row = self.rows[name]
        row.setVisible(visible)
        label = self.form_layout.labelForField(row)
        if label is not None:
            label.setVisible(visible)

    def _show_figures(self, plan, node) -> None:
        fmt = self.controller.number_format
        figures = self.controller.session.figures.get(node.id)
        if figures is None:
            return
        unit, label = node.unit, node.unit_label
        self.required.setText(fmt.figure(figures.required, unit, label))
        splits = self.controller.session.splits(node.id)
        self.required_per_rep.setText(fmt.per_rep(splits.required, unit, label))
        self.projected.setText(fmt.figure(figures.projected, unit, label))
        # not planned yet is no problem: its reason is a tooltip, not an amber warning
        waiting = not figures.projected.ok and figures.projected.problem.code in NOT_PLANNED_YET
        self.projected.setToolTip(fmt.reason(figures.projected) if waiting else "")
        self.gap.setText(fmt.signed(figures.gap.value, unit, label) if figures.gap.ok else "—")
        colour = {True: POSITIVE, False: NEGATIVE}.get(figures.on_target)
        show_in(self.gap, colour)
        reasons = []
        for text in (
            fmt.reason(figures.required),
            "" if waiting else fmt.reason(figures.projected),
            fmt.split_reason(splits.required),
        ):
            if text and text not in reasons:
                reasons.append(text)
        self.reason.setText("\n".join(reasons))
        self._show_pace(plan, node, figures)
        self.rows["fixed"].setVisible(node.split is not Split.NONE)
        if node.split is not Split.NONE:
            self.rep_table.show_split(plan, node, splits, fmt)

    def _show_pace(self, plan, node, figures) -> None:
        """Each rep's requirement spread over the business days of the plan's month."""
        parts = self._rep_parts(plan, node, figures)
        month = plan.period_start
        ready = bool(parts) and month is not None and is_loaded(month)
        if parts and month is not None and not is_loaded(month):
            QTimer.singleShot(100, self._load_calendar)  # not on the way to the first paint
        days = business_day_count(month) if ready else 0
        shown = ready and days > 0
        for label in (self.per_week, self.per_day):
            label.setVisible(shown)
            self.form_layout.labelForField(label).setVisible(shown)
        if not shown:
            return
        fmt = self.controller.number_format
        low, high = pace(min(parts), days), pace(max(parts), days)

        def text(attribute: str) -> str:
            values = [getattr(p, attribute) for p in (low, high)]
            shown = [fmt.value(v, node.unit, node.unit_label) for v in values]
            return shown[0] if shown[0] == shown[1] else "–".join(shown)

        self.per_week.setText(text("per_week"))
        self.per_day.setText(text("per_day"))

    def _rep_parts(self, plan, node, figures) -> list:
        """Each rep's share: the split when the node is split, else an even share of the team's.

        None for a level (a rate, a price, days): it has no pace."""
        if not accumulates(plan, node.id) or not figures.required.ok or figures.required.value < 0:
            return []
        split = self.controller.session.splits(node.id).required
        if split is not None:
            return list(split.parts.values()) if split.ok else []
        reps = plan.active_rep_count
        return [figures.required.value / reps] if reps else []

    def _load_calendar(self) -> None:
        month = self.controller.session.plan.period_start
        if month is not None and self.node_id is not None:
            business_day_count(month)
            self.show_node(self.node_id)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
    edit.setModified(False)


def _value_label(name: str) -> QLabel:
    label = PlainLabel(objectName=name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = PlainLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
