"""First run and Help: a welcome, a fresh demo in the user's language, the guide at F1, About."""

from datetime import datetime

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QToolBar

from kpidesk import __version__
from kpidesk.i18n.catalog import install_translators
from kpidesk.services.demo import DEMO_COPIES_KEPT, fresh_demo_copy
from kpidesk.services.plan_files import open_plan
from kpidesk.ui.folders import documents_folder, plans_folder
from kpidesk.ui.help_menu import AboutDialog, demo_folder
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column
from kpidesk.ui.startup import plan_to_open, show_welcome
from kpidesk.ui.welcome import WelcomeDialog
from tests.conftest import english_label
from tests.ui.helpers import edit_cell


@pytest.fixture
def empty_window(qtbot, english, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def kgi_name(window) -> str:
    plan = window.document.controller.session.plan
    return plan.root.name


def test_the_first_start_opens_no_hidden_file_and_welcomes(qtbot, empty_window, settings):
    assert plan_to_open(None, False, settings) is None
    dialog = show_welcome(empty_window, settings)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    buttons = [b.text() for b in dialog.findChildren(QPushButton)]
    assert "&New Plan from a Template…" in buttons
    assert "&Open a Plan…" in buttons
    assert "Try the &Demo Plan" in buttons


def test_the_welcome_opens_the_demo_and_steps_aside(qtbot, empty_window, settings):
    dialog = WelcomeDialog(empty_window, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert empty_window.document is not None
    assert kgi_name(empty_window) == "Revenue"
    assert not dialog.isVisible()


def test_the_welcome_lists_recent_plans_and_opens_one(qtbot, empty_window, demo_file):
    dialog = WelcomeDialog(empty_window, [str(demo_file)])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recent.count() == 1
    assert dialog.recent.item(0).text() == demo_file.name
    dialog.recent.itemActivated.emit(dialog.recent.item(0))
    assert empty_window.document.path == demo_file.resolve()


def test_open_demo_is_a_fresh_copy_every_time_whatever_was_tried(qtbot, empty_window):
    assert empty_window.help_menu.open_demo()
    first = empty_window.document.path
    assert first.parent == demo_folder()
    root = empty_window.document.controller.session.plan.root.id
    edit_cell(qtbot, empty_window, root, Column.NAME, "Tried something")
    assert kgi_name(empty_window) == "Tried something"
    assert empty_window.help_menu.open_demo()
    assert empty_window.document.path != first
    assert kgi_name(empty_window) == "Revenue"


def test_the_demo_speaks_the_language_of_the_app(qtbot, empty_window, qapp):
    install_translators(qapp, "ja")
    try:
        assert empty_window.help_menu.open_demo()
        assert kgi_name(empty_window) == "売上"
    finally:
        install_translators(qapp, "en")


def test_old_demo_copies_are_cleared_but_an_open_one_is_kept(tmp_path):
    label = english_label
    first = fresh_demo_copy(tmp_path, label, datetime(2026, 11, 1, 9, 0, 0))
    held = open_plan(first)  # a KPI Desk still has the oldest open
    try:
        made = [
            fresh_demo_copy(tmp_path, label, datetime(2026, 11, 1, 9, 0, n)) for n in range(1, 6)
        ]
        left = set(tmp_path.glob("demo-*.kpidesk"))
        assert first in left  # locked: never removed under its user
        assert set(made[-DEMO_COPIES_KEPT:]) <= left
        assert made[0] not in left
    finally:
        held.close()


def test_f1_opens_the_guide_at_the_current_tabs_page(qtbot, window):
    window.views.setCurrentWidget(window.actuals_page)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_menu.guide
    assert guide is not None and guide.isVisible()
    assert guide.section() == "actuals"
    window.views.setCurrentWidget(window.reviews_page)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help_menu.guide is guide and guide.section() == "reviews"
    text = guide.browser.toPlainText()
    assert "The monthly loop" in text and "Glossary" in text
    guide.close()


def test_the_guide_is_in_japanese_for_a_japanese_user(qtbot, window, qapp):
    install_translators(qapp, "ja")
    try:
        guide = window.help_menu.show_guide()
        qtbot.addWidget(guide)
        text = guide.browser.toPlainText()
        for word in ("毎月の流れ", "用語集", "達成率", "進捗率", "着地見込み"):
            assert word in text
    finally:
        install_translators(qapp, "en")


def test_about_shows_the_version_and_every_licence(qtbot, english):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "aboutTitle").text() == f"KPI Desk {__version__}"
    licences = dialog.findChild(QTextBrowser, "aboutLicences").toPlainText()
    for licence in ("LGPL-3.0", "SIL OFL 1.1", "ISC", "MIT"):
        assert licence in licences


def test_the_toolbar_has_icons_with_text_and_tooltips_naming_the_shortcut(window):
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    for action in toolbar.actions():
        if not action.isSeparator():
            assert not action.icon().isNull(), action.text()
    assert window.undo_action.toolTip() == "Undo (Ctrl+Z)"
    assert window.help_menu.guide_action.toolTip() == "KPI Desk Guide (F1)"


def test_the_app_has_its_own_icon():
    from kpidesk.ui.icons import app_icon

    assert app_icon().availableSizes()[-1].width() >= 256


def test_new_plans_start_in_documents_not_the_app_data_folder(tmp_path):
    assert plans_folder(None) == str(documents_folder())
    assert plans_folder(demo_folder() / "demo-1.kpidesk") == str(documents_folder())
    assert plans_folder(tmp_path / "team.kpidesk") == str(tmp_path)
    location = QStandardPaths.StandardLocation.AppDataLocation
    assert not documents_folder().is_relative_to(QStandardPaths.writableLocation(location))
