"""PySide6 still learns which modules name it, but no module's source text is kept in memory."""

import linecache
import sys

from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.module_sources import forget_module_sources, read_sources_without_keeping


def pyside_selection(name: str) -> int:
    return sys.modules["shibokensupport.feature"].pyside_feature_dict[name]


def test_modules_imported_after_pyside_keep_no_source_and_are_told_apart(tmp_path, monkeypatch):
    read_sources_without_keeping()
    (tmp_path / "names_qt_here.py").write_text("import PySide6.QtCore\nVALUE = 1\n")
    (tmp_path / "plain_python_here.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert __import__("names_qt_here").VALUE == 1  # an import statement, as PySide6 hooks it
    assert __import__("plain_python_here").VALUE == 2
    assert pyside_selection("names_qt_here") == 0  # PySide6 features may switch here
    assert pyside_selection("plain_python_here") == -1  # ignored, as PySide6 itself decides
    kept = [name for name in linecache.cache if str(tmp_path) in name]
    assert kept == []
    assert read_sources_without_keeping() is False  # done once


def test_the_window_keeps_no_source_lines_of_what_it_imported(qtbot, english, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert [name for name in linecache.cache if "kpidesk" in name] == []


def test_forgetting_keeps_the_lines_of_generated_code():
    linecache.cache["<generated for a test>"] = (12, None, ["VALUE = 12\n"], "<generated>")
    forget_module_sources()
    assert linecache.getline("<generated for a test>", 1) == "VALUE = 12\n"
    del linecache.cache["<generated for a test>"]
