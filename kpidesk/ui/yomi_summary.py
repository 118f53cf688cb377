"""The Pipeline tab's summary panel: the KPI the ヨミ forecasts, its figures side by side
(target, closed so far, weighted deals by rank, the forecast, the run-rate, the gap), each
rep's forecast, and what the gap asks of the tree, one step a line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QVBoxLayout

from kpidesk.domain.model import TEAM, Unit
from kpidesk.i18n.fill import fill
from kpidesk.i18n.yomi_messages import closed_unknown_text
from kpidesk.services import yomi_service as yomi
from kpidesk.ui import palette
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.tones import show_as_warning, show_in

FIGURES = ("target", "closed", "weighted", "forecast", "run_rate", "gap")


class YomiSummary(QGroupBox):
    """Shows a YomiView; the KPI chooser ties the list to another KPI (one undo step)."""

    def __init__(self, controller, number_format, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("yomiSummaryPanel")
        self.setTitle(self.tr("Landing forecast (着地見込み)"))
        self.controller = controller
        self.fmt = number_format
        self.tie = QComboBox(objectName="yomiTie")
        self.tie.setToolTip(
            self.tr("The KPI the pipeline forecasts: the KGI, or a money or count KPI")
        )
        self.tie.activated.connect(self._tie_chosen)
        self.figures = {name: PlainLabel(objectName=f"yomi_{name}") for name in FIGURES}
        titles = {
            "target": self.tr("Target"),
            "closed": self.tr("Closed so far"),
            "weighted": self.tr("Weighted deals"),
            "forecast": self.tr("Pipeline forecast"),
            "run_rate": self.tr("Run-rate forecast"),
            "gap": self.tr("Gap to target"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, name in enumerate(FIGURES):
            title = PlainLabel(titles[name])
            grid.addWidget(title, 0, column)
            grid.addWidget(self.figures[name], 1, column)
            font = self.figures[name].font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(name in ("forecast", "gap"))
            self.figures[name].setFont(font)
            self.figures[name].setAccessibleName(titles[name])
        self.by_rank = PlainLabel(objectName="yomiByRank", wordWrap=True)
        self.bands = PlainLabel(objectName="yomiBands", wordWrap=True)
        self.warning = PlainLabel(objectName="yomiClosedWarning", wordWrap=True)
        show_as_warning(self.warning)
        self.by_rep = PlainLabel(objectName="yomiByRep", wordWrap=True)
        self.asks = PlainLabel(objectName="yomiAsks", wordWrap=True)
        self.asks.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.addWidget(PlainLabel(self.tr("Forecast for:")))
        top.addWidget(self.tie)
        top.addStretch(1)
        details = QVBoxLayout()  # the breakdowns on the left, what the gap asks on the right
        for label in (self.warning, self.by_rank, self.bands, self.by_rep):
            details.addWidget(label)
        details.addStretch(1)
        lower = QHBoxLayout()
        lower.addLayout(details, 1)
        lower.addWidget(self.asks, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addLayout(grid)
        column.addLayout(lower)

    def _tie_chosen(self, index: int) -> None:
        node_id = self.tie.itemData(index)
        session = self.controller.session
        self.controller.run(
            self.tr("Forecast Pipeline For"), lambda: session.change_yomi(yomi.tie_to, node_id)
        )

    def _fill_choices(self, tied: int) -> None:
        session = self.controller.session
        plan = session.plan
        self.tie.blockSignals(True)
        self.tie.clear()
        for node_id in yomi.tie_choices(session):
            name = plan.nodes[node_id].name
            if plan.root is not None and node_id == plan.root.id:
                name = fill(self.tr("%1 (KGI)"), name)
            self.tie.addItem(name, node_id)
        self.tie.setCurrentIndex(max(self.tie.findData(tied), 0))
        self.tie.blockSignals(False)

    def clear(self, reason: str) -> None:
        """No forecast (no period or no KGI): say why in place of the figures."""
        for label in self.figures.values():
            label.setText("—")
        for label in (self.by_rank, self.bands, self.by_rep, self.asks):
            label.clear()
        self.warning.setText(reason)
        self.warning.show()

    def show_view(self, view) -> None:
        session = self.controller.session
        self._fill_choices(view.node_id)
        node = session.plan.nodes[view.node_id]
        fmt = self.fmt

        def value(amount) -> str:
            return fmt.value(amount, node.unit, node.unit_label)

        forecast = view.forecast.team
        texts = {
            "target": fmt.figure(view.target, node.unit, node.unit_label),
            "closed": value(forecast.closed) if view.closed_known else "—",
            "weighted": value(forecast.weighted),
            "forecast": value(forecast.forecast),
            "run_rate": value(view.run_rate.value) if view.run_rate.ok else "—",
            "gap": fmt.signed(view.gap.value, node.unit, node.unit_label)
            if view.gap.ok
            else fmt.reason(view.gap),
        }
        for name, text in texts.items():
            self.figures[name].setText(text)
        short = view.gap.ok and view.gap.value < 0
        show_in(self.figures["gap"], palette.NEGATIVE if short else None)
        self.warning.setText("" if view.closed_known else closed_unknown_text(node.name))
        self.warning.setVisible(not view.closed_known)
        ranks = [
            fill("%1 %2", name or fmt.value(probability, Unit.PERCENT), value(amount))
            for name, probability, amount in view.by_rank
        ]
        self.by_rank.setText(
            fill(self.tr("Weighted deals by rank: %1"), " · ".join(ranks)) if ranks else ""
        )
        bands = " / ".join(
            fill("%1 %2", name, value(amount)) for name, amount in view.forecast.bands
        )
        self.bands.setText(fill(self.tr("If every deal down to each rank closes: %1"), bands))
        self.by_rep.setText(self._by_rep_text(view.forecast, value))
        self.asks.setText(self._asks_text(view))

    def _by_rep_text(self, forecast, value) -> str:
        """Each rep's ヨミ forecast (closed + weighted deals), the team's own entries last."""
        names = {rep.id: rep.name for rep in self.controller.session.plan.reps}
        parts = [
            fill(
                self.tr("%1 %2 (closed %3)"),
                names.get(rep_id, str(rep_id)) if rep_id != TEAM else self.tr("Team"),
                value(figures.forecast),
                value(figures.closed),
            )
            for rep_id, figures in sorted(forecast.per_rep.items(), key=lambda i: i[0] == TEAM)
        ]
        return fill(self.tr("By rep: %1"), " · ".join(parts)) if parts else ""

    def _asks_text(self, view) -> str:
        """What the gap asks of the tree, a line a step ("= 59 more Deals at ¥100,000 …")."""
        steps = view.asks.steps
        if not steps:
            return self.tr("The pipeline reaches the target: the gap asks nothing more.")
        plan, fmt = self.controller.session.plan, self.fmt
        lines = []
        for step in steps:
            node = plan.nodes[step.node_id]
            amount = fmt.value(step.more, node.unit, node.unit_label)
            text = fill(self.tr("%1 more %2"), amount, step.name)
            if step.given:
                at = ", ".join(
                    fmt.value(value, plan.nodes[i].unit, plan.nodes[i].unit_label)
                    for i, _name, value in step.given
                )
                text = fill(self.tr("%1 at %2"), text, at)
            extra = []
            if step.per_rep:
                low, high = min(step.per_rep.values()), max(step.per_rep.values())
                share = fmt.value(low, node.unit, node.unit_label)
                if low != high:
                    share = fill("%1–%2", share, fmt.value(high, node.unit, node.unit_label))
                extra.append(fill(self.tr("%1 per rep"), share))
            if step.per_day is not None:
                per_day = fmt.value(step.per_day, node.unit, node.unit_label)
                extra.append(fill(self.tr("%1 per business day left"), per_day))
            if extra:
                text = fill(self.tr("%1 (%2)"), text, ", ".join(extra))
            lines.append(text if not lines else fill("= %1", text))
        return fill(self.tr("What the gap asks of the tree:\n%1"), "\n".join(lines))
