"""The Diagram tab's first look shows the whole tree at the size of the tab, not a speck."""

import pytest

from kpidesk.domain.model import Unit
from kpidesk.ui.tree_diagram import FIRST_LOOK_SMALLEST_ZOOM, FIT_MARGIN

REVENUE, PROSPECTS = 1, 4


def _shown_size(view):
    return view.mapFromScene(view.sceneRect()).boundingRect().size()


def test_the_first_look_fills_the_tab_with_the_whole_tree(qtbot, window):
    window.resize(1366, 768)
    window.show_diagram()
    view = window.diagram.view
    qtbot.waitUntil(lambda: view.viewport().width() > 400)
    shown, room = _shown_size(view), view.viewport().size()
    margin = 2 * FIT_MARGIN * view.zoom() + 4
    assert shown.width() <= room.width() and shown.height() <= room.height()
    assert shown.width() >= room.width() - margin or shown.height() >= room.height() - margin


def test_the_tree_stays_fitted_when_the_window_grows_until_the_user_zooms(qtbot, window):
    window.resize(900, 600)
    window.show_diagram()
    view = window.diagram.view
    qtbot.waitUntil(lambda: view.viewport().width() > 200)
    small = view.zoom()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: view.zoom() > small)
    assert view.keeps_fitted()
    view.zoom_in()
    zoomed = view.zoom()
    window.resize(1280, 800)
    qtbot.wait(20)
    assert not view.keeps_fitted()
    assert view.zoom() == zoomed


def big_tree_shown(qtbot, window):
    """The demo with 40 KPIs under the prospects (fitted whole, each box would be a few pixels
    tall), its Diagram tab shown for the first time; its view."""
    session = window.document.session
    for number in range(40):
        session.add_child(PROSPECTS, f"Source {number + 1}", Unit.COUNT)
    window.resize(1366, 768)
    window.show_diagram()
    view = window.diagram.view
    qtbot.waitUntil(lambda: view.viewport().width() > 400)
    return view


def kgi_in_view(view) -> bool:
    kgi = view.mapFromScene(view.box_item(REVENUE).sceneBoundingRect()).boundingRect()
    return view.viewport().rect().contains(kgi)


def test_a_tree_too_big_to_read_whole_opens_readable_around_the_kgi_and_fit_shows_it_all(
    qtbot, window
):
    view = big_tree_shown(qtbot, window)
    assert view.zoom() == pytest.approx(FIRST_LOOK_SMALLEST_ZOOM)
    assert kgi_in_view(view)
    window.resize(1280, 800)  # still placed as the view settles
    qtbot.waitUntil(lambda: kgi_in_view(view))
    view.fit()
    shown, room = _shown_size(view), view.viewport().size()
    assert view.zoom() < FIRST_LOOK_SMALLEST_ZOOM
    assert shown.width() <= room.width() and shown.height() <= room.height()


def test_a_big_tree_moved_by_the_user_stays_where_it_was_put(qtbot, window):
    view = big_tree_shown(qtbot, window)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the last KPIs
    window.resize(1280, 800)
    qtbot.wait(20)
    assert bar.value() == bar.maximum()
    assert not view.keeps_fitted()
