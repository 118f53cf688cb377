"""The Diagram tab's first look shows the whole tree at the size of the tab, not a speck."""

from kpidesk.ui.tree_diagram import FIT_MARGIN


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
