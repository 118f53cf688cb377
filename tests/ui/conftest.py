"""Fixtures for GUI tests: a real main window on a fresh demo plan, in English."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kpidesk.i18n.catalog import install_translators
from kpidesk.ui.fonts import use_bundled_font
from kpidesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _nothing_left_holding_the_keyboard():
    """What one test leaves must not steer the next: a modal dialog it left open blocks every
    later window from being activated, and Ctrl still held by QTest (a Ctrl+C whose release
    landed after its widget went) makes selectRow add to the selection. Close and release
    them before and after each test."""
    _close_modal_dialogs()
    yield
    _close_modal_dialogs()
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        target = QWidget()
        QTest.keyClick(target, Qt.Key.Key_Shift)  # a plain key: Qt now reads no modifier
        target.deleteLater()


def _close_modal_dialogs() -> None:
    for _ in range(20):
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        modal.close()
        modal.deleteLater()
        QApplication.processEvents()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def bundled_font(qapp) -> QFont:
    """The app's font with the bundled Japanese family, registered once per test process (each
    registration reads the 10 MB of font files again)."""
    use_bundled_font(qapp)
    return QFont(qapp.font())


@pytest.fixture
def english(qapp, bundled_font):
    install_translators(qapp, "en")
    if qapp.font() != bundled_font:
        qapp.setFont(bundled_font)
    return qapp


@pytest.fixture
def window(qtbot, english, settings, demo_file):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_file(demo_file)
    # no wait for exposure: qtbot.waitExposed(window), called here before, is a context manager
    # and never waited; tests that need a paint wait for what they read
    window.show()
    return window
