"""A module the export never uses is put in place unloaded, and loads when it is used."""

import sys

from kpidesk.report.deferred_modules import defer_unused_modules


def test_a_deferred_module_runs_only_when_it_is_first_used(tmp_path, monkeypatch):
    package = tmp_path / "somepackage"
    package.mkdir()
    (package / "__init__.py").write_text("RUNS = []\n")
    (package / "dates.py").write_text("from somepackage import RUNS\nRUNS.append('dates')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "somepackage", raising=False)
    monkeypatch.delitem(sys.modules, "somepackage.dates", raising=False)
    try:
        deferred = defer_unused_modules(("somepackage.dates", "somepackage.missing", "sys"))
        import somepackage
        from somepackage import dates  # as sqlite-utils' recipes import dateutil's parser

        assert deferred == ["somepackage.dates"]
        assert somepackage.RUNS == []
        assert dates.RUNS == ["dates"]  # the first read ran it
        assert somepackage.RUNS == ["dates"]
    finally:
        sys.modules.pop("somepackage.dates", None)
        sys.modules.pop("somepackage", None)
