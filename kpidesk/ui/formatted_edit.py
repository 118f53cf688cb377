"""A number field that reads formatted (¥10,000,000 or 1,000万円) until it is edited."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


class FormattedNumberEdit(QLineEdit):
    """Shows the value as the rest of the form does while it does not have the focus, and the
    plain digits to edit when it takes it; text that was typed and refused stays as typed."""

    def __init__(self, objectName: str = "") -> None:
        super().__init__(objectName=objectName)
        self._raw = ""
        self._shown = ""

    def set_value(self, raw: str, shown: str) -> None:
        """The value to edit (`raw`: "10000000") and to read (`shown`: "¥10,000,000")."""
        self._raw, self._shown = raw, shown
        text = raw if self.hasFocus() else shown
        if self.text() != text:
            self.setText(text)
        self.setModified(False)

    def focusInEvent(self, event) -> None:
        if not self.isModified() and self.text() == self._shown and self._raw != self._shown:
            self.setText(self._raw)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)  # commits the typed text (editingFinished) first
        if not self.isModified() and self.text() == self._raw:
            self.setText(self._shown)
