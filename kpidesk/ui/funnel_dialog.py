"""Build a sales funnel in one gesture: stages from the top down, each with its conversion rate."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kpidesk.i18n.fill import fill
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.tones import show_as_error


class FunnelDialog(QDialog):
    """Turns the selected count KPI into a funnel's bottom; the whole build is one undo step."""

    def __init__(self, document, node_id: int, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller = document.controller
        self.node_id = node_id
        self.setObjectName("funnelDialog")
        node = controller.session.plan.nodes[node_id]
        self.setWindowTitle(self.tr("Build Funnel"))
        intro = PlainLabel(
            fill(
                self.tr(
                    "Stages from the top of the funnel down to “%1”. Each rate is the share of a "
                    "stage that reaches the next one."
                ),
                node.name,
            ),
            wordWrap=True,
        )
        self.table = QTableWidget(0, 2, objectName="funnelTable")
        self.table.setAccessibleName(self.tr("Funnel stages"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Rate into the next stage (%)")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for name, rate in self._default_stages():
            self._append(name, rate)
        add = QPushButton(self.tr("Add Stage"), objectName="addStageButton")
        add.clicked.connect(lambda: self._append("", ""))
        remove = QPushButton(self.tr("Remove Stage"), objectName="removeStageButton")
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.message = PlainLabel(objectName="funnelMessage")
        show_as_error(self.message)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._build)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def _default_stages(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Calls"), "20"),
            (self.tr("Connections"), "30"),
            (self.tr("Appointments"), "60"),
            (self.tr("Visits"), "50"),
            (self.tr("Proposals"), "40"),
        ]

    def _append(self, name: str, rate: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(rate))

    def stages(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]

    def _build(self) -> None:
        refusal = self.controller.build_funnel(self.node_id, self.stages())
        if refusal:
            self.message.setText(refusal)
            return
        self.accept()
