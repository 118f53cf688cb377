"""The Progress tab: the selected KPI's charts as of a day, for the whole team or one rep."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.kpi_chooser import KpiChooser
from kpidesk.ui.labels import PlainLabel
from kpidesk.ui.when_shown import WhenShown


class ProgressPage(QWidget):
    """Builds its chart panel (pyqtgraph) the first time it is shown; the progress figures are
    worked out once per plan change and as-of day, not once per KPI selected.

    Emits `repChanged` when the user picks another rep, so that the window refreshes it.
    """

    repChanged = Signal()

    def __init__(self, number_format: NumberFormat, parent=None) -> None:
        super().__init__(parent, objectName="chartsPage")
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.number_format = number_format
        self._as_of: date | None = None  # progress as of this day; None is today
        self._charts_current = WhenShown(self, self._chart_current_kpi, owner=self)
        self.rep: QComboBox | None = None
        self.kpi_choice: KpiChooser | None = None  # switch KPI here, without the Tree tab
        self.document = None
        self._panel = None
        self._progress = None  # (key, PeriodProgress), until the plan or the day changes
        self._kept_series: dict[tuple, object] = {}  # the series worked out with those figures
        self._version = 0

    @property
    def as_of(self) -> date | None:
        return self._as_of

    @as_of.setter
    def as_of(self, day: date | None) -> None:
        self._as_of = day
        self.refresh_shown()

    @property
    def panel(self):
        """The chart panel, built the first time it is wanted."""
        if self._panel is None:
            from kpidesk.ui.charts.lazy_panel import LazyChartPanel

            self.rep = QComboBox(objectName="chartRep")
            self.rep.currentIndexChanged.connect(lambda _: self.repChanged.emit())
            self.rep.setAccessibleName(self.tr("Rep shown"))
            self.kpi_choice = KpiChooser(self)
            if self.document is not None:
                self.kpi_choice.follow(self.document)
            choosers = QHBoxLayout()
            choosers.addWidget(PlainLabel(self.tr("KPI:")))
            choosers.addWidget(self.kpi_choice)
            choosers.addSpacing(12)
            choosers.addWidget(PlainLabel(self.tr("Rep:")))
            choosers.addWidget(self.rep, 1)
            self.layout().addLayout(choosers)
            self._panel = LazyChartPanel(self, tables_follow=True)
            self.layout().addWidget(self._panel, 1)
        return self._panel

    def retheme(self) -> None:
        """The charts hold the colours they were built with: build them again (on next look)."""
        if self._panel is None:
            return
        from kpidesk.ui.charts.lazy_panel import LazyChartPanel

        old, self._panel = self._panel, LazyChartPanel(self, tables_follow=True)
        self.layout().replaceWidget(old, self._panel)
        old.deleteLater()

    def follow(self, document) -> None:
        """Show the plan of `document` from now on and follow its changes and current KPI
        itself (the page is window-long: its rep and day carry over to the next plan)."""
        if self.document is not None:
            self.document.changed.disconnect(self._plan_changed)
            self.document.currentChanged.disconnect(self.refresh_shown)
        self.document = document
        document.changed.connect(self._plan_changed)
        document.currentChanged.connect(self.refresh_shown)
        self.plan_changed()
        if self.kpi_choice is not None:
            self.kpi_choice.follow(document)
        self.refresh_shown()

    def plan_changed(self) -> None:
        """The figures are stale: work them out again at the next refresh."""
        self._version += 1

    def _plan_changed(self, _outcome) -> None:
        self.plan_changed()
        self.refresh_shown()

    def refresh_shown(self, _node_id=None) -> None:
        """Chart the current KPI now while this is the tab on show, else when it is shown."""
        self._charts_current.call()

    def _chart_current_kpi(self) -> None:
        if self.document is not None:
            self.refresh(self.document.session, self.document.current_kpi)

    def refresh(self, session, node_id: int | None) -> None:
        """Give every chart the KPI's series."""
        from kpidesk.services import chart_data

        progress = self._figures(session)
        if progress is None or node_id is None or node_id not in session.plan.nodes:
            return
        fmt, charts = self.number_format, self.panel
        rep_id = self._rep_choice(session.plan)
        # each series is worked out when its tab draws: the one on show now, the others when
        # they are shown (a refresh before then replaces them)
        later = partial(self._worked_out, session, node_id)
        charts.set_cumulative(later(chart_data.cumulative_chart, node_id, rep_id), fmt)
        charts.set_achievement(later(chart_data.achievement_chart), fmt)
        charts.set_reps(later(chart_data.rep_chart, node_id), fmt)
        charts.set_funnel(later(chart_data.funnel_chart, node_id), fmt)
        charts.set_trend(later(chart_data.trend_chart, node_id), fmt)

    def _figures(self, session):
        """The period's progress, worked out again only after the plan or the day changed."""
        from kpidesk.services.progress_service import period_progress

        key = (id(session), self.as_of, self._version)
        if self._progress is None or self._progress[0] != key:
            self._progress = (key, period_progress(session, self.as_of))
            self._kept_series = {}
        return self._progress[1]

    def _worked_out(self, session, node_id: int, build, *args):
        """How a tab's series is worked out when the tab draws: from the figures as they are
        then (None, "No data yet", if the KPI has gone since)."""
        return partial(self._series, session, node_id, build, args)

    def _series(self, session, node_id: int, build, args: tuple):
        """Worked out once per KPI (and rep) until the plan or the day changes: a KPI selected
        again is charted from what was worked out for it."""
        progress = self._figures(session)
        if progress is None or node_id not in session.plan.nodes:
            return None
        key = (build, args)
        if key not in self._kept_series:
            self._kept_series[key] = build(session, progress, *args)
        return self._kept_series[key]

    def _rep_choice(self, plan) -> int | None:
        """Keep the rep chooser in step with the team; returns the chosen rep (None: team)."""
        reps = plan.active_reps
        wanted = [self.tr("Whole team")] + [rep.name for rep in reps]
        combo = self.rep
        if [combo.itemText(i) for i in range(combo.count())] != wanted:
            chosen = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(wanted)
            combo.setCurrentIndex(chosen if 0 <= chosen < len(wanted) else 0)
            combo.blockSignals(False)
        index = combo.currentIndex()
        return reps[index - 1].id if index > 0 else None
