"""The diagram is made for one plan's document and follows it itself, laying out only when seen."""

import shutil

from kpidesk.ui.diagram_panel import DiagramPanel

REVENUE, PROSPECTS = 1, 4


def projected(panel: DiagramPanel, node_id: int) -> str:
    return dict(panel.view.box_item(node_id).rows)["Projected"]


def test_a_second_diagram_on_one_document_follows_an_edit_made_in_the_first_view(qtbot, window):
    window.show_diagram()
    second = DiagramPanel(window.document, window.number_format)
    qtbot.addWidget(second)
    second.show()
    assert projected(second, REVENUE) == "¥10,000,000"
    assert window.document.controller.set_plan_value(PROSPECTS, "450") is None
    assert projected(second, REVENUE) == "¥9,000,000"
    assert projected(window.diagram, REVENUE) == "¥9,000,000"
    window.document.set_current_kpi(PROSPECTS)
    assert second.view.selected_node() == PROSPECTS


def test_a_hidden_diagram_lays_out_when_it_is_next_shown(qtbot, window):
    window.show_diagram()
    diagram = window.diagram
    window.views.setCurrentWidget(window.views.tree)
    laid_out = []
    diagram.view.set_plan = lambda *args, original=diagram.view.set_plan: (
        laid_out.append(1),
        original(*args),
    )
    assert window.document.controller.set_plan_value(PROSPECTS, "450") is None
    assert laid_out == []  # not on screen: no work
    window.show_diagram()
    assert laid_out == [1]
    assert projected(diagram, REVENUE) == "¥9,000,000"


def test_another_plan_gets_a_diagram_of_its_own(qtbot, window, tmp_path):
    window.show_diagram()
    first = window.diagram
    other = tmp_path / "other.kpidesk"
    shutil.copyfile(window.document.path, other)
    assert window.open_file(other)
    assert window.diagram is not first and window.diagram.document is window.document
    assert window.document.controller.set_plan_value(PROSPECTS, "450") is None
    assert projected(window.diagram, REVENUE) == "¥9,000,000"
