"""Money in ¥ or 万円, the Japanese UI, and glyphs from the bundled font."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from kpidesk.i18n.catalog import install_translators
from kpidesk.ui.fonts import FAMILY
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.plan_tree_model import Column
from tests.ui.helpers import cell_text

REVENUE, DEALS, UNIT_PRICE = 1, 2, 3


def test_money_can_be_shown_in_man_yen_and_the_choice_is_kept(qtbot, window, settings):
    window.man_action.trigger()
    assert cell_text(window, REVENUE, Column.REQUIRED) == "1,000 man-yen"
    assert cell_text(window, UNIT_PRICE, Column.REQUIRED) == "10 man-yen"
    assert settings.value("view/moneyInMan", type=bool)
    window.man_action.trigger()
    assert cell_text(window, REVENUE, Column.REQUIRED) == "¥10,000,000"


def test_the_japanese_ui_shows_japanese_menus_and_numbers(qtbot, qapp, settings, demo_file):
    install_translators(qapp, "ja")
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.open_file(demo_file)
        window.man_action.trigger()
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == [
            "ファイル(&F)",
            "編集(&E)",
            "プラン(&P)",
            "チーム(&M)",
            "振り返り(&R)",
            "表示(&V)",
            "ヘルプ(&H)",
        ]
        assert window.model.headerData(Column.REQUIRED, Qt.Orientation.Horizontal) == "目標／必要値"
        assert cell_text(window, REVENUE, Column.REQUIRED) == "1,000万円"
        assert cell_text(window, 5, Column.REQUIRED) == "20%"
        assert "担当者：10人" in window.header.text()
        assert window.header.text().endswith("各段階で切り上げ")
    finally:
        install_translators(qapp, "en")


def test_the_bundled_font_draws_japanese_with_real_glyphs(english):
    assert FAMILY in QFontDatabase.families()
    font = QApplication.font()
    assert QFontInfo(font).family() == FAMILY
    metrics = QFontMetrics(font)
    for character in "売上目標見込み客数成約率￥":
        assert metrics.inFontUcs4(ord(character)), character


def test_the_plan_month_shows_business_days_and_each_reps_daily_pace(qtbot, window):
    from datetime import date

    window.document.controller.set_period(date(2026, 11, 1))
    assert "November 2026" in window.header.text()
    qtbot.waitUntil(lambda: "November 2026 (19 business days, " in window.header.text())
    # the app's clock says 20 November: 2-6 (but Culture Day, the 3rd), 9-13 and 16-20
    assert "(19 business days, 14 passed)" in window.header.text()
    window.tree.setCurrentIndex(window.model.index_of(4))  # prospects: 50 per rep
    form = window.form
    assert form.per_day.text() == "2.63"  # 50 / 19
    assert form.per_week.text() == "13.16"  # 50 / 19 × 5
    window.tree.setCurrentIndex(window.model.index_of(2))  # deals: 100, not split
    assert form.per_day.text() == "0.53"  # an even share: 100 / 10 reps / 19 days
    window.tree.setCurrentIndex(window.model.index_of(5))  # close rate: no pace for a rate
    assert not form.per_day.isVisibleTo(form)
    window.undo_action.trigger()
    assert "business days" not in window.header.text()
    assert not form.per_day.isVisibleTo(form)
