"""The view hands the tree model one set of role slots for cell after cell: a role a cell has no
value for must come back empty, not as the previous cell's value (a KGI's SMART cell showed
the gap "±¥0" and every KPI name took the figures' right alignment and the KGI's bold)."""

from PySide6.QtCore import QModelRoleData, Qt

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
)


def _cells(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            yield model.index(row, column, parent)
        yield from _cells(model, model.index(row, 0, parent))


def test_every_cell_reads_as_data_gives_it_through_reused_slots(window):
    model = window.model
    slots = [QModelRoleData(int(role)) for role in ROLES]
    cells = list(_cells(model))
    assert len(cells) > 20
    for index in cells:  # one set of slots, cell after cell, as the view paints
        model.multiData(index, slots)
        for slot, role in zip(slots, ROLES, strict=True):
            expected = model.data(index, role)
            got = slot.data()
            assert (got is None) == (expected is None), (index.row(), index.column(), role, got)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole):
                assert got == expected, (index.row(), index.column(), role)
