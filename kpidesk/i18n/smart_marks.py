"""The one set of SMART marks, for the window and the PDF: ✓ ! ✗ in English, ○ △ × in Japanese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.smart import Result

translate = QCoreApplication.translate


def smart_mark(result: Result) -> str:
    """The mark of a SMART result in the user's language."""
    marks = {
        Result.PASS: translate("SmartMarks", "✓", "meets the criterion"),
        Result.WARNING: translate("SmartMarks", "!", "needs a look"),
        Result.FAIL: translate("SmartMarks", "✗", "does not meet the criterion"),
    }
    return marks[result]
