"""A plan opened as the window opens it, without the window: for tests of a dialog that takes
only the plan, the settings and a parent (a main window costs five times the CPU)."""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.plan_document import PlanDocument


@dataclass
class Host:
    """What such a dialog takes from the window: its plan, its settings, a shown parent."""

    document: PlanDocument
    settings: QSettings
    parent: QWidget


@pytest.fixture(name="host")
def plan_host(qtbot, english, settings, demo_file):
    """The demo plan, open for editing as in `window` (without the backup the window adds)."""
    document = PlanDocument(demo_file, NumberFormat())
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    yield Host(document, settings, parent)
    document.close()
