"""A cell that shows a formatted figure (¥100,000, 25 %) but opens its editor on the bare value."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QWidget

EDIT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 20  # the text the editor starts with


class EditTextDelegate(QStyledItemDelegate):
    """The editor starts with the cell's EDIT_TEXT_ROLE text when it has one."""

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        text = index.data(EDIT_TEXT_ROLE)
        if isinstance(editor, QLineEdit) and text is not None:
            editor.setText(str(text))
            editor.selectAll()
            return
        super().setEditorData(editor, index)
