"""The team table: each rep's name, capacity weight and whether they are active this period."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kpidesk.domain.model import Unit
from kpidesk.i18n.fill import fill
from kpidesk.ui.cell_flags import RIGHT
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.tones import show_as_error

REP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, CAPACITY, ACTIVE = range(3)


class TeamDialog(QDialog):
    """Edits go straight to the plan as undoable steps; the dialog follows undo and redo."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.controller = document.controller
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team"))
        self.table = QTableWidget(0, 3, objectName="teamTable")
        self.table.setAccessibleName(self.tr("Reps"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rep"), self.tr("Capacity (1 = standard)"), self.tr("Active")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._item_changed)
        self.message = PlainLabel(objectName="teamMessage")
        show_as_error(self.message)
        self.message.setWordWrap(True)
        add = QPushButton(self.tr("Add Rep"), objectName="addRepButton")
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove Rep"), objectName="removeRepButton")
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            PlainLabel(
                self.tr(
                    "Capacity sizes each rep's share of KPIs split by capacity: "
                    "1.5 takes half as much again as 1."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self._filling = False
        document.changed.connect(self._plan_changed)  # undo and edits elsewhere too
        self.refresh()
        self.resize(460, 420)

    def _plan_changed(self, _outcome) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._filling = True
        reps = self.controller.session.plan.reps
        self.table.setRowCount(len(reps))
        fmt = self.controller.number_format
        for row, rep in enumerate(reps):
            name = QTableWidgetItem(rep.name)
            capacity = QTableWidgetItem(fmt.editable(rep.capacity, Unit.OTHER))
            capacity.setTextAlignment(RIGHT)
            active = QTableWidgetItem()
            active.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            active.setCheckState(Qt.CheckState.Checked if rep.active else Qt.CheckState.Unchecked)
            for column, item in enumerate((name, capacity, active)):
                item.setData(REP_ID_ROLE, rep.id)
                self.table.setItem(row, column, item)
        self._filling = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        rep_id = item.data(REP_ID_ROLE)
        if item.column() == NAME:
            refusal = self.controller.rename_rep(rep_id, item.text())
        elif item.column() == CAPACITY:
            refusal = self.controller.set_rep_capacity(rep_id, item.text())
        else:
            checked = item.checkState() == Qt.CheckState.Checked
            refusal = self.controller.set_rep_active(rep_id, checked)
        self._show(refusal)

    def _add(self) -> None:
        count = len(self.controller.session.plan.reps)
        self._show(self.controller.add_rep(fill(self.tr("Rep %1"), count + 1)))
        self.table.setCurrentCell(self.table.rowCount() - 1, NAME)

    def _remove(self) -> None:
        item = self.table.item(self.table.currentRow(), NAME)
        if item is not None:
            self._show(self.controller.remove_rep(item.data(REP_ID_ROLE)))

    def _show(self, refusal: str | None) -> None:
        self.message.setText(refusal or "")
        if refusal:
            self.refresh()
