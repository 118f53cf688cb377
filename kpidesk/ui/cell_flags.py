"""The flags and alignment item models return for every cell they paint, made once.

A Python enum's "|" costs about 4 µs: a model that combined two flags for each cell of each
paint spent milliseconds a paint on them, and a 2,000-KPI review's table 130 ms to fill.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RIGHT_ALIGNED = int(RIGHT.value)  # what data() returns for Qt.ItemDataRole.TextAlignmentRole
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = SELECTABLE | Qt.ItemFlag.ItemIsEditable
