"""The latest review in the meeting PDF: causes and actions, follow-ups, revisions, the gap."""

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pypdf

from kpidesk.domain.review import ActionItem, Cadence
from kpidesk.report.options import ReportOptions
from kpidesk.report.writer import export_pdf
from kpidesk.services.review_service import create_review, latest_review
from tests.report.conftest import AS_OF, PROSPECTS, REVENUE, page_texts
from tests.report.test_report_content import images_in

OPTIONS = ReportOptions(as_of=AS_OF)


def reviewed(session) -> None:
    """A weekly review on 4 December with an action, a revision on 7 December, and the
    monthly review on 11 December."""
    session.today = lambda: date(2026, 12, 7)
    create_review(session, Cadence.WEEKLY, date(2026, 12, 4))
    first = latest_review(session)
    session.set_review_item(
        first.id,
        ActionItem(
            PROSPECTS,
            cause="展示会の中止",
            action="紹介依頼を週5件",
            owner="佐藤",
            due=date(2026, 12, 9),
        ),
    )
    session.set_target(REVENUE, Fraction(9_000_000), reason="大口顧客の予算凍結")
    create_review(session, Cadence.MONTHLY, date(2026, 12, 11))
    second = latest_review(session)
    session.set_review_notes(second.id, "<b>訪問件数</b>が不足")
    session.set_review_item(second.id, ActionItem(REVENUE, cause="単価は計画通り"))
    done = replace(session.review(first.id).item(PROSPECTS), done=True)
    session.set_review_item(first.id, done)


def test_the_latest_review_closes_the_report(session_in, tmp_path):
    session = session_in("ja")
    reviewed(session)
    path = tmp_path / "review.pdf"
    export_pdf(session, path, OPTIONS)
    texts = page_texts(path)
    everything = " ".join(texts)
    start = everything.index("最新の振り返り")
    assert everything.index("担当者別") < start  # after the per-rep tables
    review = everything[start:]
    assert "<b>訪問件数</b>が不足" in review  # markup prints as typed
    assert "単価は計画通り" in review
    assert "紹介依頼を週5件 見込み客数 佐藤 2026年12月9日水曜日 完了" in review
    assert "¥10,000,000" in review and "大口顧客の予算凍結" in review
    assert "成約件数" in review and "顧客単価" in review  # the drivers under the waterfall
    waterfall_page = next(i for i, t in enumerate(texts) if "要因分解" in t)
    reader = pypdf.PdfReader(str(path))
    assert images_in(reader.pages[waterfall_page]["/Resources"]) == []


def test_a_plan_without_a_review_has_no_review_section(session_in, tmp_path):
    session = session_in("en")
    path = tmp_path / "plain.pdf"
    export_pdf(session, path, OPTIONS)
    assert "Latest review" not in " ".join(page_texts(path))
