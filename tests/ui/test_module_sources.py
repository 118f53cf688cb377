"""PySide6 reads no module's source to learn whether it names PySide6, and keeps none."""

import linecache
import sys

from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.module_sources import forget_module_sources, skip_pyside_source_checks


def pyside_selection(name: str) -> int:
    return sys.modules["shibokensupport.feature"].pyside_feature_dict[name]


def test_modules_imported_after_pyside_are_not_read_and_count_as_pyside_s_default(
    tmp_path, monkeypatch
):
    """Every module counts as one that may use PySide6 (selection 0: PySide6's own default for
    a module it never looked at), so no module's file is read for it."""
    skip_pyside_source_checks()
    (tmp_path / "names_qt_here.py").write_text("import PySide6.QtCore\nVALUE = 1\n")
    (tmp_path / "plain_python_here.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    opened = []
    monkeypatch.setattr("builtins.open", lambda *args, **kw: opened.append(args) or 1 / 0)
    assert __import__("names_qt_here").VALUE == 1  # an import statement, as PySide6 hooks it
    assert __import__("plain_python_here").VALUE == 2
    monkeypatch.undo()
    assert opened == []  # the import system reads through io.open_code, PySide6 through open
    assert pyside_selection("names_qt_here") == 0
    assert pyside_selection("plain_python_here") == 0
    assert [name for name in linecache.cache if str(tmp_path) in name] == []
    assert skip_pyside_source_checks() is False  # done once


def test_the_window_keeps_no_source_lines_of_what_it_imported(qtbot, english, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert [name for name in linecache.cache if "kpidesk" in name] == []


def test_forgetting_keeps_the_lines_of_generated_code():
    linecache.cache["<generated for a test>"] = (12, None, ["VALUE = 12\n"], "<generated>")
    forget_module_sources()
    assert linecache.getline("<generated for a test>", 1) == "VALUE = 12\n"
    del linecache.cache["<generated for a test>"]
