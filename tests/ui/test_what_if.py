"""What-if: a scratch scenario that shows the KGI and each driver's pull, applied in one step."""

from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore
from kpidesk.ui.what_if_dialog import WhatIfDialog
from tests.ui.plan_host import plan_host  # noqa: F401 (the `host` fixture)

PROSPECTS = 4


def stored(path):
    db = open_plan_file(path)
    plan = PlanStore(db).load()
    db.close()
    return plan


def row_of(dialog, name):
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == name)


def test_a_scenario_changes_nothing_until_applied(qtbot, window, demo_file):
    dialog = WhatIfDialog(window.document, window)
    qtbot.addWidget(dialog)
    row = row_of(dialog, "Prospects")
    assert dialog.table.item(row, 3).text() == "+¥100,000"  # +1 % of prospects
    dialog.table.item(row, 2).setText("450")
    assert dialog.result.text() == (
        "Revenue projected: ¥10,000,000 → ¥9,000,000  (gap to the KGI -¥1,000,000)"
    )
    assert dialog.table.item(row_of(dialog, "Prospects"), 3).text() == "+¥90,000"
    assert stored(demo_file).nodes[PROSPECTS].plan == 500
    dialog.apply_button.click()
    assert stored(demo_file).nodes[PROSPECTS].plan == 450
    assert window.model.index_of(1, 5).data() == "¥9,000,000"
    window.undo_action.trigger()
    assert stored(demo_file).nodes[PROSPECTS].plan == 500


def test_bad_scenario_input_is_refused_in_the_dialog(qtbot, host):
    dialog = WhatIfDialog(host.document, host.parent)
    qtbot.addWidget(dialog)
    dialog.table.item(row_of(dialog, "Close rate"), 2).setText("lots")
    assert dialog.message.text() == "“lots” is not a number. Type digits, such as 1200 or 20."
    assert not dialog.apply_button.isEnabled()
