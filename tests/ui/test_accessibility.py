"""Every control has an accessible name, the form's Tab order follows its rows, and a toolbar
action's tooltip says its shortcut."""

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from kpidesk.ui.accessibility import CONTROLS, make_accessible
from kpidesk.ui.import_dialog import ImportDialog
from kpidesk.ui.what_if_dialog import WhatIfDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(c).__name__} {c.objectName()!r}"
        for c in root.findChildren(QWidget)
        if isinstance(c, CONTROLS)
        and not isinstance(c, QHeaderView)  # read with its table
        and not c.accessibleName()
        and c.isVisibleTo(root)
    ]


def test_every_control_of_the_window_has_a_name(window):
    window.show_diagram()
    window.show_actuals()
    window.views.setCurrentIndex(0)
    make_accessible(window)  # again, for the tabs built since the plan opened
    assert unnamed(window) == []
    assert window.form.target.accessibleName() == "Target"
    assert window.form.plan_per_rep.accessibleName() == "Plan per rep"
    solve_for = window.form.solve_for
    assert solve_for.accessibleDescription().startswith(solve_for.toolTip())  # and goes on
    assert solve_for.toolTip() != ""


def test_dialogs_name_their_controls(qtbot, host, tmp_path):
    crm = tmp_path / "crm.csv"
    crm.write_text("日付,KPI,値\n2026-11-02,Deals,2\n", encoding="utf-8")
    for dialog in (
        ImportDialog(host.document.controller, str(crm), host.parent),
        WhatIfDialog(host.document, host.parent),
    ):
        qtbot.addWidget(dialog)
        make_accessible(dialog)
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__
        assert isinstance(dialog, QDialog)


def test_tab_goes_down_the_form_in_the_order_of_its_rows(window):
    form = window.form
    order = [form.name, form.unit, form.unit_label, form.relation, form.formula, form.weight]
    for current, following in pairwise(order):
        assert next_tab_stop(current) is following, current.objectName()


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget`: the next widget in the chain that takes Tab focus."""
    candidate = widget.nextInFocusChain()
    while not candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
        candidate = candidate.nextInFocusChain()
    return candidate


def test_tooltips_say_the_shortcut(window):
    assert window.undo_action.toolTip().endswith("(Ctrl+Z)")
    add = window.findChild(type(window.undo_action), "addChildAction")
    assert add.toolTip() == "Add Child KPI (Ctrl+Shift+N)"
