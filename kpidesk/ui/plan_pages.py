"""The window's pages of one open plan: tree, diagram, actuals, progress and reviews.

Each page but the tree is built the first time it is looked at; the diagram, the actuals grid,
the review panel and the ヨミ page are made for one plan's document, follow it themselves and go
when another plan is opened. The charts repaint only while they show.

Signals: `kpiClicked(int)` a box of the diagram was clicked; `message(str)` a passing note for
the status bar; `failed(str)` a refusal to show the user.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QTabWidget, QTreeView, QVBoxLayout, QWidget

from kpidesk.i18n.fill import fill
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.progress_page import ProgressPage
from kpidesk.ui.tab_keys import PageTurnKeys


def _page(name: str) -> QWidget:
    page = QWidget(objectName=name)
    QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
    return page


class PlanPages(QTabWidget):
    """The tabs beside the form; `follow(document)` shows a newly opened plan in all of them."""

    kpiClicked = Signal(int)
    message = Signal(str)
    failed = Signal(str)

    def __init__(self, tree: QTreeView, number_format: NumberFormat, parent=None) -> None:
        super().__init__(parent, objectName="planViews")
        self.setAccessibleName(self.tr("Views of the plan"))
        self.tree, self.number_format = tree, number_format
        self.document = None
        self._diagram = self._actuals = self._reviews = None
        self.diagram_page = _page("diagramPage")
        self.actuals_page = _page("actualsPage")
        self.charts_page = ProgressPage(number_format)
        self.charts_page.repChanged.connect(self.refresh_charts)
        self.charts_page.repChanged.connect(self._show_rep_in_tree)
        self.reviews_page = _page("reviewsPage")
        self.addTab(tree, self.tr("Tree"))
        self.addTab(self.diagram_page, self.tr("Diagram"))
        self.addTab(self.actuals_page, self.tr("Actuals"))
        self.addTab(self.charts_page, self.tr("Progress"))
        self.addTab(self.reviews_page, self.tr("Reviews"))
        self.yomi_page, self._yomi = _page("yomiPage"), None  # the ヨミ list, kpidesk.ui.yomi_page
        self.addTab(self.yomi_page, self.tr("Pipeline (ヨミ)"))
        self.currentChanged.connect(self._page_changed)

    def follow(self, document) -> None:
        """Show `document` from now on; the previous plan's pages go with it."""
        if self._diagram is not None:  # the diagram belongs to the plan it was made for
            self._diagram.deleteLater()
            self._diagram = None
        if self._actuals is not None:  # the grid belongs to the plan it was made for
            self._actuals.deleteLater()
            self._actuals = None
        if self._reviews is not None:
            self._reviews.save_notes()
            self._reviews.deleteLater()
            self._reviews = None
        if self._yomi is not None:  # the ヨミ page belongs to the plan it was made for
            self._yomi.deleteLater()
            self._yomi = None
        self.document = document
        self.charts_page.follow(document)  # it charts this plan's KPIs from now on
        self._show_rep_in_tree()  # the new plan's tree shows the rep still chosen here
        if self.currentWidget() is self.diagram_page:
            self.diagram  # noqa: B018 (the new plan's diagram, in the page showing)

    def save_notes(self) -> None:
        if self._reviews is not None:
            self._reviews.save_notes()

    # -- the pages, built when first wanted ----------------------------------------

    @property
    def diagram(self):
        if self._diagram is None and self.document is not None:
            from kpidesk.ui.diagram_panel import DiagramPanel

            self._diagram = DiagramPanel(self.document, self.number_format, self.diagram_page)
            self._diagram.nodeClicked.connect(self.kpiClicked)
            self._diagram.exported.connect(
                lambda path: self.message.emit(fill(self.tr("Saved %1"), path))
            )
            self._diagram.failed.connect(self.failed)
            self.diagram_page.layout().addWidget(self._diagram)
            self._diagram.show()  # laid out now when its page shows
        return self._diagram

    @property
    def actuals(self):
        if self._actuals is None and self.document is not None:
            from kpidesk.ui.actuals_grid import ActualsGrid

            self._actuals = ActualsGrid(self.document, self.actuals_page)
            self.actuals_page.layout().addWidget(self._actuals)
            self.actuals_page.setFocusProxy(self._actuals.view)  # Ctrl+Tab lands in the grid
            PageTurnKeys(self, self._actuals.view)  # and Ctrl+Tab leaves it, as Tab moves cells
        return self._actuals

    @property
    def reviews(self):
        if self._reviews is None and self.document is not None:
            from kpidesk.ui.review.review_panel import ReviewPanel

            self._reviews = ReviewPanel(self.document, self.number_format)
            self.reviews_page.layout().addWidget(self._reviews)
            self.reviews_page.setFocusProxy(self._reviews.choice)  # then Tab on to New Review…
        return self._reviews

    @property
    def as_of(self) -> date | None:
        """The day progress is shown as of; None is today."""
        return self.charts_page.as_of

    @as_of.setter
    def as_of(self, day: date | None) -> None:
        self.charts_page.as_of = day

    # -- following the plan ---------------------------------------------------------

    def refresh_charts(self) -> None:
        """Give every chart the current KPI's series (only while the page is showing)."""
        self.charts_page.refresh_shown()

    def _show_rep_in_tree(self) -> None:
        """The tree's Actual column follows the rep chosen here (the first choice: the team)."""
        if self.document is not None:
            choice = self.charts_page.rep  # none until the Progress tab is first shown
            index = choice.currentIndex() if choice is not None else 0
            reps = self.document.session.plan.active_reps
            self.tree.model().show_actuals_of(reps[index - 1] if 0 < index <= len(reps) else None)

    def refresh_diagram(self) -> None:
        """Lay the diagram out again (the money display or the colour scheme changed)."""
        if self._diagram is not None:
            self._diagram.refresh()

    def _page_changed(self, _index: int) -> None:
        page = self.currentWidget()
        if page is self.actuals_page:
            self.actuals  # noqa: B018 (built on first look)
        elif page is self.reviews_page:
            self.reviews  # noqa: B018 (built on first look)
        elif page is self.yomi_page and self._yomi is None and self.document is not None:
            from kpidesk.ui.yomi_page import YomiPage

            self._yomi = YomiPage(self.document, self.number_format)
            self.yomi_page.layout().addWidget(self._yomi)
        elif page is self.diagram_page:
            self.diagram  # noqa: B018 (built on first look, fitted to the tab)
        if QApplication.focusWidget() is page and page.focusProxy() is not None:
            page.setFocus(Qt.FocusReason.TabFocusReason)  # built after it took the focus
