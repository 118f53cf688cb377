"""The window's light frame, painted at start-up before the plan and its views are loaded.

It imports only PySide6 and the resources folder: menus, toolbar room, tabs, the tree's column
titles and the Details tab, in the real window's words (their translations), with "Opening the
plan…" in its status bar. Right after it has painted, kpidesk.ui.startup builds the real
window, opens the plan and hands over to it (`hand_over`), in the same place and size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.resources import resources_dir

translate = QCoreApplication.translate

MENU_TITLES = ("&File", "&Edit", "&Plan", "Tea&m", "&Review", "&View", "&Help")  # MainWindow's
PAGE_TITLES = ("Tree", "Diagram", "Actuals", "Progress", "Reviews", "Pipeline (ヨミ)")  # PlanPages'
COLUMN_TITLES = (  # PlanTreeModel's
    *("KPI", "Unit", "Target / required", "Per rep"),
    *("Plan", "Projected", "Gap", "SMART"),
)
SIZE = (1180, 680)  # MainWindow's
TOOL_BUTTON_MARGINS = 7


class StartupShell(QMainWindow):
    """What the user sees for the first moment: the window's frame with no plan in it yet."""

    def __init__(self) -> None:
        super().__init__(objectName="startupShell")
        self.setWindowTitle(translate("MainWindow", "KPI Desk"))
        for title in MENU_TITLES:
            self.menuBar().addMenu(translate("MainWindow", title)).setEnabled(False)
        toolbar = self.addToolBar(translate("MainWindow", "Main"))
        room = QWidget()  # as tall as the real toolbar's buttons, so nothing moves at hand-over
        room.setFixedHeight(toolbar.iconSize().height() + TOOL_BUTTON_MARGINS)
        toolbar.addWidget(room)
        self.setCentralWidget(self._frame())
        self.statusBar().showMessage(translate("StartupShell", "Opening the plan…"))
        self.resize(*SIZE)

    def _frame(self) -> QSplitter:
        columns = QStandardItemModel(0, len(COLUMN_TITLES) + 1, self)
        columns.setHorizontalHeaderLabels(
            [translate("PlanTreeModel", title) for title in COLUMN_TITLES]
            + [translate("TreeActuals", "Actual")]
        )
        tree = QTreeView(accessibleName=translate("MainWindow", "KPI tree"))
        tree.setModel(columns)
        pages = QTabWidget()
        pages.addTab(tree, translate("PlanPages", PAGE_TITLES[0]))
        for title in PAGE_TITLES[1:]:
            pages.addTab(QWidget(), translate("PlanPages", title))
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(QLabel())  # where the plan's header goes
        layout.addWidget(pages, 1)
        details = QTabWidget()
        details.addTab(QWidget(), translate("MainWindow", "Details"))
        splitter = QSplitter()  # side by side; not naming Qt.Orientation keeps Qt's enums unloaded
        splitter.addWidget(left)
        splitter.addWidget(details)
        splitter.setSizes([760, 420])
        return splitter

    def hand_over(self, window: QMainWindow) -> None:
        """Show `window` where the shell is, at its size (maximised if the shell is), then
        close the shell: there is always a window on screen, so the app does not quit."""
        if self.isMaximized():
            window.showMaximized()
        else:
            window.setGeometry(self.geometry())
            window.show()
        self.close()
        self.deleteLater()


def show_app_icon(app: QApplication) -> None:
    """The app's icon straight from its SVG, drawn by Qt's SVG icon engine when asked; the
    real window sets kpidesk.ui.icons' version, every size drawn ahead."""
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kpidesk.svg")))
