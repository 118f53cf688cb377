"""Copy: a chart or the diagram as an image and SVG, a table as tab-separated text for Excel."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from kpidesk.ui.charts import Tab
from kpidesk.ui.clipboard import SVG_MIME, table_text
from tests.ui.test_chart_panel import full, panel  # noqa: F401 (fixtures)


def test_a_chart_table_copies_as_tab_separated_text_with_its_headers(qtbot, full):  # noqa: F811
    full.set_current_tab(Tab.REPS)
    page = full.page(Tab.REPS)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == (
        "Rep\tActual\tTarget\tAchievement\r\n"
        "佐藤\t12\t25\t48 %\r\n"
        "鈴木\t9\t25\t36 %\r\n"
        "田中\t10\t25\t40 %\r\n"
        "高橋\t5\t25\t20 %\r\n"
    )


def test_only_the_selected_cells_are_copied_when_some_are(full):  # noqa: F811
    table = full.page(Tab.REPS).table
    model, selection = table.model(), table.selectionModel()
    for row, column in ((1, 0), (2, 1)):
        selection.select(model.index(row, column), QItemSelectionModel.SelectionFlag.Select)
    assert table_text(table) == "Rep\tActual\r\n鈴木\t9\r\n田中\t10\r\n"


def test_a_chart_copies_as_a_picture_and_as_svg(qtbot, full):  # noqa: F811
    full.set_current_tab(Tab.CUMULATIVE)
    page = full.page(Tab.CUMULATIVE)
    assert page.copy_chart.toolTip() == "Copy the chart as a picture, for slides and mail (Ctrl+C)"
    page.copy_chart.trigger()
    data = QApplication.clipboard().mimeData()
    image = QApplication.clipboard().image()
    assert image.width() == 2 * page.plot.viewport().width()
    svg = bytes(data.data(SVG_MIME)).decode("utf-8")
    assert svg.startswith("<?xml") and "成約件数" in svg and "Noto Sans CJK JP" in svg


def test_the_diagram_copies_as_a_picture_and_as_svg(qtbot, window):
    window.show_diagram()
    diagram = window.diagram
    diagram.copy_action.trigger()
    image = QApplication.clipboard().image()
    assert image.size() == diagram.view.picture().size()
    svg = bytes(QApplication.clipboard().mimeData().data(SVG_MIME)).decode("utf-8")
    assert ">Prospects</text>" in svg
