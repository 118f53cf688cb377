"""The ヨミ section of the meeting PDF: the forecast, by rank and rep, the largest deals, what
moved since the last review, and what the gap asks of the tree."""

from dataclasses import replace
from datetime import date
from fractions import Fraction

from kpidesk.domain.review import Cadence
from kpidesk.domain.yomi import Deal, DealState
from kpidesk.report.options import ReportOptions
from kpidesk.report.writer import export_pdf
from kpidesk.services import yomi_service as yomi
from kpidesk.services.review_service import create_review
from tests.report.conftest import AS_OF, page_texts

OPTIONS = ReportOptions(as_of=AS_OF)


def with_yomi(session) -> None:
    """Three deals at the weekly review of 4 December; since then one slipped to January, one
    was lost and one is new."""
    session.change_yomi(
        yomi.put_deals,
        [
            Deal(1, "Tanaka Shoji", 1, Fraction(2_000_000), date(2026, 12, 18), "A"),
            Deal(2, "Sato Kogyo", 2, Fraction(1_000_000), date(2026, 12, 21), "B"),
            Deal(3, "Suzuki Denki", 3, Fraction(500_000), date(2026, 12, 22), "C"),
        ],
    )
    session.today = lambda: date(2026, 12, 7)
    create_review(session, Cadence.WEEKLY, date(2026, 12, 4))
    slipped = replace(yomi.deals_of(session)[1], close_date=date(2027, 1, 8))
    new = Deal(4, "Kato Shoten", 1, Fraction(3_000_000), date(2026, 12, 24), "A")
    session.change_yomi(yomi.put_deals, [slipped, new])
    session.change_yomi(yomi.close_deal, 3, DealState.LOST)


def test_the_pipeline_section_of_the_meeting_pdf(session_in, tmp_path):
    session = session_in("en")
    with_yomi(session)
    path = tmp_path / "yomi.pdf"
    export_pdf(session, path, OPTIONS)
    everything = " ".join(page_texts(path))
    section = everything[everything.index("Pipeline (ヨミ)") :]
    # 3,600,000 closed (36 deals × ¥100,000) + 0.9 × (2,000,000 + 3,000,000)
    assert (
        "Pipeline forecast ¥8,100,000 (closed ¥3,600,000 + weighted deals ¥4,500,000); "
        "run-rate forecast ¥9,200,000; target ¥10,000,000; gap -¥1,900,000." in section
    )
    assert "Open deals by rank" in section
    assert "A 90 % 2 ¥5,000,000 ¥4,500,000" in section
    assert "Largest open deals" in section
    assert section.index("Kato Shoten") < section.index("Tanaka Shoji")
    assert "Changes since the review of" in section
    for change in ("slipped Sato Kogyo", "lost Suzuki Denki", "new Kato Shoten"):
        assert change in section
    assert "What the gap asks: ¥1,900,000 more Revenue" in section
    assert "19 more Deals at ¥100,000" in section
    assert "95 more Prospects at 20 %" in section
    assert everything.index("Pipeline (ヨミ)") < everything.index("Latest review")


def test_the_pipeline_section_in_japanese(session_in, tmp_path):
    session = session_in("ja")
    with_yomi(session)
    path = tmp_path / "yomi-ja.pdf"
    export_pdf(session, path, OPTIONS)
    everything = " ".join(page_texts(path))
    section = everything[everything.index("ヨミ表") :]
    assert "ヨミによる着地見込み ¥8,100,000" in section
    assert "ランク別の進行中案件" in section
    assert "後ろ倒し Sato Kogyo" in section and "失注 Suzuki Denki" in section
    assert "差を埋めるには" in section


def test_tied_to_deals_the_section_counts_deals(session_in, tmp_path):
    session = session_in("en")
    with_yomi(session)
    session.change_yomi(yomi.tie_to, 2)  # Deals
    path = tmp_path / "yomi-deals.pdf"
    export_pdf(session, path, OPTIONS)
    everything = " ".join(page_texts(path))
    section = everything[everything.index("Pipeline (ヨミ)") :]
    # 36 deals closed + 0.9 × 2 open A deals this period (Sato slipped to January)
    assert "Pipeline forecast 37.8 (closed 36 + weighted deals 1.8)" in section
    assert "No actual of" not in section
