"""The review's gap waterfall in the PDF, painted without pyqtgraph: bars, names and amounts."""

import subprocess
import sys

from kpidesk.services.plan_files import open_plan
from tests.report.conftest import AS_OF, page_texts, plan_file
from tests.report.test_report_command import HEAVY
from tests.report.test_report_review import reviewed


def test_the_command_paints_the_review_waterfall_without_a_chart_library(tmp_path, qapp):
    plan = plan_file(tmp_path, "en")
    opened = open_plan(plan)
    reviewed(opened.session)
    opened.close()
    out = tmp_path / "report.pdf"
    argv = ["export", str(plan), "--pdf", str(out), "--as-of", AS_OF.isoformat(), "--lang", "en"]
    probe = (
        "import os, sys; from kpidesk.app import main; leave = os._exit;"
        f" os._exit = lambda code: print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
        " or sys.stdout.flush() or leave(code); main(sys.argv[1:])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, *argv], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
    gap = page_texts(out)[-1]
    gap = gap[gap.index("by driver") :]
    # plan to date ¥3,521,739, the deals +¥78,261, the unit price ±¥0: ¥3,600,000 to date;
    # each amount at its bar, the value axis in steps of ¥1,000,000, the names under the bars
    for amount in ("¥3,521,739", "+¥78,261", "±¥0", "¥3,600,000"):
        assert gap.count(amount) == 1
    assert "¥3,000,000 ¥2,000,000 ¥1,000,000 ¥0 Plan to date Deals Unit price Actual to date" in gap
