"""The ヨミ tab: typing and pasting deals (each one undo step), the forecast beside the run-rate
and the target with what the gap asks of the tree, won deals moving to the actuals."""

import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt

from kpidesk.domain.yomi import DealState
from kpidesk.services.plan_files import open_plan
from tests.conftest import on_test_day, plan_copy
from tests.ui.helpers import type_text, wait_for_editor_to_close

REVENUE = 1


@pytest.fixture(scope="module")
def november_demo(demo_template, tmp_path_factory):
    """The demo plan set to November 2026, made once per module through the services."""
    path = plan_copy(demo_template, tmp_path_factory.mktemp("november") / "demo.kpidesk")
    opened = open_plan(path)
    try:
        with on_test_day():
            opened.session.set_period(date(2026, 11, 1))
    finally:
        opened.close()
    return path


@pytest.fixture
def demo_file(tmp_path, november_demo):
    """What the `window` fixture opens here: a copy of the demo plan in November (each test
    set the period in its window before)."""
    return shutil.copyfile(november_demo, tmp_path / "demo.kpidesk")


def open_yomi(window):
    assert window.document.session.plan.period_start == date(2026, 11, 1)
    window.views.setCurrentWidget(window.views.yomi_page)
    return window.views._yomi


def figures(page):
    return {name: label.text() for name, label in page.summary.figures.items()}


def test_typing_a_deal_then_pasting_more_each_one_undo_step(qtbot, window):
    page = open_yomi(window)
    assert page.model.rowCount() == 1  # the empty line for a new deal
    index = page.model.index(0, 0)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    type_text(qtbot, page.view.indexWidget(index), "Tanaka Shoji")
    qtbot.keyClick(page.view.indexWidget(index), Qt.Key.Key_Return)
    wait_for_editor_to_close(qtbot, page.view)
    assert [d.name for d in page.model.deals] == ["Tanaka Shoji"]
    page.view.setCurrentIndex(page.model.index(0, 1))
    assert page.paste("Rep 1\t2,000,000\t2026-11-25\tA\n") is None
    page.view.setCurrentIndex(page.model.index(1, 0))  # the empty line: new deals
    pasted = "Sato Kogyo\tRep 2\t1000000\t2026/11/26\t70%\nNo date\tRep 2\t500000\t\tB\n"
    assert page.paste(pasted) is None
    assert page.model.rowCount() == 4
    assert page.model.index(0, 2).data() == "¥2,000,000"
    assert page.model.index(1, 4).data() == "70 %"
    assert figures(page) == {
        "target": "¥10,000,000",
        "closed": "—",  # nothing entered for November, nothing derivable
        "weighted": "¥2,500,000",
        "forecast": "¥2,500,000",
        "run_rate": "—",
        "gap": "-¥7,500,000",
    }
    assert page.summary.by_rank.text() == ("Weighted deals by rank: A ¥1,800,000 · 70 % ¥700,000")
    assert page.summary.bands.text() == (
        "If every deal down to each rank closes: A ¥2,000,000 / B ¥3,000,000 / C ¥3,000,000"
    )
    assert page.left_out.text() == "Left out of the forecast: No date (no expected close date)"
    assert page.by_rep.text() == (
        "By rep: Rep 1 ¥1,800,000 (closed ¥0) · Rep 2 ¥700,000 (closed ¥0)"
    )
    window.undo_action.trigger()
    assert [(d.name, d.amount) for d in page.model.deals] == [("Tanaka Shoji", 2_000_000)]


def test_the_gap_is_shown_as_the_activity_that_would_close_it(qtbot, window):
    page = open_yomi(window)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.paste("Sato Kogyo\tRep 1\t8,800,000\t2026-11-25\tA\n")
    # 10,000,000 − 0.9 × 8,800,000 = 2,080,000 short: 21 deals at ¥100,000, 105 prospects at 20 %
    assert page.asks.text() == (
        "What the gap asks of the tree:\n"
        "¥2,080,000 more Revenue (¥416,000 per business day left)\n"
        "= 21 more Deals at ¥100,000 (4.2 per business day left)\n"
        "= 105 more Prospects at 20 % (10–11 per rep, 21 per business day left)"
    )


def test_a_won_deal_moves_to_the_actuals_and_a_bad_cell_is_refused(qtbot, window):
    page = open_yomi(window)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.paste("Sato Kogyo\tRep 1\t1,000,000\t2026-11-25\tB\n")
    assert (
        page.paste("Bad\tRep 1\tabc\n") == "“abc” is not a number. Type digits, such as 1200 or 20."
    )
    assert page.message.text() == "“abc” is not a number. Type digits, such as 1200 or 20."
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.findChild(type(page.merge_button), "yomiWon"), Qt.MouseButton.LeftButton)
    session = window.document.session
    assert session.actuals.totals(date(2026, 11, 1), date(2026, 11, 30)) == {
        (REVENUE, 1): 1_000_000
    }
    assert page.model.index(0, 6).data() == "won"
    assert [figures(page)[f] for f in ("closed", "weighted", "forecast")] == [
        "¥1,000,000",
        "¥0",
        "¥1,000,000",
    ]
    window.undo_action.trigger()
    assert session.actuals.totals(date(2026, 11, 1), date(2026, 11, 30)) == {}
    assert page.model.index(0, 6).data() == "open"


