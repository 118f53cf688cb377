"""The first start's welcome: a new plan from a template, open a plan, the demo, recent plans."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.ui.accessibility import make_accessible
from kpidesk.ui.icons import action_icon, app_icon


class WelcomeDialog(QDialog):
    """Offers the ways in; each button does its job through the main window, then closes."""

    def __init__(self, window, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent or window, objectName="welcomeDialog")
        self.window = window
        self.setWindowTitle(self.tr("Welcome to KPI Desk"))
        self.setWindowIcon(app_icon())
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(48, 48))
        title = QLabel(self.tr("Welcome to KPI Desk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Set your sales goal, and KPI Desk works out the activity that reaches it. "
                "Start from a template, open a plan, or look around the demo plan first."
            )
        )
        intro.setWordWrap(True)
        self.new_button = self._button("new", self.tr("&New Plan from a Template…"), self._new)
        self.new_button.setObjectName("welcomeNew")
        self.open_button = self._button("open", self.tr("&Open a Plan…"), self._open)
        self.open_button.setObjectName("welcomeOpen")
        self.demo_button = self._button("guide", self.tr("Try the &Demo Plan"), self._demo)
        self.demo_button.setObjectName("welcomeDemo")
        self.recent = QListWidget(self, objectName="welcomeRecent")
        self.recent.setAccessibleName(self.tr("Recent plans"))
        for path in recent:
            item = QListWidgetItem(Path(path).name)
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent.itemActivated.connect(self._open_recent)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        heading = QHBoxLayout()
        heading.addWidget(icon)
        heading.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(intro)
        for button in (self.new_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        if recent:
            layout.addWidget(QLabel(self.tr("Recent plans:")))
            layout.addWidget(self.recent)
        else:
            self.recent.hide()
        layout.addWidget(close)
        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.recent)
        self.new_button.setDefault(True)
        self.resize(480, 360 if recent else 260)
        make_accessible(self)  # names for screen readers, the tab order of its forms

    def _button(self, icon: str, text: str, slot) -> QPushButton:
        button = QPushButton(action_icon(icon), text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _finish_if(self, done: bool) -> None:
        if done:
            self.accept()

    def _new(self) -> None:
        self._finish_if(self.window.new_plan())

    def _open(self) -> None:
        self._finish_if(self.window.open_file())

    def _demo(self) -> None:
        self._finish_if(self.window.help_menu.open_demo())

    def _open_recent(self, item: QListWidgetItem) -> None:
        self._finish_if(self.window.open_file(item.data(Qt.ItemDataRole.UserRole)))
