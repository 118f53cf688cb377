"""A rep's ヨミ goes out in their package and comes back: the rep edits their deals in the
package's My Pipeline tab; Collect From Reps lists each deal added, changed or removed, and
loads them with the actuals as one undo step."""

from datetime import date
from fractions import Fraction

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from kpidesk.domain.yomi import Deal
from kpidesk.services import yomi_service as yomi
from kpidesk.ui.main_window import MainWindow
from tests.ui.test_collect_dialog import team_window  # noqa: F401 (the fixture above)


@pytest.fixture
def window_with_deals(team_window):  # noqa: F811 (the fixture imported above)
    team_window.document.session.change_yomi(
        yomi.put_deals,
        [
            Deal(1, "Tanaka Shoji", 1, Fraction(2_000_000), date(2026, 11, 25), "A"),
            Deal(2, "Kato Denki", 1, Fraction(500_000), date(2026, 11, 27), "C"),
            Deal(3, "Sato Kogyo", 2, Fraction(1_000_000), date(2026, 11, 26), "B"),
        ],
    )
    return team_window


def test_the_reps_deals_go_out_and_come_back_in_one_undo_step(qtbot, window_with_deals, tmp_path):
    window = window_with_deals
    out = tmp_path / "synced"
    out.mkdir()
    paths = window.team_menu.send(str(out))
    window.findChild(QMessageBox, "teamMessage").close()
    main = MainWindow(window.settings)
    qtbot.addWidget(main)
    assert main.open_file(paths[0])  # Rep 1 opens their package
    [rep_window] = main.rep_windows
    page = rep_window.pipeline
    rep_window.tabs.setCurrentWidget(page)
    assert [d.name for d in page.model.deals] == ["Tanaka Shoji", "Kato Denki"]  # theirs only
    page.view.setCurrentIndex(page.model.index(0, 4))
    assert page.paste("B\n") is None  # Tanaka: A → B
    page.view.selectRow(1)
    assert page.remove_selected() is None  # Kato Denki dropped
    assert [d.name for d in page.model.deals] == ["Tanaka Shoji"]
    page.view.setCurrentIndex(page.model.index(1, 0))
    assert page.paste("Suzuki Shokai\t\t700,000\t2026-11-30\tA\n") is None
    rep_window.close()
    assert not shiboken6.isValid(rep_window) or not rep_window.isVisible()

    dialog = window.team_menu.collect_folder(str(out))
    qtbot.waitUntil(lambda: bool(dialog.previews), timeout=10000)
    rep_1 = dialog.tree.topLevelItem(0)
    rows = [[rep_1.child(i).text(c) for c in range(5)] for i in range(rep_1.childCount())]
    assert rows == [
        ["Suzuki Shokai", "", "deal added", "—", "¥700,000 A 2026-11-30"],
        ["Tanaka Shoji", "", "deal changed", "¥2,000,000 A 2026-11-25", "¥2,000,000 B 2026-11-25"],
        ["Kato Denki", "", "deal removed", "¥500,000 C 2026-11-27", "—"],
    ]
    dialog.load_button.click()
    session = window.document.session
    assert [(d.name, d.rep_id, d.rank) for d in yomi.deals_of(session)] == [
        ("Tanaka Shoji", 1, "B"),
        ("Sato Kogyo", 2, "B"),
        ("Suzuki Shokai", 1, "A"),
    ]
    assert window.document.controller.undo_stack.undoText() == "Collect From Reps"
    window.document.controller.undo_stack.undo()
    assert [d.name for d in yomi.deals_of(session)] == ["Tanaka Shoji", "Kato Denki", "Sato Kogyo"]
