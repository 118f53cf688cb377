"""Edit actions on the selected KPI: add, rename, delete, copy, paste, and move by keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTreeView

from kpidesk.services.structure_edits import Clip
from kpidesk.ui.actions import make_action
from kpidesk.ui.plan_controller import PlanController
from kpidesk.ui.plan_tree_model import Column, PlanTreeModel


class TreeActions(QObject):
    """Owns the actions; each one is a single undo step through the controller."""

    def __init__(
        self, tree: QTreeView, model: PlanTreeModel, show_message: Callable[[str], None]
    ) -> None:
        super().__init__(tree)
        self.tree, self.model, self.show_message = tree, model, show_message
        model.moved.connect(self.select)  # a node dropped elsewhere stays selected
        self.controller: PlanController | None = None
        self.clip: Clip | None = None
        key = QKeySequence.StandardKey
        act = self._action
        self.add = act(self.tr("&Add Child KPI"), self.add_child, "Ctrl+Shift+N", "addChildAction")
        # F2 edits the current cell (kpidesk.ui.tree_keys), which is the name only on the name
        self.rename = act(self.tr("&Rename KPI"), self.rename_current, None, "renameAction")
        self.delete = act(
            self.tr("&Delete KPI and Its Children"),
            self.delete_current,
            key.Delete,
            "deleteAction",
        )
        self.copy = act(self.tr("&Copy KPI"), self.copy_current, key.Copy, "copyAction")
        self.paste = act(self.tr("&Paste KPI as Child"), self.paste_here, key.Paste, "pasteAction")
        self.move_up = act(self.tr("Move &Up"), lambda: self._shift(-1), "Alt+Up", "moveUp")
        self.move_down = act(self.tr("Move Do&wn"), lambda: self._shift(1), "Alt+Down", "moveDown")
        self.promote = act(
            self.tr("Move &Out a Level"), self.promote_current, "Alt+Left", "promoteAction"
        )
        self.demote = act(
            self.tr("Move &In under the KPI Above"),
            self.demote_current,
            "Alt+Right",
            "demoteAction",
        )

    def _action(self, text, slot, shortcut, name):
        return make_action(self, text, slot, shortcut, name, scope=self.tree)

    @property
    def all(self):
        return [
            self.add,
            self.rename,
            self.delete,
            None,
            self.copy,
            self.paste,
            None,
            self.move_up,
            self.move_down,
            self.promote,
            self.demote,
        ]

    def current(self) -> int | None:
        return self.model.node_id(self.tree.currentIndex())

    def select(self, node_id: int | None) -> None:
        if node_id is None:
            return
        index = self.model.index_of(node_id)
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)

    def update_enabled(self) -> None:
        node_id = self.current()
        has_node = self.controller is not None and node_id is not None
        for action in self.all:
            if action is not None:
                action.setEnabled(has_node)
        self.paste.setEnabled(has_node and self.clip is not None)

    # -- the gestures -----------------------------------------------------------

    def _report(self, refusal: str | None) -> None:
        if refusal:
            self.show_message(refusal)

    def add_child(self) -> None:
        parent_id = self.current()
        if self.controller is None or parent_id is None:
            return
        new_id = self.controller.add_child(parent_id)
        if new_id is not None:
            self.select(new_id)
            self.tree.edit(self.model.index_of(new_id))

    def delete_current(self) -> None:
        node_id = self.current()
        if self.controller is not None and node_id is not None:
            self._report(self.controller.delete_subtree(node_id))

    def rename_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(Column.NAME))

    def copy_current(self) -> None:
        node_id = self.current()
        if self.controller is not None and node_id is not None:
            self.clip = self.controller.session.copy_subtree(node_id)
            self.update_enabled()

    def paste_here(self) -> None:
        parent_id = self.current()
        if self.controller is None or parent_id is None or self.clip is None:
            return
        self.select(self.controller.paste_subtree(self.clip, parent_id))

    def move(self, node_id: int, parent_id: int, position: int) -> str | None:
        refusal = self.controller.move_node(node_id, parent_id, position)
        if not refusal:
            self.select(node_id)
        return refusal

    def _shift(self, step: int) -> None:
        node = self._current_node()
        if node is None or node.is_root:
            return
        siblings = self.controller.session.plan.children_of(node.parent_id)
        position = node.position + step
        if 0 <= position < len(siblings):
            self._report(self.move(node.id, node.parent_id, position))

    def promote_current(self) -> None:
        node = self._current_node()
        if node is None or node.is_root:
            return
        parent = self.controller.session.plan.nodes[node.parent_id]
        if parent.is_root:
            return
        self._report(self.move(node.id, parent.parent_id, parent.position + 1))

    def demote_current(self) -> None:
        node = self._current_node()
        if node is None or node.is_root or node.position == 0:
            return
        plan = self.controller.session.plan
        above = plan.children_of(node.parent_id)[node.position - 1]
        self._report(self.move(node.id, above.id, len(plan.children_of(above.id))))

    def _current_node(self):
        node_id = self.current()
        if self.controller is None or node_id is None:
            return None
        return self.controller.session.plan.nodes[node_id]
