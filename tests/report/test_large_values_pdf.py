"""The meeting PDF is written with the largest values import accepts, on every rep and day."""

from datetime import date
from fractions import Fraction

from kpidesk.domain.numbers import MAX_MAGNITUDE
from kpidesk.services.plan_files import open_plan
from tests.cli.helpers import run
from tests.report.conftest import AS_OF, plan_file

REVENUE = 1


def test_the_pdf_sums_the_largest_values_of_every_rep_and_day(tmp_path, qapp):
    import pypdf

    plan = plan_file(tmp_path, "en")
    opened = open_plan(plan)
    days = [date(2026, 12, d) for d in range(1, 32)]
    largest = Fraction(MAX_MAGNITUDE)  # stored as 10^16 each (the sums: test_actual_sums)
    opened.session.record_actuals(
        {(REVENUE, rep, day): largest for rep in range(1, 11) for day in days}
    )
    opened.close()
    out = tmp_path / "report.pdf"
    run("export", plan, "--pdf", out, "--as-of", AS_OF.isoformat(), "--lang", "en")
    text = ""
    for page in pypdf.PdfReader(str(out)).pages:
        text += page.extract_text()
        if "¥110,000,000,000,000" in text:
            break  # the summary says it: the pages after need not be read
    assert "¥110,000,000,000,000" in text  # 11 December: 10 reps × 11 days × ¥1 trillion
