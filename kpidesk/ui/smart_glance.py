"""SMART at a glance: fresh badges in the tree, the plan summary, the filter, and the SMART tab."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QScrollArea, QStatusBar, QTabWidget, QToolButton, QTreeView

from kpidesk.domain.smart import Assessment
from kpidesk.i18n.messages import smart_summary_text
from kpidesk.services.smart_service import SmartCache, smart_cache
from kpidesk.ui.actions import make_action
from kpidesk.ui.plan_controller import PlanController
from kpidesk.ui.plan_tree_model import PlanTreeModel
from kpidesk.ui.smart_form import SmartForm


class SmartGlance(QObject):
    """Follows the plan's changes and the tree's selection for everything SMART in the window.

    The filter hides rows in the tree view itself rather than putting a proxy model between
    them, so every index the window, the tree actions and drag and drop use stays the model's.
    """

    def __init__(
        self, tree: QTreeView, model: PlanTreeModel, tabs: QTabWidget, status_bar: QStatusBar
    ) -> None:
        super().__init__(tree)
        self.tree, self.model = tree, model
        self.document = None  # the PlanDocument followed
        self.controller: PlanController | None = None
        self.cache: SmartCache | None = None
        self.form: SmartForm | None = None
        self._shown: dict[int, Assessment] = {}
        self._hidden: set[int] = set()  # the rows the filter hid
        self._smart = 0  # how many of the KPIs shown are SMART
        self._seen: dict[int, Assessment] = {}  # the cache's answer `_shown` was copied from
        self.filter_action = make_action(
            self, self.tr("Only KPIs That Fall &Short of SMART"), self._apply_filter, None
        )
        self.filter_action.setObjectName("smartFilterAction")
        self.filter_action.setCheckable(True)
        self.summary = QToolButton(objectName="smartSummary")
        self.summary.setCheckable(True)
        self.summary.setAutoRaise(True)
        self.summary.setToolTip(self.tr("Show only the KPIs that fall short of SMART"))
        self.summary.clicked.connect(self.filter_action.trigger)
        self.summary.hide()
        status_bar.addPermanentWidget(self.summary)
        self.area = QScrollArea(objectName="smartArea")
        self.area.setAccessibleName(self.tr("SMART check of the selected KPI"))
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tabs.addTab(self.area, self.tr("SMART"))
        tree.selectionModel().currentChanged.connect(self._current_changed)

    def attach(self, document) -> None:
        """Follow a newly opened plan (after the tree model has been reset to it)."""
        if self.document is not None:
            self.document.changed.disconnect(self._follow)
        self.document = document
        self.controller = controller = document.controller
        self.cache = smart_cache(controller.session)
        self.form = SmartForm(controller)
        self.area.setWidget(self.form)  # the scroll area deletes the previous plan's form
        document.changed.connect(self._follow)
        self._shown.clear()
        self._seen = {}
        self._hidden.clear()  # resetting the model showed every row again
        self.refresh()
        self.refresh_form()

    def refresh(self) -> None:
        """Repaint the badges whose assessment moved, recount, and filter again."""
        found = self.cache.assessments()
        shown, moved = self._shown, self.cache.moved_since(self._seen)
        self._seen = found
        if moved is None:  # look at every KPI
            changed = [node_id for node_id, now in found.items() if shown.get(node_id) is not now]
            self._smart = sum(1 for assessment in found.values() if assessment.smart)
        else:  # only the KPIs whose assessment moved: recount those
            changed = [node_id for node_id in moved if shown[node_id] is not found[node_id]]
            self._smart += sum(found[n].smart - shown[n].smart for n in changed)
        self._shown.clear()
        self._shown.update(found)
        self.model.smart_changed(self._shown, changed)
        self.summary.setText(smart_summary_text(self._smart, len(found)))
        self.summary.setVisible(bool(found))
        self._apply_filter()

    def refresh_form(self) -> None:
        if self.form is not None:
            self.form.show_node(self.model.node_id(self.tree.currentIndex()))

    def failing_with_ancestors(self) -> set[int]:
        """The KPIs that are not SMART, and every node above them, so the tree still reads."""
        nodes = self.controller.session.plan.nodes
        keep: set[int] = set()
        for node_id, found in self._shown.items():
            if found.smart:
                continue
            climbing: int | None = node_id
            while climbing is not None and climbing not in keep:  # stop where a path is known
                keep.add(climbing)
                climbing = nodes[climbing].parent_id
        return keep

    def _follow(self, _outcome) -> None:
        self.refresh()

    def _is_hidden(self, node_id: int) -> bool:
        index = self.model.index_of(node_id)
        return index.isValid() and self.tree.isRowHidden(index.row(), index.parent())

    def _current_changed(self, current, _previous) -> None:
        if self.form is not None:
            self.form.show_node(self.model.node_id(current))

    def _apply_filter(self) -> None:
        on = self.filter_action.isChecked()
        self.summary.setChecked(on)
        if self.controller is None:
            return
        plan = self.controller.session.plan
        wanted: set[int] = set()
        if on:
            keep = self.failing_with_ancestors()
            wanted = {n for n in self._shown if n not in keep}  # the KGI always shows
        # A row removed, or moved under another parent, comes back shown.
        self._hidden = {n for n in self._hidden if n in plan.nodes and self._is_hidden(n)}
        # Only rows whose state changes are touched; the view keeps the others' through moves.
        for node_id in wanted ^ self._hidden:
            index = self.model.index_of(node_id)
            if index.isValid():
                self.tree.setRowHidden(index.row(), index.parent(), node_id in wanted)
        self._hidden = wanted
