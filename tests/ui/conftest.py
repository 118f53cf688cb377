"""Fixtures for GUI tests: a real main window on a fresh demo plan, in English."""

import pytest
from PySide6.QtCore import QSettings

from kpidesk.i18n.catalog import install_translators
from kpidesk.ui.fonts import use_bundled_font
from kpidesk.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    use_bundled_font(qapp)
    return qapp


@pytest.fixture
def window(qtbot, english, settings, demo_file):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_file(demo_file)
    window.show()
    qtbot.waitExposed(window)
    return window
