"""`kpidesk package`, `kpidesk collect` and `kpidesk history`; every refusal leaves both the
plan and the package byte-identical and loads nothing."""

import json
import sqlite3
from datetime import date
from fractions import Fraction

import pytest

from kpidesk.cli import run
from kpidesk.services.plan_files import open_plan
from kpidesk.storage.schema import SCHEMA_VERSION
from tests.conftest import english_label
from tests.services.team_fixtures import PROSPECTS, digest, november_plan, rep_enters

NOV2, NOV4 = date(2026, 11, 2), date(2026, 11, 4)


@pytest.fixture
def package(november_file, tmp_path, capsys):
    """Rep 1's package with 7 prospects on 2 Nov (was 3) and 2 on 4 Nov (new)."""
    out = tmp_path / "out"
    out.mkdir()
    assert run(["package", str(november_file), "--out", str(out), "--rep", "Rep 1"]) == 0
    capsys.readouterr()
    [path] = out.iterdir()
    rep_enters(path, {(PROSPECTS, NOV2): Fraction(7), (PROSPECTS, NOV4): Fraction(2)})
    return path


def prospects_of_rep_1(november_file):
    plan_file = open_plan(november_file, read_only=True)
    try:
        return plan_file.session.actuals.daily(PROSPECTS, NOV2, NOV4, rep_id=1)
    finally:
        plan_file.close()


