"""Selecting a KPI with the Progress tab on show: one chart paint, the window keeps its size, and
the hidden SMART tab waits until it is shown."""

from datetime import date

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPainter, QPicture

from kpidesk.ui.charts import Tab
from tests.ui.helpers import settle

WIDTH, HEIGHT = 1180, 680  # the window's own size (MainWindow.resize)
DEALS, PROSPECTS = 2, 4  # the demo's counted KPIs, which draw a cumulative line


class Paints(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def kpi_ids(window) -> list[int]:
    return list(window.document.session.plan.nodes)


def select(qtbot, window, node_id: int) -> None:
    window.tree.setCurrentIndex(window.model.index_of(node_id))
    assert window.document.current_kpi == node_id
    settle()  # every paint and layout the selection asked for


def deals_charted(qtbot, window, actuals: dict):
    """The Progress tab on the demo's November with `actuals`, Deals selected: the cumulative
    chart's page."""
    controller = window.document.controller
    assert controller.set_period(date(2026, 11, 1)) is None
    assert controller.record_actuals(actuals) is None
    window.show_charts()
    select(qtbot, window, DEALS)
    return window.charts.ensure_panel().page(Tab.CUMULATIVE)


def test_the_window_keeps_its_size_as_the_plan_shows_and_kpis_are_selected(qtbot, window):
    # the demo's header ("Sales team plan (demo) · Reps: 10 · November 2026 (…) · …") took
    # 1,381 px unwrapped and widened the window as the plan showed
    assert window.header.text().startswith("Sales team plan (demo)  ·  Reps: 10")
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)
    assert window.document.controller.set_period(date(2026, 11, 1)) is None  # a longer header
    qtbot.waitUntil(lambda: "(19 business days, 14 passed)" in window.header.text())
    window.show_charts()
    for node_id in kpi_ids(window):
        select(qtbot, window, node_id)
        assert (window.width(), window.height()) == (WIDTH, HEIGHT)


def test_the_chart_table_never_widens_a_window_at_its_smallest(qtbot, window):
    """The table beside the chart keeps one minimum width; its columns' width is taken from
    the chart, so a KPI with longer figures does not push the window out."""
    window.show_charts()
    select(qtbot, window, kpi_ids(window)[1])
    page = window.charts.ensure_panel().page(Tab.CUMULATIVE)
    assert page.table.minimumWidth() == 220
    widths = set()
    for node_id in kpi_ids(window):
        select(qtbot, window, node_id)
        widths.add(page.table.minimumWidth())
    assert widths == {220}


def test_a_selection_paints_the_chart_once(qtbot, window):
    deals, prospects = DEALS, PROSPECTS
    days = [date(2026, 11, day) for day in (2, 4, 6, 10)]
    page = deals_charted(qtbot, window, {(k, 1, d): "3" for k in (deals, prospects) for d in days})
    qtbot.waitUntil(lambda: "business days" in window.header.text())  # the calendar, loaded late
    for node_id in (prospects, deals):  # the chart and its table laid out for both
        select(qtbot, window, node_id)
    paints = Paints(page.plot.viewport())
    select(qtbot, window, prospects)  # what the warm-up left to paint (one more, offscreen)
    for node_id in (deals, prospects, deals):
        before = paints.count
        window.tree.setCurrentIndex(window.model.index_of(node_id))
        qtbot.waitUntil(lambda: paints.count > before)  # noqa: B023 - waited for at once
        settle()  # a second paint, if any, is asked for by the first or what follows it
        assert page.showing_data
        assert page.series.kpi == window.document.session.plan.nodes[node_id].name
        assert paints.count - before == 1  # it painted twice: the view moved during the first


def test_the_hidden_smart_tab_catches_up_when_it_is_shown(qtbot, window):
    form = window.smart_glance.form
    shown_kpis = []
    original = form.show_node
    form.show_node = lambda node_id: (shown_kpis.append(node_id), original(node_id))
    ids = kpi_ids(window)
    for node_id in ids[1:4]:
        select(qtbot, window, node_id)
    assert shown_kpis == []  # the Details tab is on show: the SMART form did nothing
    window.detail_tabs.setCurrentWidget(window.smart_glance.area)
    assert shown_kpis == [ids[3]]  # once, the KPI selected last
    assert form.title.text() == window.document.session.plan.nodes[ids[3]].name
    select(qtbot, window, ids[1])  # on show: it follows at once
    assert shown_kpis == [ids[3], ids[1]]
    assert form.title.text() == window.document.session.plan.nodes[ids[1]].name


def test_the_table_beside_the_chart_shows_every_column(qtbot, window):
    """Its minimum no longer holds the columns' width: the chart gives the table its room."""
    window.show_charts()
    select(qtbot, window, kpi_ids(window)[1])
    page = window.charts.ensure_panel().page(Tab.CUMULATIVE)
    table = page.table
    columns = sum(table.columnWidth(c) for c in range(page.model.columnCount()))
    assert page.model.columnCount() == 4
    assert table.viewport().width() >= columns
    assert not table.horizontalScrollBar().isVisible()


