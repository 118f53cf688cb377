"""Every kind of edit is sorted, inverted and written; a kind nobody handles fails loudly."""

from __future__ import annotations

import subprocess
import sys
import typing
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from kpidesk.services import changes
from kpidesk.services.changes import Area, Change, area_of
from kpidesk.services.edit_writer import EditWriter


def _sample(kind: type) -> object:
    """An edit of `kind` with small stand-in images (the dispatch looks only at the kind)."""
    if kind is changes.FixedEdit:
        return kind(1, 2, Fraction(3), None)
    if kind is changes.ClosedDayEdit:
        return kind(date(2026, 11, 3), None, "Culture Day")
    if kind is changes.SmartEdit:
        return kind(1, None, "record")
    return kind("before", "after")


EDIT_KINDS = typing.get_args(changes.Edit)


def test_the_union_names_every_edit_kind_in_the_module():
    defined = {
        value
        for name, value in vars(changes).items()
        if isinstance(value, type) and name.endswith("Edit")
    }
    assert set(EDIT_KINDS) == defined


@pytest.mark.parametrize("kind", EDIT_KINDS, ids=lambda k: k.__name__)
def test_every_kind_has_an_area_and_an_exact_inverse(kind):
    edit = _sample(kind)
    assert isinstance(area_of(edit), Area)
    inverse = Change((edit,)).inverse().edits[0]
    assert type(inverse) is kind
    assert Change((inverse,)).inverse().edits[0] == edit


def test_areas_of_the_kinds():
    areas = {kind.__name__: area_of(_sample(kind)).value for kind in EDIT_KINDS}
    assert areas == {
        "NodeEdit": "tree",
        "RepEdit": "team",
        "HeaderEdit": "header",
        "FixedEdit": "shares",
        "ActualsEdit": "actuals",
        "BatchEdit": "actuals",
        "BatchValuesEdit": "actuals",
        "PeriodEdit": "periods",
        "ReopenEdit": "reopening",
        "ClosedDayEdit": "calendar",
        "SmartEdit": "smart",
        "ReviewEdit": "reviews",
        "RevisionEdit": "history",
        "SourceEdit": "actuals",
        "RepNoteEdit": "actuals",
        "YomiEdit": "yomi",
    }


@dataclass(frozen=True)
class UnhandledEdit:
    """A new kind of edit that no dispatch knows yet."""

    before: object
    after: object


def test_a_new_kind_fails_in_every_dispatch_instead_of_writing_something_else():
    edit = UnhandledEdit(None, "after")
    with pytest.raises(AssertionError, match="unreachable"):
        area_of(edit)
    with pytest.raises(AssertionError, match="unreachable"):
        Change((edit,)).inverse()
    writer = EditWriter(*(_Refuses() for _ in range(5)))
    with pytest.raises(AssertionError, match="unreachable"):
        writer.write(edit)  # before, the last else wrote the plan header for it


class _Refuses:
    """A store that fails the test if anything is written to it."""

    def __getattr__(self, name):
        raise AssertionError(f"wrote through {name}")


def test_a_new_kind_left_out_of_a_dispatch_fails_type_checking(tmp_path, request):
    """mypy sees each match end in assert_never: a kind added to the Edit union but to no
    case makes those two calls type errors (and none while every kind is handled)."""
    source = Path(changes.__file__).read_text(encoding="utf-8")
    union = "Edit = (\n    NodeEdit\n"
    assert union in source
    added = "@dataclass(frozen=True)\nclass NewEdit:\n    before: object\n    after: object\n\n\n"
    copy = tmp_path / "changes_with_a_new_kind.py"
    copy.write_text(source.replace(union, added + "Edit = (\n    NewEdit\n    | NodeEdit\n"))

    # both files in one mypy process of its own (mypy raises the interpreter's recursion limit
    # for good): the imports they share are analysed once. Its cache is kept with pytest's
    # from one run to the next: analysing the standard library's stubs was nearly all of its
    # second of CPU; mypy checks every cached module against its source before using it.
    # One file per module (no SQLite cache): two runs at once each replace whole files.
    cache = getattr(request.config, "cache", None)
    cache_dir = cache.mkdir("mypy") if cache is not None else tmp_path / "c"
    arguments = [changes.__file__, str(copy), "--follow-imports=silent", "--no-sqlite-cache"]
    mypy = [sys.executable, "-m", "mypy", *arguments, "--cache-dir", str(cache_dir)]
    report = subprocess.run(mypy, capture_output=True, text=True, timeout=120).stdout
    never = [line for line in report.splitlines() if '"assert_never"' in line]
    # by name: mypy reports a copy unchanged since the last run under that run's folder
    found = [line for line in never if line.split(":", 1)[0].endswith(copy.name)]
    assert never == found  # none in the real module, where every kind is handled
    assert len(found) == 2  # _invert and area_of
    assert all('incompatible type "NewEdit"' in line for line in found)
