"""File → Export PDF… and `kpidesk export` write the same pages; both say when they can't."""

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from kpidesk.ui.fonts import use_bundled_font
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.pdf_export import PdfExportDialog
from tests.cli.helpers import run
from tests.report.conftest import AS_OF, page_texts, plan_file


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    path = plan_file(tmp_path, "en")
    use_bundled_font(qapp)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_file(path)
    window.as_of = AS_OF
    with qtbot.waitExposed(window):
        window.show()
    return window


@pytest.fixture
def opened(monkeypatch):
    """What the export asked the desktop to open, instead of opening a PDF viewer."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def open_export_dialog(qtbot, window) -> PdfExportDialog:
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.objectName() == "exportPdfAction")
    assert action.isEnabled() and action.text() == "Export P&DF…"
    action.trigger()
    # the one just opened: an earlier one may wait for its deletion
    dialog = next(d for d in window.findChildren(PdfExportDialog) if d.isVisible())
    qtbot.addWidget(dialog)  # closed after the test, so it cannot catch a later test's mouse
    return dialog


def export_to(qtbot, dialog: PdfExportDialog, path) -> None:
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_the_gui_and_the_command_line_write_the_same_pages(qtbot, window, opened, tmp_path):
    gui_pdf = tmp_path / "gui.pdf"
    dialog = open_export_dialog(qtbot, window)
    export_to(qtbot, dialog, gui_pdf)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert opened == [QUrl.fromLocalFile(str(gui_pdf))]
    assert window.statusBar().currentMessage() == f"Saved {gui_pdf}"
    cli_pdf = tmp_path / "cli.pdf"
    plan = window.document.path
    result = run("export", plan, "--pdf", cli_pdf, "--as-of", AS_OF.isoformat(), "--lang", "en")
    gui_pages, cli_pages = page_texts(gui_pdf), page_texts(cli_pdf)
    assert result.stdout.strip() == f"Wrote {len(cli_pages)} pages to {cli_pdf}"
    assert len(gui_pages) >= 4
    assert gui_pages == cli_pages


def test_paper_orientation_and_opening_are_remembered(qtbot, window, opened, tmp_path):
    dialog = open_export_dialog(qtbot, window)
    dialog.paper.setCurrentIndex(dialog.paper.findText("Letter"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findText("Landscape"))
    dialog.open_when_done.click()  # do not open this time
    export_to(qtbot, dialog, tmp_path / "letter.pdf")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert opened == []
    again = open_export_dialog(qtbot, window)
    assert again.paper.currentText() == "Letter"
    assert again.orientation.currentText() == "Landscape"
    assert not again.open_when_done.isChecked()
    assert again.options().landscape


def test_an_unwritable_path_keeps_the_dialog_open_with_the_reason(qtbot, window, opened, tmp_path):
    dialog = open_export_dialog(qtbot, window)
    target = tmp_path / "no such folder" / "report.pdf"
    export_to(qtbot, dialog, target)
    assert dialog.isVisible()
    assert dialog.message.text() == (
        f"Could not write the PDF “{target}”: the folder does not exist."
    )
    assert not target.parent.exists() and opened == []


def test_the_command_line_refuses_an_unwritable_path_in_one_line(tmp_path, qapp):
    plan = plan_file(tmp_path, "en")
    target = tmp_path / "missing" / "report.pdf"
    result = run("export", plan, "--pdf", target, "--lang", "ja", check=False)
    assert result.returncode == 1
    reason = "フォルダーが存在しません。"
    assert result.stderr == f"kpidesk: PDF「{target}」を書き込めませんでした：{reason}\n"


def test_the_command_line_exports_a4_landscape_and_letter(tmp_path, qapp):
    import pypdf

    plan = plan_file(tmp_path, "en")
    for paper, landscape, size in (("a4", True, (842, 595)), ("letter", False, (612, 792))):
        out = tmp_path / f"{paper}.pdf"
        args = ["export", plan, "--pdf", out, "--paper", paper, "--as-of", AS_OF.isoformat()]
        run(*args, *(["--landscape"] if landscape else []))
        box = pypdf.PdfReader(str(out)).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size
