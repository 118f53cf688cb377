"""A screen reader can tell what each control does: every focusable widget of the window (each
tab) and of the 21 dialogs has an accessible description of its own, not its name again."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kpidesk.i18n.catalog import install_translators
from kpidesk.ui.accessibility import make_accessible
from tests.ui.every_dialog import every_dialog
from tests.ui.test_every_control_named import LAUNCHED


def undescribed(root: QWidget) -> list[str]:
    """The focusable, visible widgets under `root` whose description is missing or says no
    more than their name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if (widget.isWindow() and widget is not root) or widget.objectName().startswith("qt_"):
            continue
        description = widget.accessibleDescription().strip()
        if not description or description == widget.accessibleName().strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_focusable_widget_of_the_window_is_described(window):
    for index in range(window.views.count()):
        window.views.setCurrentIndex(index)
        make_accessible(window)
        assert undescribed(window) == [], window.views.tabText(index)
    for index in range(window.detail_tabs.count()):
        window.detail_tabs.setCurrentIndex(index)
        make_accessible(window)
        assert undescribed(window) == [], window.detail_tabs.tabText(index)


def test_every_focusable_widget_of_every_dialog_is_described(qtbot, window, tmp_path):
    problems = {}
    for name, dialog in every_dialog(window, tmp_path):  # each deleted after its turn
        if name in LAUNCHED:
            make_accessible(dialog)
        dialog.show()
        if found := undescribed(dialog):
            problems[name] = found
        dialog.close()
    assert problems == {}


def test_a_field_says_what_it_does_and_the_tooltip_is_extended_not_copied(window):
    form = window.form
    assert form.target.accessibleDescription() == (
        "The KPI's target for the period; the KGI's target drives the whole tree. "
        "Type a number (1,000, 10万, 20 %), then Enter."
    )
    check = form.lower_is_better
    assert check.accessibleDescription().startswith(check.toolTip())
    assert check.accessibleDescription() != check.toolTip()


def test_descriptions_are_in_japanese_too(qapp, settings, demo_file, qtbot):
    from kpidesk.ui.main_window import MainWindow

    install_translators(qapp, "ja")
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert window.open_file(demo_file)
        description = window.form.target.accessibleDescription()
        assert description.startswith("期間の KPI の目標。KGI の目標がツリー全体を決めます。")
    finally:
        install_translators(qapp, "en")


def test_every_tooltip_of_an_action_with_a_shortcut_says_it(window):
    from PySide6.QtGui import QAction, QKeySequence

    with_keys = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(with_keys) >= 10
    silent = [
        a.objectName() or a.text()
        for a in with_keys
        if a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) not in a.toolTip()
    ]
    assert silent == []