def test_the_grid_is_solid_and_under_the_lines(qtbot, window):
    """The same colour as the see-through grid over the white chart, drawn without blending
    and below the view, so the lines cross over it."""
    from kpidesk.ui.charts.axes import over_background
    from kpidesk.ui.charts.qtgraph import pg
    from kpidesk.ui.palette import BACKGROUND

    window.show_charts()
    select(qtbot, window, kpi_ids(window)[1])
    page = window.charts.ensure_panel().page(Tab.CUMULATIVE)
    axis = page.value_axis
    assert axis.zValue() < page.plot_item.getViewBox().zValue()
    see_through = pg.mkPen(pg.mkColor(95, 99, 104, 38))  # the axis colour at the grid's alpha
    solid = over_background(see_through).color()
    assert BACKGROUND.name() == "#ffffff"
    assert (solid.alpha(), solid.name()) == (255, "#e7e8e8")  # 15 % of #5f6368 over white
    picture = QPicture()
    painter = QPainter(picture)
    try:
        _axis, ticks, _texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    assert ticks and all(pen.color().alpha() == 255 for pen, _start, _end in ticks)


def test_a_selection_works_out_each_line_once(qtbot, window, monkeypatch):
    """A new value range made every line work out its points again, just before it was given
    new ones (pyqtgraph's dynamic range limit, which the chart's own value range never needs)."""
    from kpidesk.ui.charts.qtgraph import pg

    deals, prospects = DEALS, PROSPECTS
    actuals = {(deals, 1, date(2026, 11, 2)): "3", (prospects, 1, date(2026, 11, 2)): "40"}
    page = deals_charted(qtbot, window, actuals)
    lines = [page.actual_item, page.pace_item, page.forecast_item, page.target_item]
    worked_out = []
    original = pg.PlotDataItem.updateItems

    def counted(item, *args, **kwargs):
        worked_out.append(lines.index(item) if item in lines else item)
        return original(item, *args, **kwargs)

    monkeypatch.setattr(pg.PlotDataItem, "updateItems", counted)
    select(qtbot, window, prospects)  # another value range: 40 against 3
    assert sorted(worked_out) == [0, 1, 2, 3]


def test_another_kpi_keeps_the_tables_day_in_view(qtbot, window):
    """The same days under the same headers: the table's figures change in place (no model
    reset, about 0.6 ms less per selection), and it stays scrolled where it was."""
    deals, prospects = DEALS, PROSPECTS
    actuals = {(deals, 1, date(2026, 11, 2)): "3", (prospects, 1, date(2026, 11, 2)): "40"}
    page = deals_charted(qtbot, window, actuals)
    table, model = page.table, page.model
    qtbot.waitUntil(lambda: table.height() > 200)  # laid out beside the chart
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    scrolled = bar.value()
    select(qtbot, window, prospects)
    qtbot.waitUntil(lambda: model.data(model.index(0, 1)) == "40")  # after the chart's paint
    assert bar.value() == scrolled
    assert model.headers() == ["Date", "Actual", "Pace", "Forecast"]


def test_the_hidden_actuals_grid_catches_up_when_shown(qtbot, window):
    """Once built, the Actuals grid loaded the selected KPI's month on every selection, on
    whichever tab was showing; now it does when its tab is shown again."""
    grid = window.actuals  # built, as after a first look at the Actuals tab
    window.views.setCurrentWidget(window.actuals_page)
    ids = kpi_ids(window)
    loaded = []
    original = grid.model.show
    grid.model.show = lambda node_id: (loaded.append(node_id), original(node_id))
    window.show_charts()
    for node_id in ids[1:4]:
        select(qtbot, window, node_id)
    assert loaded == []
    window.views.setCurrentWidget(window.actuals_page)
    assert loaded == [ids[3]]
    name = window.document.session.plan.nodes[ids[3]].name
    assert grid.heading.text() == f"Actuals of “{name}” by day and rep"
    window.show_charts()
    window.views.setCurrentWidget(window.actuals_page)  # nothing selected meanwhile
    assert loaded == [ids[3]]


def test_the_chart_paints_before_its_table_is_filled(qtbot, window):
    """The chart is on screen first; the table beside it follows in the next turn of the
    event loop with the same KPI's figures (a table's work and paint sooner for the chart)."""
    deals, prospects = DEALS, PROSPECTS
    actuals = {(deals, 1, date(2026, 11, 2)): "3", (prospects, 1, date(2026, 11, 2)): "40"}
    page = deals_charted(qtbot, window, actuals)
    model = page.model
    qtbot.waitUntil(page.plot.isVisible)  # the chart panel is shown in a queued call
    qtbot.waitUntil(lambda: model.data(model.index(0, 1)) == "3")
    order = []
    chart_paints = Paints(page.plot.viewport())
    model.dataChanged.connect(lambda *_: order.append(("table", chart_paints.count)))
    window.tree.setCurrentIndex(window.model.index_of(prospects))
    assert model.data(model.index(0, 1)) == "3"  # not yet: the chart paints first
    qtbot.waitUntil(lambda: model.data(model.index(0, 1)) == "40")
    assert order and set(order) == {("table", 1)}  # every figure after the chart's one paint
    assert page.series.kpi == window.document.session.plan.nodes[prospects].name
