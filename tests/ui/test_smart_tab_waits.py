"""The SMART tab's form is made when the tab is first shown, for the KPI selected by then."""

from kpidesk.ui.smart_form import SmartForm


def smart_forms(window) -> list[SmartForm]:
    return window.findChildren(SmartForm)


def test_a_plan_opens_without_its_smart_form_and_the_tab_shows_the_kpi_selected(qtbot, window):
    assert window.detail_tabs.currentWidget() is not window.smart_glance.area
    assert smart_forms(window) == []
    nodes = window.document.session.plan.nodes
    third = list(nodes)[2]
    window.tree.setCurrentIndex(window.model.index_of(third))
    assert smart_forms(window) == []  # still hidden: nothing made
    window.detail_tabs.setCurrentWidget(window.smart_glance.area)
    (form,) = smart_forms(window)
    assert form.isVisibleTo(window)
    assert form.title.text() == nodes[third].name


def test_the_next_plan_takes_the_smart_tab_over_with_a_form_of_its_own(qtbot, window, demo_file):
    window.detail_tabs.setCurrentWidget(window.smart_glance.area)
    (first,) = smart_forms(window)
    window.detail_tabs.setCurrentIndex(0)
    assert window.open_file(demo_file)  # the same plan again: a new document
    qtbot.waitUntil(lambda: smart_forms(window) == [])  # the first plan's form went with it
    window.detail_tabs.setCurrentWidget(window.smart_glance.area)
    (second,) = smart_forms(window)
    assert second is not first
    assert (
        second.title.text() == window.document.session.plan.nodes[window.document.current_kpi].name
    )
