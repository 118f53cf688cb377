"""The PDF prints user text as typed, is written whole or not at all, and says when it can't."""

import os

import pytest

from kpidesk.i18n.catalog import install_translators
from kpidesk.report.blocks import Block
from kpidesk.report.files import ExportCancelledError, ReportFileError
from kpidesk.report.options import ReportOptions
from kpidesk.report.sections import report_sections
from kpidesk.report.sections.kpi_table import kpi_table
from kpidesk.report.writer import export_pdf
from tests.report.conftest import AS_OF, DEALS, PROSPECTS, page_texts

OPTIONS = ReportOptions(as_of=AS_OF)

OPEN_PLAN_LOCK = ".~lock.plan-0.kpidesk#"  # the open plan's lock file, beside it


def test_markup_in_names_prints_as_typed(session_in, tmp_path):
    session = session_in("en")
    session.rename_node(DEALS, "<b>x</b> & <i>y</i>")
    path = tmp_path / "report.pdf"
    export_pdf(session, path, OPTIONS)
    everything = " ".join(page_texts(path))
    # in the tree diagram, the KPI table and the achievement chart's axis
    assert everything.count("<b>x</b> & <i>y</i>") >= 3


def test_a_cancelled_export_leaves_the_existing_file_and_no_temporary(session_in, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"the last meeting's report")
    calls = []

    def cancel_after_two(done, count):
        calls.append((done, count))
        return done < 2

    with pytest.raises(ExportCancelledError):
        export_pdf(session_in("en"), path, OPTIONS, on_page=cancel_after_two)
    assert calls[-1][0] == 2 and calls[-1][1] > 2
    assert path.read_bytes() == b"the last meeting's report"
    assert sorted(os.listdir(tmp_path)) == [OPEN_PLAN_LOCK, "plan-0.kpidesk", "report.pdf"]


def test_a_failing_section_leaves_the_existing_file(session_in, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old")

    def broken(context) -> list[Block]:
        raise RuntimeError("a section failed")

    with pytest.raises(RuntimeError):
        export_pdf(session_in("en"), path, OPTIONS, sections=[*report_sections(), broken])
    assert path.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == [OPEN_PLAN_LOCK, "plan-0.kpidesk", "report.pdf"]


def test_a_finished_export_replaces_the_file(session_in, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old")
    pages = export_pdf(session_in("en"), path, OPTIONS)
    assert path.read_bytes().startswith(b"%PDF")
    assert len(page_texts(path)) == pages
    assert sorted(os.listdir(tmp_path)) == [OPEN_PLAN_LOCK, "plan-0.kpidesk", "report.pdf"]


@pytest.mark.parametrize(
    ("language", "where", "reason"),
    [
        ("en", "missing/report.pdf", "the folder does not exist."),
        ("ja", "missing/report.pdf", "フォルダーが存在しません。"),
        ("en", "a-folder", "that is a folder, not a file."),
        ("en", "a-file/report.pdf", "the folder does not exist."),
    ],
)
def test_an_unwritable_path_is_refused_in_the_users_language(
    session_in, tmp_path, qapp, language, where, reason
):
    session = session_in(language)
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / where
    with pytest.raises(ReportFileError) as refused:
        export_pdf(session, target, OPTIONS)
    assert str(refused.value).endswith(reason)
    assert str(target) in str(refused.value)
    install_translators(qapp, "en")


def test_a_long_kpi_table_splits_with_its_header_repeated(session_in, tmp_path):
    session = session_in("en")
    names = [f"Activity {i:02}" for i in range(1, 61)]
    for name in names:
        session.add_child(PROSPECTS, name)
    path = tmp_path / "long.pdf"
    # the table alone (2 pages): the report's other 11 pages say nothing of how it splits
    export_pdf(session, path, OPTIONS, sections=[kpi_table])
    texts = page_texts(path)
    header = "KPI Target / required Actual Achievement Progress Forecast Status SMART"
    table_pages = [text for text in texts if header in text]
    assert len(table_pages) >= 2
    assert all("KPIs (continued)" in text for text in table_pages[1:])
    everything = " ".join(text.split(header, 1)[1] for text in table_pages)  # rows only
    positions = [everything.index(name + " ") for name in names]
    assert positions == sorted(positions)
    assert all(everything.count(name + " ") == 1 for name in names)
