"""The meeting PDF marks an actual worked out through the tree and says how."""

from datetime import date
from fractions import Fraction

from kpidesk.domain.model import TEAM
from kpidesk.report.options import ReportOptions
from kpidesk.report.writer import export_pdf
from tests.report.conftest import (
    AS_OF,
    CLOSE_RATE,
    DEALS,
    REVENUE,
    UNIT_PRICE,
    page_text,
    page_texts,
)


def test_derived_actuals_carry_a_star_and_a_note(session_in, tmp_path):
    session = session_in("en")
    day = date(2026, 12, 11)
    # Drop the typed close rate and unit price; the CRM gives deals and revenue instead.
    session.record_actuals(
        {
            (CLOSE_RATE, TEAM, date(2026, 12, 10)): None,
            (UNIT_PRICE, TEAM, date(2026, 12, 10)): None,
            (DEALS, TEAM, day): Fraction(45),
            (REVENUE, TEAM, day): Fraction(4_500_000),
        }
    )
    path = tmp_path / "report.pdf"
    export_pdf(session, path, ReportOptions(as_of=AS_OF))
    everything = " ".join(page_texts(path))
    assert "Close rate 20 % 25 % * 125 %" in everything  # 45 deals ÷ 180 prospects
    assert "Unit price ¥100,000 ¥100,000 * 100 %" in everything  # ¥4,500,000 ÷ 45
    assert (
        "* Not recorded, worked out through the tree: Close rate (derived: Deals ÷ Prospects); "
        "Unit price (derived: Revenue ÷ Deals)"
    ) in everything


RATE_KGI = """\
kpidesk: 1
plan: Conversion
period: 2026-12
kgi:
  name: Close rate
  unit: percent
  target: 25%
  relation: quotient
  children:
  - name: Won
    unit: count
    solve: true
    plan: 50
  - name: Leads
    unit: count
    target: 200
    plan: 200
"""


def test_a_rate_kgi_gets_no_daily_pace_in_the_summary(qapp, tmp_path):
    from kpidesk.services.definition_files import parse_definition
    from kpidesk.services.plan_files import open_plan
    from kpidesk.storage.plan_file import create_plan_file

    path = tmp_path / "rate.kpidesk"
    create_plan_file(path, parse_definition(RATE_KGI))
    opened = open_plan(path)
    try:
        session = opened.session
        ids = {node.name: node.id for node in session.plan.nodes.values()}
        day = date(2026, 12, 10)
        session.record_actuals(
            {(ids["Won"], TEAM, day): Fraction(20), (ids["Leads"], TEAM, day): Fraction(100)}
        )
        report = tmp_path / "report.pdf"
        export_pdf(session, report, ReportOptions(as_of=AS_OF))
        summary = page_text(report, 1)
        assert "KGI: Close rate" in summary
        assert "Needed per business day" not in summary
    finally:
        opened.close()