def test_importing_a_crm_export_with_columns_guessed_is_one_undo_step(qtbot, window, tmp_path):
    page = open_yomi(window)
    data = tmp_path / "deals.csv"
    data.write_text(
        "商談名,担当者,受注金額,完了予定日,確度,備考\n"
        'Tanaka Shoji,Rep 1,"2,000,000",2026/11/25,A,visit\n'
        "Sato Kogyo,Rep 2,1000000,2026-11-26,70%,\n",
        encoding="utf-8",
    )
    dialog = page.import_file(str(data))
    qtbot.addWidget(dialog)
    assert [dialog.combos[f].currentText() for f in ("name", "rep", "amount", "rank")] == [
        "商談名",
        "担当者",
        "受注金額",
        "確度",
    ]
    assert dialog.summary.text() == "2 deals will be loaded: 2 new, 0 already listed (updated)."
    assert dialog.table.item(1, 4).text() == "70 %"
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert [(d.name, d.amount) for d in page.model.deals] == [
        ("Tanaka Shoji", 2_000_000),
        ("Sato Kogyo", 1_000_000),
    ]
    assert page.message.text() == "Imported 2 deals."
    window.undo_action.trigger()
    assert page.model.deals == []


def test_an_export_with_a_bad_row_loads_nothing_and_lists_the_row(qtbot, window, tmp_path):
    page = open_yomi(window)
    data = tmp_path / "deals.csv"
    data.write_text("deal,rep,amount\nGood,Rep 1,100\nBad,Nobody,100\n", encoding="utf-8")
    before = window.document.session.store.db.conn.total_changes
    dialog = page.import_file(str(data))
    qtbot.addWidget(dialog)
    assert dialog.errors.text() == "Row 3: The team has no rep named “Nobody”."
    assert dialog.summary.text() == "1 of 2 rows cannot be read: fix them and import again."
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert window.document.session.store.db.conn.total_changes == before


def test_exporting_the_list_as_csv(qtbot, window, tmp_path):
    page = open_yomi(window)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.paste("Sato Kogyo\tRep 1\t1,000,000\t2026-11-25\tB\tcall\n")
    out = tmp_path / "yomi.csv"
    assert page.export_file(str(out)) == f"Wrote 1 deals to {out}"
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "deal,rep,amount,close_date,rank,note,state",
        "Sato Kogyo,Rep 1,1000000,2026-11-25,B,call,open",
    ]


def test_the_tab_says_what_moved_since_the_latest_review(qtbot, window):
    from kpidesk.domain.review import Cadence
    from kpidesk.services.review_service import create_review

    page = open_yomi(window)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.paste(
        "Sato Kogyo\tRep 1\t1,000,000\t2026-11-25\tB\nTanaka\tRep 2\t500000\t2026-11-26\tA\n"
    )
    window.document.controller.run(
        "Review", lambda: create_review(window.document.session, Cadence.WEEKLY, date(2026, 11, 13))
    )
    assert page.moved.text() == ""
    page.view.setCurrentIndex(page.model.index(0, 3))
    page.paste("2026-12-03\n")
    page.view.setCurrentIndex(page.model.index(1, 0))
    page.close_current(DealState.LOST)
    assert page.moved.text() == "Since the review of 11/13/26: slipped Sato Kogyo, lost Tanaka"


def test_the_list_tied_to_deals_in_the_tab_warns_that_closed_so_far_is_unknown(qtbot, window):
    page = open_yomi(window)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.paste(
        "Sato Kogyo\tRep 1\t1,000,000\t2026-11-25\tB\nTanaka\tRep 2\t500000\t2026-11-26\tA\n"
    )
    window.document.controller.record_actuals({(REVENUE, 1, date(2026, 11, 10)): "300000"})
    tie = page.summary.tie
    assert [tie.itemText(i) for i in range(tie.count())] == ["Revenue (KGI)", "Deals", "Prospects"]
    assert page.summary.warning.isHidden()
    tie.setFocus()
    qtbot.keyClick(tie, Qt.Key.Key_Down)  # the next choice, as a user picks it
    assert tie.currentText() == "Deals"
    assert window.document.controller.undo_stack.undoText() == "Forecast Pipeline For"
    # no deal recorded and none derivable: "closed so far" is not 0 but unknown
    assert figures(page) == {
        "target": "100",
        "closed": "—",
        "weighted": "1.4",
        "forecast": "1.4",
        "run_rate": "—",
        "gap": "-98.6",
    }
    assert not page.summary.warning.isHidden()
    assert page.summary.warning.text() == (
        "No actual of “Deals” has been entered and none can be derived from the tree: what is "
        "closed so far is not known, so the forecast holds only the weighted deals."
    )
    window.document.controller.record_actuals({(2, 1, date(2026, 11, 10)): "3"})
    assert figures(page)["closed"] == "3"
    assert page.summary.warning.isHidden()
    window.undo_action.trigger()  # the deals actual
    window.undo_action.trigger()  # the tie
    assert tie.currentText() == "Revenue (KGI)"
    assert figures(page)["target"] == "¥10,000,000"


def test_ctrl_v_pastes_and_delete_removes_as_in_the_actuals_grid(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    page = open_yomi(window)
    page.view.setCurrentIndex(page.model.index(0, 0))
    QGuiApplication.clipboard().setText("Sato Kogyo\tRep 1\t1,000,000\t2026-11-25\tB\n")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [(d.name, d.amount, d.rank) for d in page.model.deals] == [
        ("Sato Kogyo", 1_000_000, "B")
    ]
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.deals == []
