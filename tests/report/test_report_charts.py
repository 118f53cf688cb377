"""Which KPIs get a cumulative chart in the meeting PDF: those with a value entered so far."""

from datetime import date
from fractions import Fraction

from kpidesk.domain.model import TEAM
from kpidesk.report.options import ReportOptions
from kpidesk.report.writer import export_pdf
from kpidesk.services import chart_data
from kpidesk.services.progress_service import period_progress
from tests.report.conftest import AS_OF, DEALS, PROSPECTS, REVENUE, page_texts


def test_only_kpis_with_a_value_entered_get_a_cumulative_chart(session_in, tmp_path):
    session = session_in("en")
    # deals: only zeros entered; revenue: entered after the as-of day only
    session.record_actuals(
        {
            (DEALS, TEAM, date(2026, 12, 3)): Fraction(0),
            (REVENUE, TEAM, date(2026, 12, 14)): Fraction(500_000),
        }
    )
    progress = period_progress(session, AS_OF)
    assert chart_data.has_actuals(session, progress, PROSPECTS)
    assert not chart_data.has_actuals(session, progress, DEALS)
    assert not chart_data.has_actuals(session, progress, REVENUE)
    path = tmp_path / "report.pdf"
    export_pdf(session, path, ReportOptions(as_of=AS_OF))
    everything = " ".join(page_texts(path))
    assert everything.count("cumulative against pace") == 1
    assert "Prospects: cumulative against pace" in everything
