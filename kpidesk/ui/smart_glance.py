"""SMART at a glance: fresh badges in the tree, the plan summary, the filter, and the SMART tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QScrollArea, QStatusBar, QTabWidget, QToolButton, QTreeView

from kpidesk.domain.smart import Assessment
from kpidesk.i18n.messages import smart_summary_text
from kpidesk.services.smart_service import smart_cache
from kpidesk.ui.actions import make_action
from kpidesk.ui.plan_tree_model import PlanTreeModel
from kpidesk.ui.smart_form import SmartForm
from kpidesk.ui.when_shown import WhenShown

translate = QCoreApplication.translate  # the strings keep the context they were translated in


class SmartPlaces(QObject):
    """The window's places for SMART, lasting from plan to plan: the View menu's filter, the
    status bar's summary and the SMART tab. The open plan's SmartGlance fills them."""

    def __init__(self, tree: QTreeView, tabs: QTabWidget, status_bar: QStatusBar) -> None:
        super().__init__(tree)
        self.glance: SmartGlance | None = None
        self.filter_action = make_action(
            self,
            translate("SmartGlance", "Only KPIs That Fall &Short of SMART"),
            self._filter,
            None,
        )
        self.filter_action.setObjectName("smartFilterAction")
        self.filter_action.setCheckable(True)
        self.summary = QToolButton(objectName="smartSummary")
        self.summary.setCheckable(True)
        self.summary.setAutoRaise(True)
        self.summary.setToolTip(
            translate("SmartGlance", "Show only the KPIs that fall short of SMART")
        )
        self.summary.clicked.connect(self.filter_action.trigger)
        self.summary.hide()
        status_bar.addPermanentWidget(self.summary)
        self.area = QScrollArea(objectName="smartArea")
        self.area.setAccessibleName(translate("SmartGlance", "SMART check of the selected KPI"))
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tabs.addTab(self.area, translate("SmartGlance", "SMART"))

    def _filter(self) -> None:
        self.summary.setChecked(self.filter_action.isChecked())
        if self.glance is not None:
            self.glance.apply_filter()


class SmartGlance(QObject):
    """One open plan's SMART in the window's places: follows its document's changes and
    current KPI. A newly opened plan gets a glance of its own, which takes the places over.

    The filter hides rows in the tree view itself rather than putting a proxy model between
    them, so every index the window, the tree actions and drag and drop use stays the model's.
    """

    def __init__(
        self, document, tree: QTreeView, model: PlanTreeModel, places: SmartPlaces
    ) -> None:
        super().__init__(document)
        self.document, self.tree, self.model, self.places = document, tree, model, places
        self.controller = document.controller
        self.cache = smart_cache(document.session)
        self.filter_action, self.summary, self.area = (
            places.filter_action,
            places.summary,
            places.area,
        )
        self._form: SmartForm | None = None  # made when the SMART tab first shows this plan
        previous = self.area.takeWidget()  # the previous plan's form goes with its plan
        if previous is not None:
            previous.deleteLater()
        self._shown: dict[int, Assessment] = {}
        self._hidden: set[int] = set()  # the rows the filter hid (resetting the model showed all)
        self._smart = 0  # how many of the KPIs shown are SMART
        self._seen: dict[int, Assessment] = {}  # the cache's answer `_shown` was copied from
        # the SMART tab follows the current KPI while it shows; hidden, when next shown
        self._form_follows = WhenShown(self.area, self._show_form, owner=self)
        places.glance = self
        document.changed.connect(self._follow)
        document.currentChanged.connect(self._current_changed)
        self.refresh()
        self.refresh_form()

    @property
    def form(self) -> SmartForm:
        """The SMART tab's form for this plan, made at its first use: the tab is hidden when
        a plan opens (its form took 5 ms of the window's 90 ms open)."""
        if self._form is None:
            self._form = SmartForm(self.controller)
            self.area.setWidget(self._form)
        return self._form

    def refresh(self) -> None:
        """Repaint the badges whose assessment moved, recount, and filter again."""
        found = self.cache.assessments()
        shown, moved = self._shown, self.cache.moved_since(self._seen)
        self._seen = found
        if moved is None:  # look at every KPI
            changed = [node_id for node_id, now in found.items() if shown.get(node_id) is not now]
            self._smart = sum(1 for assessment in found.values() if assessment.smart)
        else:  # only the KPIs whose assessment moved (SmartCache.moved_since): recount those
            changed = [node_id for node_id in moved if shown[node_id] is not found[node_id]]
            self._smart += sum(found[n].smart - shown[n].smart for n in changed)
        self._shown.clear()
        self._shown.update(found)
        self.model.smart_changed(self._shown, changed)
        self.summary.setText(smart_summary_text(self._smart, len(found)))
        self.summary.setVisible(bool(found))
        self.apply_filter()

    def refresh_form(self) -> None:
        self._form_follows.call(self.document.current_kpi)

    def failing_with_ancestors(self) -> set[int]:
        """The KPIs that are not SMART, and every node above them, so the tree still reads."""
        nodes = self.document.session.plan.nodes
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

    def _current_changed(self, node_id: int | None) -> None:
        self._form_follows.call(node_id)

    def _show_form(self, node_id: int | None) -> None:
        if self.places.glance is self:  # a later plan's glance has the places now
            self.form.show_node(node_id)

    def apply_filter(self) -> None:
        on = self.filter_action.isChecked()
        self.summary.setChecked(on)
        plan = self.document.session.plan
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