def test_package_collect_and_history(november_file, package, capsys):
    assert run(["collect", str(november_file), str(package.parent), "--lang", "en"]) == 0
    assert capsys.readouterr().out == (
        f"Rep 1 ({package.name}): 1 new, 1 changed, 0 unchanged, 0 conflicts\n"
        "  changed: Prospects 2026-11-02: 3 → 7\n"
        "  new: Prospects 2026-11-04: 2\n"
        "Loaded 2 values from 1 packages; 0 refused.\n"
    )
    assert prospects_of_rep_1(november_file) == {NOV2: 7, NOV4: 2}
    assert run(["history", str(november_file), "Prospects", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["actuals"]
    assert [(r["day"], r["rep"], r["value"], r["source"], r["source_name"]) for r in rows] == [
        ("2026-11-02", "Rep 1", "7", "package", "Rep 1"),
        ("2026-11-02", "Rep 2", "5", "manager", ""),
        ("2026-11-04", "Rep 1", "2", "package", "Rep 1"),
    ]


def test_conflicts_keep_mine_by_default_and_take_theirs_on_request(november_file, package, capsys):
    plan_file = open_plan(november_file)
    plan_file.session.record_actuals({(PROSPECTS, 1, NOV2): Fraction(9)})
    plan_file.close()
    assert run(["collect", str(november_file), str(package), "--dry-run"]) == 0
    assert "  conflict: Prospects 2026-11-02: plan 9, package 7 (was 3): keeps the plan's\n" in (
        capsys.readouterr().out
    )
    assert prospects_of_rep_1(november_file) == {NOV2: 9}
    assert run(["collect", str(november_file), str(package)]) == 0
    assert prospects_of_rep_1(november_file) == {NOV2: 9, NOV4: 2}
    assert run(["collect", str(november_file), str(package), "--conflicts", "take-theirs"]) == 0
    assert prospects_of_rep_1(november_file) == {NOV2: 7, NOV4: 2}


def _other_plan(november_file, package, tmp_path):
    from kpidesk.domain.demo import demo_plan
    from kpidesk.storage.plan_file import create_plan_file

    other = tmp_path / "other.kpidesk"
    create_plan_file(other, demo_plan(english_label))
    november_plan(other)
    return other


def _other_period(november_file, package, tmp_path):
    plan_file = open_plan(november_file)
    plan_file.session.set_period(date(2026, 12, 1))
    plan_file.close()
    return november_file


def _closed_period(november_file, package, tmp_path):
    plan_file = open_plan(november_file)
    plan_file.session.start_next_period("same")
    plan_file.close()
    return november_file


def _removed_rep(november_file, package, tmp_path):
    plan_file = open_plan(november_file)
    plan_file.session.remove_rep(1)
    plan_file.close()
    return november_file


def _foreign_rows(november_file, package, tmp_path):
    with sqlite3.connect(package) as connection:
        connection.execute(
            "INSERT INTO actual (node_id, rep_id, day, value_e4) VALUES (4, 2, '2026-11-05', 10000)"
        )
    connection.close()
    return november_file


def _damaged(november_file, package, tmp_path):
    data = bytearray(package.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    package.write_bytes(bytes(data))
    return november_file


def _newer(november_file, package, tmp_path):
    with sqlite3.connect(package) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    return november_file


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_other_plan, "It was made from another plan (“Sales team plan (demo)”), not this one."),
        (_other_period, "It is for 2026-11-01 to 2026-11-30, which is not this plan's current"),
        (_closed_period, "It is for 2026-11-01 to 2026-11-30, a closed period. Reopen that"),
        (_removed_rep, "Its rep “Rep 1” is no longer on this plan's team."),
        (_foreign_rows, "It changes figures that are not its rep's"),
        (_damaged, "The file is damaged."),
        (_newer, "It was made by a newer KPI Desk. Please update KPI Desk to load it."),
    ],
    ids=lambda v: getattr(v, "__name__", "")[1:],
)
def test_a_refused_package_loads_nothing_and_leaves_both_files_byte_identical(
    november_file, package, tmp_path, capsys, make, reason
):
    target = make(november_file, package, tmp_path)
    before = (digest(target), digest(package))
    assert run(["collect", str(target), str(package), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert f"({package.name}): refused. {reason}" in out
    assert out.endswith("Loaded 0 values from 0 packages; 1 refused.\n")
    assert (digest(target), digest(package)) == before


def test_a_closed_period_takes_its_package_once_reopened(november_file, package, capsys):
    _closed_period(november_file, package, None)
    assert run(["collect", str(november_file), str(package)]) == 1
    reason = "late packages from the reps"
    assert run(["reopen", str(november_file), "--period", "2026-11", "--reason", reason]) == 0
    capsys.readouterr()
    assert run(["collect", str(november_file), str(package)]) == 0
    assert capsys.readouterr().out.endswith("Loaded 2 values from 1 packages; 0 refused.\n")
    assert prospects_of_rep_1(november_file) == {NOV2: 7, NOV4: 2}


def test_packages_are_sent_again_for_the_next_period_and_the_old_one_is_refused(
    november_file, package, tmp_path, capsys
):
    _closed_period(november_file, package, None)
    out = tmp_path / "december"
    out.mkdir()
    assert run(["package", str(november_file), "--out", str(out), "--rep", "Rep 1"]) == 0
    [december] = out.iterdir()
    assert december.name == "Sales team plan (demo) - Rep 1 - 2026-12.kpirep"
    capsys.readouterr()
    assert run(["collect", str(november_file), str(package), str(december)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"Rep 1 ({package.name}): refused. It is for 2026-11-01")
    assert lines[1] == f"Rep 1 ({december.name}): 0 new, 0 changed, 0 unchanged, 0 conflicts"


def test_the_reps_notes_come_back_with_the_package(november_file, package, capsys):
    from kpidesk.services.package_files import OpenPackage

    opened = OpenPackage(package)
    opened.session.set_rep_note(1, PROSPECTS, "Two customers postponed", "10 more calls a week")
    opened.close()
    assert run(["collect", str(november_file), str(package), "--lang", "en"]) == 0
    assert (
        "  note: Prospects: cause “Two customers postponed”, action “10 more calls a week”\n"
        in capsys.readouterr().out
    )
    assert run(["notes", str(november_file), "--json"]) == 0
    [note] = json.loads(capsys.readouterr().out)
    assert (note["rep"], note["kpi"], note["cause"], note["action"]) == (
        "Rep 1",
        "Prospects",
        "Two customers postponed",
        "10 more calls a week",
    )
