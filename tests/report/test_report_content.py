"""What the meeting PDF says: the plan's names and numbers, in reading order, in both languages."""

import pypdf
import pytest

from kpidesk.report.options import ReportOptions
from kpidesk.report.writer import export_pdf
from kpidesk.services.plan_files import open_plan
from tests.conftest import on_test_day
from tests.report.conftest import AS_OF, REVENUE, UNIT_PRICE, page_texts, plan_file

OPTIONS = ReportOptions(as_of=AS_OF)
RADICALS = range(0x2E80, 0x2FE0)  # look-alikes a bad font puts in the text layer


def exported(session, tmp_path, options=OPTIONS, name="report.pdf"):
    path = tmp_path / name
    export_pdf(session, path, options)
    return path


@pytest.fixture(scope="module")
def english_report(qapp, tmp_path_factory):
    """The English report as of AS_OF, exported once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("english")
    with on_test_day():
        opened = open_plan(plan_file(folder, "en"))
        try:
            return exported(opened.session, folder)
        finally:
            opened.close()


def test_english_report_has_the_figures_in_reading_order(english_report):
    texts = page_texts(english_report)
    everything = " ".join(texts)
    # revenue: 180 prospects x 20 % = 36 deals x ¥100,000 = ¥3,600,000 of ¥10,000,000 (36 %);
    # pro-rated target after 9 of 23 business days 10,000,000 x 9/23, so progress
    # 3,600,000 x 23 / 90,000,000 = 92 % (lagging: below 100 %, not below 90 %);
    # forecast 3,600,000 / 9 x 23 = ¥9,200,000
    assert "Revenue (KGI) ¥10,000,000 ¥3,600,000 36 % 92 % ¥9,200,000 Lagging" in everything
    assert "Deals 100 36 36 % 92 % 92 Lagging" in everything
    assert "Prospects 500 180 36 % 92 % 460 Lagging" in everything
    assert "Close rate 20 % 20 % 100 % 100 % 20 % On track" in everything
    order = ["KPI meeting report", "Summary KGI", "KPI tree", "KPIs KPI Target", "Charts", "By rep"]
    positions = [everything.index(title) for title in order]
    assert positions == sorted(positions)
    kpis = everything.index("KPIs KPI Target")
    rows = [everything.index(name, kpis) for name in ("Revenue (KGI)", "Deals", "Unit price")]
    assert rows == sorted(rows)
    # each rep: 2 prospects on 9 days = 18 of a 50 share
    assert "Rep 1 50 18 36 % 92 % 46 Lagging" in everything
    assert "Rep 10 50 18 36 % 92 % 46 Lagging" in everything


def test_cover_and_summary_name_the_plan_period_and_kgi(english_report):
    texts = page_texts(english_report)
    assert "Sales team plan (demo)" in texts[0]
    assert "December 2026 (23 business days)" in texts[0]
    assert "10 reps: Rep 1, Rep 2, Rep 3" in texts[0]
    assert "Friday, December 11, 2026" in texts[0]
    summary = texts[1]
    assert "KGI: Revenue" in summary
    assert "At the current pace, Revenue ends the period at ¥9,200,000, 92 % of its target." in (
        summary
    )
    assert "23 in the period, 9 passed, 14 to go" in summary


def test_japanese_report_extracts_exactly_as_typed(session_in, tmp_path):
    session = session_in("ja")
    session.rename_node(REVENUE, "売上目標")
    session.rename_node(UNIT_PRICE, "顧客単価（￥）")
    texts = page_texts(exported(session, tmp_path))
    everything = " ".join(texts)
    assert "KPI会議資料" in texts[0] and "営業チーム計画（デモ）" in texts[0]
    assert "2026年12月（営業日 23日）" in texts[0]
    assert "売上目標 (KGI) ¥10,000,000 ¥3,600,000 36% 92% ¥9,200,000 遅れ" in everything
    assert "顧客単価（￥） ¥100,000 ¥100,000 100% 100% ¥100,000 順調" in everything
    assert "見込み客数 500 180 36% 92% 460 遅れ" in everything
    assert "KGI：売上目標" in everything
    assert not [ch for ch in everything if ord(ch) in RADICALS]


def test_fonts_are_embedded_and_are_the_bundled_one(session_in, tmp_path):
    reader = pypdf.PdfReader(str(exported(session_in("ja"), tmp_path)))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descendant = descendant.get_object()
                fonts[descendant["/BaseFont"]] = descendant["/FontDescriptor"].get_object()
    assert fonts
    for name, descriptor in fonts.items():
        assert "KPIDeskSansJP" in name
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, name


def images_in(resources) -> list:
    """Raster images in a page's resources, looking inside form XObjects too."""
    found = []
    for xobject in (resources or {}).get("/XObject", {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Image":
            found.append(xobject)
        elif xobject.get("/Subtype") == "/Form":
            found += images_in(xobject.get("/Resources"))
    return found


def test_chart_pages_hold_no_raster_image(english_report):
    reader = pypdf.PdfReader(str(english_report))
    texts = page_texts(english_report)
    chart_pages = [i for i, text in enumerate(texts) if "cumulative against pace" in text]
    chart_pages += [i for i, text in enumerate(texts) if "by rep: actual against target" in text]
    assert chart_pages
    assert "12/1" in texts[chart_pages[0]]  # the axis labels are text, not pictures
    for page in reader.pages:
        assert images_in(page["/Resources"]) == []


POINTS = {"a4": (595.3, 841.9), "letter": (612.0, 792.0)}


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("landscape", [False, True])
def test_page_size_and_page_numbers(session_in, tmp_path, paper, landscape):
    from kpidesk.report.options import Paper

    options = ReportOptions(Paper(paper), landscape, as_of=AS_OF)
    path = exported(session_in("en"), tmp_path, options)
    reader = pypdf.PdfReader(str(path))
    width, height = POINTS[paper]
    if landscape:
        width, height = height, width
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(width, abs=1)
        assert float(box.height) == pytest.approx(height, abs=1)
    count = len(reader.pages)
    texts = page_texts(path)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {count}" in text
    assert count >= 4
