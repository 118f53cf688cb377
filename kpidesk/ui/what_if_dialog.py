"""What-if: change drivers in a scratch scenario, see the projected KGI and each driver's pull."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kpidesk.domain.numbers import whole_only
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.what_if import drivers, projected_kgi, sensitivity
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import refusal_text
from kpidesk.ui.cell_flags import RIGHT
from kpidesk.ui.edit_text_delegate import EDIT_TEXT_ROLE, EditTextDelegate
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.tones import show_as_error

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, PLAN, SCENARIO, PULL = range(4)


class WhatIfDialog(QDialog):
    """Nothing here touches the plan until Apply, which is one undoable step."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.controller = document.controller
        self.overrides: dict[int, Fraction] = {}
        self.setObjectName("whatIfDialog")
        self.setWindowTitle(self.tr("What-if"))
        self.table = QTableWidget(0, 4, objectName="whatIfTable")
        self.table.setAccessibleName(self.tr("Drivers and their effect on the KGI"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Driver"), self.tr("Plan"), self.tr("What-if"), self.tr("KGI if +1 %")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        # the What-if column shows ¥100,000 and 25 %; its editor opens on 100000 and 25
        self.table.setItemDelegateForColumn(SCENARIO, EditTextDelegate(self.table))
        self.table.itemChanged.connect(self._edited)
        self.result = PlainLabel(objectName="whatIfResult")
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        self.message = PlainLabel(objectName="whatIfMessage")
        show_as_error(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = QPushButton(self.tr("Apply to Plan"), objectName="applyScenario")
        self.reset_button = QPushButton(self.tr("Reset"), objectName="resetScenario")
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.apply_button.clicked.connect(self.apply)
        self.reset_button.clicked.connect(self.reset)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            PlainLabel(
                self.tr(
                    "Type new values in the What-if column. The plan changes only when you apply."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.result)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._filling = False
        document.changed.connect(self._plan_changed)  # undo and edits elsewhere too
        self.refresh()
        self.resize(640, 420)

    def _plan_changed(self, _outcome) -> None:
        self.refresh()

    def refresh(self) -> None:
        plan = self.controller.session.plan
        fmt = self.controller.number_format
        pulls = sensitivity(plan, self.overrides)
        root = plan.root
        self._filling = True
        ids = drivers(plan)
        self.table.setRowCount(len(ids))
        for row, node_id in enumerate(ids):
            node = plan.nodes[node_id]
            value = self.overrides.get(node_id, node.plan)
            cells = [
                node.name,
                fmt.value(node.plan, node.unit, node.unit_label),
                fmt.value(value, node.unit, node.unit_label),
                fmt.signed(pulls[node_id].value, root.unit, root.unit_label)
                if pulls[node_id].ok
                else "—",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NODE_ID_ROLE, node_id)
                if column != SCENARIO:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column != NAME:
                    item.setTextAlignment(RIGHT)
                if column == SCENARIO:
                    item.setData(EDIT_TEXT_ROLE, fmt.editable(value, node.unit))
                if column == SCENARIO and node_id in self.overrides:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self._filling = False
        self._show_result()

    def _show_result(self) -> None:
        plan = self.controller.session.plan
        fmt = self.controller.number_format
        root = plan.root
        now = self.controller.session.figures[root.id].projected
        then = projected_kgi(plan, self.overrides)
        unit, label = root.unit, root.unit_label
        text = fill(
            self.tr("%1 projected: %2 → %3"),
            root.name,
            fmt.figure(now, unit, label),
            fmt.figure(then, unit, label),
        )
        if then.ok and root.target is not None:
            gap = fmt.signed(then.value - root.target, unit, label)
            text += "  " + fill(self.tr("(gap to the KGI %1)"), gap)
        self.result.setText(text)
        self.apply_button.setEnabled(bool(self.overrides))

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != SCENARIO:
            return
        node_id = item.data(NODE_ID_ROLE)
        node = self.controller.session.plan.nodes[node_id]
        try:
            whole = whole_only(node.unit, node.rounding)
            value = self.controller.number_format.parse(item.text(), node.unit, whole)
        except ValidationError as error:
            self.message.setText(refusal_text(error))
            return
        self.message.clear()
        if value is None or value == node.plan:
            self.overrides.pop(node_id, None)
        else:
            self.overrides[node_id] = value
        self.refresh()

    def reset(self) -> None:
        self.overrides.clear()
        self.message.clear()
        self.refresh()

    def apply(self) -> None:
        refusal = self.controller.apply_scenario(dict(self.overrides))
        if refusal:
            self.message.setText(refusal)
            return
        self.overrides.clear()
        self.refresh()
