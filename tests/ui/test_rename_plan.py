"""Plan → Rename Plan… renames the plan in the window, as one undo step; a bad name is refused
at the field and the file is not touched."""

import hashlib

from PySide6.QtWidgets import QDialogButtonBox

from kpidesk.ui.rename_plan import RenamePlanDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rename(qtbot, document, parent, text):
    dialog = RenamePlanDialog(document.controller, parent)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == document.session.plan.name
    dialog.name.setText(text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def test_the_plan_menu_renames_the_plan_and_undo_brings_the_name_back(qtbot, window):
    action = window.findChild(type(window.undo_action), "renamePlanAction")
    assert action is not None and action.text() == "Re&name Plan…"
    dialog = rename(qtbot, window.document, window, "  2027 plan  ")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.document.session.plan.name == "2027 plan"
    assert window.header.text().startswith("2027 plan")
    window.undo_action.trigger()
    assert window.document.session.plan.name == "Sales team plan (demo)"


def test_an_empty_name_is_refused_at_the_field_and_the_file_is_untouched(qtbot, host, demo_file):
    before = digest(demo_file)
    dialog = rename(qtbot, host.document, host.parent, "   ")
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text()
    assert not dialog.error.isHidden()
    assert host.document.session.plan.name == "Sales team plan (demo)"
    assert digest(demo_file) == before
