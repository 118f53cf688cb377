"""The tree by keyboard: arrows across cells, F2 into the current cell, F6 to the form and back.

Left and Right move across a row's cells; F6 jumps from a cell to its field in the form (the
per-rep plan in one key, not nine Tabs) and back, so the monthly loop needs no mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTreeView

from kpidesk.i18n.fill import fill
from kpidesk.ui.actions import make_action
from kpidesk.ui.plan_tree_model import Column

SWITCH_KEY = "F6"
FIELD_OF_COLUMN = {  # the form field F6 lands on from each column of the tree
    Column.NAME: "name",
    Column.UNIT: "unit",
    Column.REQUIRED: "target",
    Column.PER_REP: "plan_per_rep",
    Column.PLAN: "plan",
}


class TreeKeyboard(QObject):
    """Installed on the window's tree; `form_of()` gives the detail form (built with a plan)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        tree: QTreeView = window.tree
        tree.installEventFilter(self)
        tip = QCoreApplication.translate("TreeKeyboard", "Go to the details of this KPI (%1)")
        self.to_form = make_action(
            window,
            QCoreApplication.translate("TreeKeyboard", "Go to Details"),
            self.focus_form,
            SWITCH_KEY,
            "focusFormAction",
            scope=tree,
        )
        self.to_form.setToolTip(fill(tip, SWITCH_KEY))
        self.to_tree = make_action(
            window,
            QCoreApplication.translate("TreeKeyboard", "Back to the Tree"),
            self.focus_tree,
            SWITCH_KEY,
            "focusTreeAction",
            scope=window.detail_tabs,
        )

    # -- moving across a row ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key == Qt.Key.Key_F2:
            return self._edit_current()
        if key == Qt.Key.Key_Right:
            return self._step(+1)
        if key == Qt.Key.Key_Left:
            return self._step(-1)
        return False

    def _step(self, direction: int) -> bool:
        """Move the current cell along its row. Right on a collapsed name with children still
        expands it, and Left on a name still collapses or goes to the parent (the tree's own)."""
        tree: QTreeView = self.window.tree
        current = tree.currentIndex()
        if not current.isValid():
            return False
        column = current.column()
        if column == Column.NAME:
            if direction < 0:
                return False
            first = current.siblingAtColumn(0)
            if tree.model().hasChildren(first) and not tree.isExpanded(first):
                return False
        target = column + direction
        if not 0 <= target < tree.model().columnCount(current.parent()):
            return True  # at the end of the row: stay
        tree.setCurrentIndex(current.siblingAtColumn(target))
        tree.scrollTo(tree.currentIndex())
        return True

    def _edit_current(self) -> bool:
        """F2: type into the current cell when it takes typing, else into the KPI's name."""
        tree: QTreeView = self.window.tree
        index = tree.currentIndex()
        if index.isValid():
            editable = bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
            tree.edit(index if editable else index.siblingAtColumn(Column.NAME))
        return True

    # -- between the tree and the form ------------------------------------------------------

    def focus_form(self) -> None:
        """The form's field for the current cell (the name for columns without one)."""
        form = self.window.form
        if form is None:
            return
        self.window.detail_tabs.setCurrentWidget(self.window.form_area)
        column = Column(max(0, self.window.tree.currentIndex().column()))
        field = getattr(form, FIELD_OF_COLUMN.get(column, "name"))
        if not (field.isVisibleTo(form) and field.isEnabled()):
            field = form.name
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()

    def focus_tree(self) -> None:
        self.window.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
