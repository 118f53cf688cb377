"""A KPI chooser for the Actuals and Progress tabs: switch KPI there, without the Tree tab."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

INDENT = "\u3000"  # a fullwidth space per level, as in the review's table


class KpiChooser(QComboBox):
    """Lists the open plan's KPIs in tree order, indented; shows the document's current KPI
    and makes the chosen one current (the tree, the form and every tab follow)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="kpiChooser")
        self.document = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setAccessibleName(self.tr("KPI shown"))
        self.setToolTip(self.tr("The KPI shown on this tab; the tree and the form follow"))
        self.activated.connect(self._chosen)

    def follow(self, document) -> None:
        """Show `document`'s KPIs from now on (bound slots: nothing is left connected)."""
        if self.document is not None:
            self.document.structureChanged.disconnect(self.refill)
            self.document.kpisChanged.disconnect(self._names_changed)
            self.document.currentChanged.disconnect(self.show_kpi)
        self.document = document
        document.structureChanged.connect(self.refill)
        document.kpisChanged.connect(self._names_changed)
        document.currentChanged.connect(self.show_kpi)
        self.refill()

    def refill(self) -> None:
        plan = self.document.session.plan
        entries = []

        def walk(node_id: int, depth: int) -> None:
            entries.append((INDENT * depth + plan.nodes[node_id].name, node_id))
            for child in plan.children_of(node_id):
                walk(child.id, depth + 1)

        if plan.root is not None:
            walk(plan.root.id, 0)
        self.blockSignals(True)
        self.clear()
        for text, node_id in entries:
            self.addItem(text, node_id)
        self.blockSignals(False)
        self.show_kpi(self.document.current_kpi)

    def _names_changed(self, node_ids: frozenset) -> None:
        shown = {self.itemData(i) for i in range(self.count())}
        if node_ids & shown:
            self.refill()

    def show_kpi(self, node_id: int | None) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(node_id))
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        if self.document is not None and index >= 0:
            self.document.set_current_kpi(self.itemData(index))
