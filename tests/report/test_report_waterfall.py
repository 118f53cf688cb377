"""The review's gap waterfall in the PDF, painted without pyqtgraph: bars, names and amounts."""

from kpidesk.services.plan_files import open_plan
from tests.report.conftest import page_text, plan_file
from tests.report.test_report_command import export_listing_heavy_modules
from tests.report.test_report_review import reviewed


def test_the_command_paints_the_review_waterfall_without_a_chart_library(tmp_path, qapp):
    plan = plan_file(tmp_path, "en")
    opened = open_plan(plan)
    reviewed(opened.session)
    opened.close()
    out = tmp_path / "report.pdf"
    result = export_listing_heavy_modules(plan, out)
    assert result.stdout.splitlines()[1] == "[]"  # no pyqtgraph, numpy, …
    gap = page_text(out, -1)
    gap = gap[gap.index("by driver") :]
    # plan to date ¥3,521,739, the deals +¥78,261, the unit price ±¥0: ¥3,600,000 to date;
    # each amount at its bar, the value axis in steps of ¥1,000,000, the names under the bars
    for amount in ("¥3,521,739", "+¥78,261", "±¥0", "¥3,600,000"):
        assert gap.count(amount) == 1
    assert "¥3,000,000 ¥2,000,000 ¥1,000,000 ¥0 Plan to date Deals Unit price Actual to date" in gap
