"""The achievement chart's "85.47 % At risk" is not crossed by the 100 % line."""

from fractions import Fraction

from PySide6.QtCore import QLocale

from kpidesk.domain.chart_series import AchievementBars, Bar
from kpidesk.i18n.formatting import NumberFormat
from kpidesk.ui.charts import Tab
from kpidesk.ui.charts.label_room import label_left

FMT = NumberFormat(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_a_label_the_line_would_cross_starts_after_the_line():
    # the PDF's 100 % line at x = 400; "85.47 % At risk" is 90 wide after a bar ending at 342
    assert label_left(342.0, 90.0, 400.0, 4.0) == 404.0
    assert label_left(398.0, 90.0, 400.0, 4.0) == 404.0  # a bar just short of it


def test_a_label_clear_of_the_line_stays_beside_its_bar():
    assert label_left(200.0, 90.0, 400.0, 4.0) == 204.0  # ends before the line
    assert label_left(480.0, 90.0, 400.0, 4.0) == 484.0  # a bar past 100 %
    assert label_left(400.0, 90.0, 400.0, 4.0) == 404.0  # exactly at 100 %


def test_in_the_window_the_line_runs_behind_the_labels(qtbot, english):
    from kpidesk.ui.charts.chart_panel import ChartPanel
    from kpidesk.ui.charts.pages import BACKGROUND as PLOT_BACKGROUND

    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.set_achievement(
        AchievementBars((Bar("Revenue", Fraction(8547, 10000), "at_risk"),)), FMT
    )
    page = panel.page(Tab.ACHIEVEMENT)
    assert page.labels.texts() == ["85.47 %  At risk"]
    label = page.labels.items[0]
    assert label.zValue() > page.reference.zValue()
    assert label.fill.color() == PLOT_BACKGROUND
