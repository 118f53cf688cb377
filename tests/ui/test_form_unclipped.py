"""The detail form is never clipped on the right, in English at the smallest window."""

from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell

NODES = (1, 2, 3, 4, 5)


def test_every_kpis_form_fits_the_detail_panel_at_900_by_600(qtbot, window):
    window.resize(900, 600)
    for node_id in NODES:
        window.tree.setCurrentIndex(cell(window, node_id, Column.NAME))
        qtbot.wait(20)
        needed = window.form.minimumSizeHint().width()
        assert window.form_area.viewport().width() >= needed, node_id
        assert window.form.width() >= needed, node_id
