"""The cumulative chart shows the ヨミ as a band (A only, A+B, A+B+C) from today's actual to
the period's end, beside the run-rate forecast line; the services give it for the KGI, the
team's or one rep's."""

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.model import Split
from kpidesk.domain.yomi import Deal
from kpidesk.services import yomi_service as yomi
from kpidesk.services.chart_data import cumulative_chart
from kpidesk.services.progress_service import period_progress
from kpidesk.ui.charts import Tab
from tests.ui.test_chart_panel import FMT, data_of, december

BANDS = (("A", Fraction(60)), ("B", Fraction(75)), ("C", Fraction(90)))


@pytest.fixture
def panel(qtbot, english):
    from kpidesk.ui.charts.chart_panel import ChartPanel

    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    return panel


def test_the_band_runs_from_today_s_actual_to_each_rank_s_landing(panel):
    panel.set_cumulative(replace(december(), bands=BANDS), FMT)
    page = panel.page(Tab.CUMULATIVE)
    lines = page.yomi_band.lines
    assert [data_of(line) for line in lines] == [
        ([8.0, 22.0], [36.0, 60.0]),
        ([8.0, 22.0], [36.0, 75.0]),
        ([8.0, 22.0], [36.0, 90.0]),
    ]
    legend = [label.text for _, label in page.plot_item.legend.items]
    assert legend[-3:] == ["Pipeline A", "Pipeline A+B", "Pipeline A+B+C"]
    assert page.yomi_band.fill is not None
    panel.set_cumulative(december(), FMT)  # a series without a ヨミ: no band, no legend entry
    assert page.yomi_band.lines == [] and page.yomi_band.fill is None
    assert "Pipeline A" not in [label.text for _, label in page.plot_item.legend.items]


def test_the_kgi_s_series_carries_the_bands_and_other_kpis_none(demo_file):
    from kpidesk.services.plan_session import PlanSession
    from kpidesk.storage.plan_file import open_plan_file
    from kpidesk.storage.plan_store import PlanStore

    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db), today=lambda: date(2026, 11, 20))
    session.set_period(date(2026, 11, 1))
    session.record_actuals({(1, 1, date(2026, 11, 10)): Fraction(1_000_000)})
    session.change_yomi(
        yomi.put_deals,
        [
            Deal(1, "Tanaka Shoji", 1, Fraction(2_000_000), date(2026, 11, 25), "A"),
            Deal(2, "Sato Kogyo", 2, Fraction(3_000_000), date(2026, 11, 26), "C"),
        ],
    )
    progress = period_progress(session)
    assert cumulative_chart(session, progress, 1).bands == (
        ("A", 3_000_000),
        ("B", 3_000_000),
        ("C", 6_000_000),
    )
    assert cumulative_chart(session, progress, 1, rep_id=1).bands == ()  # no rep's share
    session.set_split(1, Split.EVEN)  # revenue shared out: each rep has a chart of their own
    progress = period_progress(session)
    # Rep 1's own band: their ¥1,000,000 closed + their one A deal of ¥2,000,000
    assert cumulative_chart(session, progress, 1, rep_id=1).bands == (
        ("A", 3_000_000),
        ("B", 3_000_000),
        ("C", 3_000_000),
    )
    assert cumulative_chart(session, progress, 1, rep_id=2).bands == (  # nothing closed yet
        ("A", 0),
        ("B", 0),
        ("C", 3_000_000),
    )
    assert cumulative_chart(session, progress, 1, rep_id=3).bands == ()  # no deals of theirs
    assert cumulative_chart(session, progress, 4).bands == ()
    db.close()
