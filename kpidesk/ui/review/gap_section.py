"""The review's "why we are behind": the saved gap of a KPI split by driver, as a waterfall."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from kpidesk.domain.review import Review
from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.services.attribution_service import as_attribution
from kpidesk.ui.labels import PlainLabel

MIN_CHART_HEIGHT = 200  # the waterfall's least height, in pixels


class GapSection(QWidget):
    """A chooser of the KPIs with drivers (the KGI first) above the chart of the chosen one."""

    def __init__(self, number_format: NumberFormat, parent=None) -> None:
        super().__init__(parent)
        from kpidesk.ui.charts.waterfall import WaterfallChart  # pyqtgraph only when shown

        self.fmt = number_format
        self.review: Review | None = None
        self.kpi = QComboBox(objectName="gapKpi")
        self.kpi.currentIndexChanged.connect(lambda _: self._draw())
        self.explanation = PlainLabel(objectName="gapExplanation", wordWrap=True)
        self.chart = WaterfallChart(self)
        self.chart.setMinimumHeight(MIN_CHART_HEIGHT)  # a chart, never a strip of a few pixels
        self.empty = PlainLabel(
            self.tr(
                "No KPI with drivers had actuals on the review's day, so there is no gap to split."
            ),
            objectName="gapEmpty",
            wordWrap=True,
        )
        top = QHBoxLayout()
        top.addWidget(PlainLabel(self.tr("Gap of")))
        top.addWidget(self.kpi, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.empty)

    def show_review(self, review: Review) -> None:
        chosen = self.kpi.currentData()
        self.review = review
        self.kpi.blockSignals(True)
        self.kpi.clear()
        for kpi in review.snapshot:
            if kpi.gap is not None:
                self.kpi.addItem(kpi.name, kpi.node_id)
        index = self.kpi.findData(chosen)
        self.kpi.setCurrentIndex(index if index >= 0 else 0)
        self.kpi.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        has_gap = self.kpi.count() > 0
        for widget in (self.kpi, self.explanation, self.chart):
            widget.setVisible(has_gap)
        self.empty.setVisible(not has_gap)
        if not has_gap or self.review is None:
            return
        kpi = self.review.figures(self.kpi.currentData())
        self.chart.set_attribution(as_attribution(kpi, self.review), self.fmt)
        basis = self.tr("the plan to date (the pace)") if kpi.gap.pro_rated else self.tr("the plan")
        self.explanation.setText(
            fill(
                self.tr(
                    "How far “%1” was from %2 on the review's day, and how much each driver"
                    " contributed. The parts are Shapley values: they add up exactly to the gap."
                ),
                kpi.name,
                basis,
            )
        )
