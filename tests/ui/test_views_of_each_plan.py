"""The header and SMART at a glance are made for the plan they show: opening another plan gives
it views of its own, and the previous plan's edits (undone with it) no longer reach them."""

from PySide6.QtCore import QCoreApplication, QEvent

from kpidesk.services.plan_files import open_plan

OWNER_OF_DEALS = 2


def second_plan(tmp_path, demo_file):
    other = tmp_path / "other.kpidesk"
    other.write_bytes(demo_file.read_bytes())
    opened = open_plan(other)
    opened.session.rename_plan("Second plan")
    opened.session.set_smart(OWNER_OF_DEALS, owner="Sato")
    opened.close()
    return other


def test_another_plan_gets_a_header_and_a_smart_glance_of_its_own(qtbot, window, demo_file):
    first_header, first_glance = window.header, window.smart_glance
    assert first_header.document is window.document
    assert first_header.text().startswith("Sales team plan (demo)  ·  Reps: 10")
    assert first_glance.summary.text() == "0 of 4 KPIs SMART"
    first = window.document
    assert window.open_file(second_plan(demo_file.parent, demo_file))
    assert window.header is not first_header and window.smart_glance is not first_glance
    assert window.header.document is window.document is not first
    assert window.header.text().startswith("Second plan  ·  Reps: 10")
    window.detail_tabs.setCurrentWidget(window.smart_glance.area)  # the tab shows its KPI
    assert window.smart_glance.form.owner.text() == ""  # the KGI is current: it has no SMART
    window.tree.setCurrentIndex(window.model.index_of(OWNER_OF_DEALS))
    assert window.smart_glance.form.owner.text() == "Sato"
    window.document.controller.rename_plan("Renamed")
    assert window.header.text().startswith("Renamed  ·  Reps: 10")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the loop would
    assert window.findChildren(type(first_header), "planHeader") == [window.header]
