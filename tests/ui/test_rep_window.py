"""A rep opens their package: their numbers only, their actuals editable, the rest read-only
with the reason, their own PDF; the package is locked like a plan while it is open."""

import shutil
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt

from kpidesk.services.package_files import OpenPackage
from kpidesk.services.plan_files import open_plan
from kpidesk.services.rep_notes import notes_of
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.rep_window import RepWindow
from tests.services.team_fixtures import PROSPECTS, preview, sent_from_copy

NOV2, NOV5 = date(2026, 11, 2), date(2026, 11, 5)


@pytest.fixture(scope="module")
def sent_template(november_template, tmp_path_factory):
    """The November plan and Rep 1's package sent from it, made once for the module (sending
    costs a fifth of a second of CPU); each test copies both, so the package stays the plan's."""
    folder = tmp_path_factory.mktemp("sent")
    plan, [path] = sent_from_copy(november_template, folder, "out", rep_name="Rep 1")
    return plan, path


@pytest.fixture
def package(demo_file, tmp_path, sent_template):
    """Rep 1's package in the test's folder; `demo_file` is the November plan it was sent from."""
    plan, sent = sent_template
    shutil.copyfile(plan, demo_file)
    return shutil.copyfile(sent, tmp_path / sent.name)


@pytest.fixture
def rep_window(qtbot, english, settings, package):
    main = MainWindow(settings)
    qtbot.addWidget(main)
    assert main.open_file(package)
    [window] = main.rep_windows
    yield window
    if shiboken6.isValid(window):
        window.close()


def row_texts(window, name):
    [item] = window.numbers.findItems(name, Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    return [item.text(column) for column in range(8)]


def test_the_rep_sees_their_numbers_and_why_the_rest_is_read_only(rep_window):
    window = rep_window
    assert isinstance(window, RepWindow)
    assert window.title.text() == (
        "Rep 1's numbers in “Sales team plan (demo)”, 2026-11-01 to 2026-11-30"
    )
    assert "the tree, targets, shares and team are the manager's plan and are read-only" in (
        window.why_read_only.text()
    )
    # 500 prospects over 10 reps; 19 business days in November 2026, 14 of them by the 20th
    assert row_texts(window, "Prospects") == [
        "Prospects",
        "500",
        "50",
        "50",
        "13.16",
        "2.63",
        "3",
        "8 %",
    ]
    assert row_texts(window, "Revenue")[1:3] == ["¥10,000,000", ""]


def test_the_rep_enters_their_actuals_in_the_package_with_undo(qtbot, rep_window, package):
    window = rep_window
    index = window.kpi_choice.findData(PROSPECTS)
    window.kpi_choice.setCurrentIndex(index)
    model = window.grid.model
    assert window.grid.view.isColumnHidden(0)  # the team's column
    row = model.days.index(NOV5)
    assert model.setData(model.index(row, 1), "6")
    assert row_texts(window, "Prospects")[6] == "9"
    assert not model.setData(model.index(row, 0), "4")
    assert window.grid.message.text() == (
        "Only your own actuals can be entered in your package; the team's figures are the "
        "manager's."
    )
    window.controller.undo_stack.undo()
    assert row_texts(window, "Prospects")[6] == "3"
    window.controller.undo_stack.redo()
    window.close()
    opened = OpenPackage(package, read_only=True)
    try:
        assert opened.session.actuals.daily(PROSPECTS, NOV2, NOV5, rep_id=1) == {NOV2: 3, NOV5: 6}
    finally:
        opened.close()


def test_the_rep_exports_their_own_pdf(rep_window, tmp_path):
    target = tmp_path / "mine.pdf"
    assert rep_window.export_pdf(str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_the_package_is_locked_while_its_window_is_open(qtbot, english, settings, rep_window):
    other = MainWindow(settings)
    qtbot.addWidget(other)
    with pytest.raises(Exception) as refused:
        OpenPackage(rep_window.opened.path)
    assert getattr(refused.value, "code", "") == "locked"


def test_the_reps_notes_go_back_with_the_package(qtbot, rep_window, package, demo_file):
    window = rep_window
    [item] = window.notes.findItems("Prospects", Qt.MatchFlag.MatchExactly)
    row = item.row()
    window.notes.item(row, 1).setText("Two big customers postponed")
    window.notes.item(row, 2).setText("Call 10 more leads a week")
    assert window.controller.undo_stack.undoText() == "Edit Note"
    window.controller.undo_stack.undo()
    assert window.notes.item(row, 2).text() == ""
    window.controller.undo_stack.redo()
    assert window.notes.item(row, 2).text() == "Call 10 more leads a week"
    window.close()
    plan_file = open_plan(demo_file)
    try:
        session = plan_file.session
        [rep] = preview(session, [package])
        assert {n: note[:2] for n, note in rep.notes.items()} == {
            PROSPECTS: ("Two big customers postponed", "Call 10 more leads a week")
        }
        session.collect_packages([rep], {}, "mine")
        notes = notes_of(session, 1)
        assert [note[:2] for note in notes.values()] == [
            ("Two big customers postponed", "Call 10 more leads a week")
        ]
        assert preview(session, [package])[0].notes == {}  # collected: nothing new
    finally:
        plan_file.close()


def test_the_reps_progress_charts_are_theirs(qtbot, rep_window):
    window = rep_window
    window.kpi_choice.setCurrentIndex(window.kpi_choice.findData(PROSPECTS))
    window.tabs.setCurrentWidget(window.charts)
    assert window.charts.rep.currentText() == "Rep 1"
    assert window.charts.rep.isHidden()
    model = window.grid.model
    shown = [
        name for c, (_r, name) in enumerate(model.columns) if not window.grid.view.isColumnHidden(c)
    ]
    assert shown == ["Rep 1"]


def test_a_package_open_elsewhere_opens_read_only_when_asked(
    qtbot, english, settings, rep_window, monkeypatch
):
    import kpidesk.ui.lock_prompt as lock_prompt

    asked = []
    monkeypatch.setattr(
        lock_prompt, "ask_to_open_read_only", lambda *args: asked.append(args[2].user) or True
    )
    other = MainWindow(settings)
    qtbot.addWidget(other)
    assert other.open_file(rep_window.opened.path)
    [second] = other.rep_windows
    assert len(asked) == 1
    assert second.opened.read_only
    assert second.why_read_only.text() == (
        "This package is open read-only: another KPI Desk has it open."
    )
    model = second.grid.model
    second.kpi_choice.setCurrentIndex(second.kpi_choice.findData(PROSPECTS))
    assert not model.setData(model.index(model.days.index(NOV5), 1), "6")
    assert second.grid.message.text() == (
        "This package is open read-only: another KPI Desk has it open."
    )
    second.close()
