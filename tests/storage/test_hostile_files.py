"""Hostile plan files: every file that cannot be loaded is refused in one line, untouched."""

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from kpidesk.cli import run
from kpidesk.domain.review import Cadence
from kpidesk.domain.tree_depth import MAX_TREE_DEPTH
from kpidesk.i18n.messages import file_error_text
from kpidesk.services.plan_files import PlanFileError, open_plan
from kpidesk.services.review_service import create_review
from kpidesk.storage import plan_check
from kpidesk.storage.schema import APPLICATION_ID, migrations
from tests.conftest import on_test_day, plan_copy

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
KPIDESK = Path(sys.executable).parent / "kpidesk"


@pytest.fixture(scope="module")
def real_plan_template(demo_template, tmp_path_factory):
    """The demo plan with what a month of use writes: a period, actuals, SMART ticks and notes,
    a target revision, a closing day and a review with its snapshot. Made once per module."""
    path = plan_copy(demo_template, tmp_path_factory.mktemp("real") / "demo.kpidesk")
    with on_test_day():
        plan = open_plan(path)
        session = plan.session
        session.set_period(date(2026, 11, 1))
        session.record_actuals({(PROSPECTS, 1, date(2026, 11, 10)): Fraction(200)})
        session.set_smart(
            PROSPECTS, owner="Sato", ticks=(("specific", True),), notes=(("time", "月末"),)
        )
        session.set_target(CLOSE_RATE, Fraction(1, 4), reason="単価見直し")
        session.set_closed_day(date(2026, 11, 24), "棚卸し")
        create_review(session, Cadence.MONTHLY, date(2026, 11, 20))
        plan.close()
    return path


@pytest.fixture
def real_plan(real_plan_template, tmp_path):
    """A fresh copy of the month-of-use plan for the test to damage."""
    return plan_copy(real_plan_template, tmp_path / "demo.kpidesk")


def fingerprint(path: Path):
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def tamper(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        connection.execute(statement)
    connection.close()


def chain(length: int) -> list[str]:
    """`length` KPIs each under the one before, hanging from the unit price."""
    rows = [
        f"({100 + i}, {100 + i - 1 if i else UNIT_PRICE}, 0, 'K{i}', 'count', 'product')"
        for i in range(length)
    ]
    return [
        f"UPDATE node SET relation = 'product' WHERE id = {UNIT_PRICE}",
        "INSERT INTO node (id, parent_id, position, name, unit, relation) VALUES " + ",".join(rows),
    ]


def flip_page_headers(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):  # every page after the first
        data[start] ^= 0xFF  # the b-tree page type
        data[start + 3] ^= 0x5A  # its cell count
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


# name -> (how the file is made hostile, expected code, expected detail)
CORPUS = {
    "dropped column": (
        lambda p: tamper(p, "ALTER TABLE node DROP COLUMN formula"),
        "damaged",
        "missing_column:node.formula",
    ),
    "dropped table": (
        lambda p: tamper(p, "DROP TABLE review_kpi"),
        "damaged",
        "missing_table:review_kpi",
    ),
    "text in position": (
        lambda p: tamper(p, "UPDATE node SET position = 'second' WHERE id = 3"),
        "damaged",
        "bad_value:node.position",
    ),
    "text in a flag": (
        lambda p: tamper(p, "UPDATE rep SET active = 'yes'"),
        "damaged",
        "bad_value:rep.active",
    ),
    "text in an actual": (
        lambda p: tamper(p, "UPDATE actual SET value_e4 = 'lots'"),
        "damaged",
        "bad_value:actual.value_e4",
    ),
    "impossible day": (
        lambda p: tamper(p, "UPDATE actual SET day = '2026-02-30'"),
        "damaged",
        "bad_value:actual.day",
    ),
    "text in a target": (
        lambda p: tamper(p, "UPDATE node SET target = 'ten million' WHERE id = 1"),
        "damaged",
        "bad_value:node.target",
    ),
    "unknown unit": (
        lambda p: tamper(p, "UPDATE node SET unit = 'parsecs' WHERE id = 4"),
        "damaged",
        "bad_value:node.unit",
    ),
    "two unknown choices in a row": (  # the first column in the loader's order is named
        lambda p: tamper(p, "UPDATE node SET relation = 'sideways', unit = 'parsecs' WHERE id = 4"),
        "damaged",
        "bad_value:node.unit",
    ),
    "text in a position and in a flag": (  # the first table in the schema's order is named
        lambda p: tamper(
            p, "UPDATE rep SET active = 'yes'", "UPDATE node SET position = 'x' WHERE id = 3"
        ),
        "damaged",
        "bad_value:node.position",
    ),
    "unknown relation": (
        lambda p: tamper(p, "UPDATE node SET relation = 'power' WHERE id = 2"),
        "damaged",
        "bad_value:node.relation",
    ),
    "unknown rounding": (
        lambda p: tamper(p, "UPDATE node SET rounding = 'sideways' WHERE id = 2"),
        "damaged",
        "bad_value:node.rounding",
    ),
    "unknown split": (
        lambda p: tamper(p, "UPDATE node SET split = 'random' WHERE id = 4"),
        "damaged",
        "bad_value:node.split",
    ),
    "unknown rounding policy": (
        lambda p: tamper(p, "UPDATE plan SET rounding_policy = 'never'"),
        "damaged",
        "bad_value:plan.rounding_policy",
    ),
    "unknown cadence": (
        lambda p: tamper(p, "UPDATE review SET cadence = 'hourly'"),
        "damaged",
        "bad_value:review.cadence",
    ),
    "unknown unit in a review": (
        lambda p: tamper(p, "UPDATE review_kpi SET unit = 'furlongs'"),
        "damaged",
        "bad_value:review_kpi.unit",
    ),
    "bad JSON ticks": (
        lambda p: tamper(p, "UPDATE smart SET ticks = '{specific: yes'"),
        "damaged",
        "bad_value:smart.ticks",
    ),
    "JSON notes not an object": (
        lambda p: tamper(p, "UPDATE smart SET notes = '[1, 2]'"),
        "damaged",
        "bad_value:smart.notes",
    ),
    "bad JSON gap": (
        lambda p: tamper(p, "UPDATE review_kpi SET gap = '{\"planned\": ' WHERE node_id = 1"),
        "damaged",
        "bad_value:review_kpi.gap",
    ),
    "parent cycle": (
        lambda p: tamper(p, f"UPDATE node SET parent_id = {PROSPECTS} WHERE id = {DEALS}"),
        "damaged",
        f"parent_cycle:{DEALS}",
    ),
    "self parent": (
        lambda p: tamper(p, f"UPDATE node SET parent_id = id WHERE id = {UNIT_PRICE}"),
        "damaged",
        f"parent_cycle:{UNIT_PRICE}",
    ),
    "orphan parent": (
        lambda p: tamper(p, f"UPDATE node SET parent_id = 99 WHERE id = {UNIT_PRICE}"),
        "damaged",
        f"orphan:{UNIT_PRICE}",
    ),
    "two KGIs": (
        lambda p: tamper(p, f"UPDATE node SET parent_id = NULL WHERE id = {UNIT_PRICE}"),
        "damaged",
        "roots:",
    ),
    "duplicate positions": (
        lambda p: tamper(p, f"UPDATE node SET position = 0 WHERE id = {UNIT_PRICE}"),
        "damaged",
        f"duplicate_position:{REVENUE}",
    ),
    "NaN target": (
        lambda p: tamper(p, "UPDATE node SET target = 'NaN' WHERE id = 1"),
        "damaged",
        "bad_value:node.target",
    ),
    "infinite target": (
        lambda p: tamper(p, "UPDATE node SET target = 'inf' WHERE id = 1"),
        "damaged",
        "bad_value:node.target",
    ),
    "1e400 target": (
        lambda p: tamper(p, "UPDATE node SET target = '1e400' WHERE id = 1"),
        "damaged",
        "bad_value:node.target",
    ),
    "exponent that would take forever": (
        lambda p: tamper(p, "UPDATE node SET plan = '1e999999999' WHERE id = 4"),
        "damaged",
        "bad_value:node.plan",
    ),
    "huge target": (
        lambda p: tamper(p, f"UPDATE node SET target = '{10**30}' WHERE id = 1"),
        "damaged",
        "too_large:node.target",
    ),
    "zero denominator": (
        lambda p: tamper(p, "UPDATE rep SET capacity = '1/0'"),
        "damaged",
        "bad_value:rep.capacity",
    ),
    "3,000-deep chain": (
        lambda p: tamper(p, *chain(3000)),
        "damaged",
        f"too_deep:{MAX_TREE_DEPTH}",
    ),
    "migrations table dropped": (
        lambda p: tamper(p, "DROP TABLE _sqlite_migrations"),
        "damaged",
        "versions",
    ),
    "user_version lowered": (lambda p: tamper(p, "PRAGMA user_version = 2"), "damaged", "versions"),
    "user_version zeroed": (lambda p: tamper(p, "PRAGMA user_version = 0"), "damaged", "versions"),
    "bit-flipped pages": (flip_page_headers, "damaged", "corrupt"),
    "truncated": (truncate, "damaged", "corrupt"),
    "zero length": (lambda p: p.write_bytes(b""), "not_a_plan", ""),
    "random bytes": (
        lambda p: p.write_bytes(random.Random(7).randbytes(8192)),
        "not_a_plan",
        "",
    ),
}


# The in-process CLI tests take `qapp`: `run` then reuses the tests' QApplication instead of
# making a QCoreApplication that later GUI tests could not use.


def _refusal(path: Path) -> PlanFileError:
    with pytest.raises(PlanFileError) as refusal:
        open_plan(path).close()
    return refusal.value


@pytest.mark.parametrize("name", CORPUS)
def test_a_hostile_file_is_refused_untouched_by_the_services(real_plan, name):
    make, code, detail = CORPUS[name]
    make(real_plan)
    before, files = fingerprint(real_plan), sorted(os.listdir(real_plan.parent))
    refusal = _refusal(real_plan)
    assert (refusal.code, refusal.detail) == (code, detail)
    assert fingerprint(real_plan) == before
    assert sorted(os.listdir(real_plan.parent)) == files


@pytest.mark.parametrize("name", CORPUS)
def test_a_hostile_file_is_refused_in_one_line_by_the_cli(real_plan, name, qapp, capsys):
    make, code, detail = CORPUS[name]
    make(real_plan)
    before = fingerprint(real_plan)
    assert run(["show", str(real_plan), "--lang", "en"]) == 1
    out, err = capsys.readouterr()
    expected = file_error_text(code, str(real_plan), detail)
    assert (out, err) == ("", f"kpidesk: {expected}\n")
    assert "\n" not in expected and "Traceback" not in err
    assert fingerprint(real_plan) == before


def test_the_damage_is_named_in_the_users_language(real_plan, qapp, capsys):
    tamper(real_plan, "UPDATE node SET unit = 'parsecs' WHERE id = 4")
    assert run(["show", str(real_plan), "--lang", "ja"]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"kpidesk: “{real_plan}”は壊れているため開けません: node.unit に KPI Desk が読めない値が"
        "あります。ファイルには手を加えていません。\n"
    )
    run(["show", str(real_plan), "--lang", "en"])  # leave the app in English for later tests
    capsys.readouterr()


def test_the_real_command_refuses_in_one_line_without_a_traceback(real_plan):
    """A real process, for its exit code and for the 3,000-deep chain in a fresh interpreter's
    recursion limit and stack; every file of the corpus gets the same line in-process above."""
    CORPUS["3,000-deep chain"][0](real_plan)
    before = fingerprint(real_plan)
    result = _kpidesk("show", real_plan)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "is damaged and cannot be opened" in result.stderr
    assert fingerprint(real_plan) == before


def _kpidesk(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return subprocess.run(
        [str(KPIDESK), *map(str, args)], capture_output=True, text=True, env=env, timeout=60
    )


# -- files that are not regular files ----------------------------------------------------------


@pytest.fixture
def alarm():
    """Fail instead of hanging if an open blocks."""

    def hung(signum, frame):
        raise AssertionError("opening blocked")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_a_fifo_named_like_a_plan_is_refused_at_once(tmp_path, alarm, qapp, capsys):
    fifo = tmp_path / "x.kpidesk"
    os.mkfifo(fifo)
    assert _refusal(fifo).code == "not_regular"
    assert run(["show", str(fifo), "--lang", "en"]) == 1
    assert capsys.readouterr().err == (  # `kpidesk show` in a process of its own only adds the
        f"kpidesk: “{fifo}” is not a regular file (it is a folder, a pipe or a device), "
        "so it was not opened.\n"  # exit code, which the real-process test above proves
    )


def test_a_folder_named_like_a_plan_is_refused(tmp_path):
    folder = tmp_path / "x.kpidesk"
    folder.mkdir()
    assert _refusal(folder).code == "not_regular"
    assert os.listdir(folder) == []


def test_a_device_is_refused_without_reading_it(alarm):
    assert _refusal(Path("/dev/zero")).code == "not_regular"


# -- a busy file ------------------------------------------------------------------------------


def test_a_file_another_program_is_writing_is_busy_not_damaged(
    real_plan, monkeypatch, qapp, capsys
):
    monkeypatch.setattr(plan_check, "BUSY_TIMEOUT_SECONDS", 0.1)
    writer = sqlite3.connect(real_plan, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        before = fingerprint(real_plan)
        assert _refusal(real_plan).code == "busy"
        assert run(["show", str(real_plan), "--lang", "en"]) == 1
        assert capsys.readouterr().err == (
            f"kpidesk: “{real_plan}” is in use by another program. Try again when it has "
            "finished; the file was left untouched.\n"
        )
        assert fingerprint(real_plan) == before
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    open_plan(real_plan).close()  # once the other program is done, it opens


# -- older files: a migration runs only on a file that will open -------------------------------


def _version_1_plan(path: Path, unit: str) -> None:
    from sqlite_utils import Database

    db = Database(path)
    migrations.apply(db, stop_before="0002_relations_allocation_team")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO plan (id, name) VALUES (1, 'old plan')")
    db.execute(
        "INSERT INTO node (id, parent_id, position, name, unit, relation, target, split_by_rep)"
        f" VALUES (1, NULL, 0, 'Prospects', '{unit}', 'input', '500', 1)"
    )
    db.close()


def test_an_old_plan_with_hostile_contents_is_refused_before_it_is_migrated(tmp_path):
    path = tmp_path / "old.kpidesk"
    _version_1_plan(path, unit="parsecs")
    before = fingerprint(path)
    refusal = _refusal(path)
    assert (refusal.code, refusal.detail) == ("damaged", "bad_value:node.unit")
    assert fingerprint(path) == before


def test_an_old_plan_whose_migration_fails_is_refused_untouched(tmp_path):
    path = tmp_path / "old.kpidesk"
    _version_1_plan(path, unit="count")
    tamper(path, "ALTER TABLE node DROP COLUMN split_by_rep")  # migration 2 reads it
    before = fingerprint(path)
    refusal = _refusal(path)
    assert (refusal.code, refusal.detail) == ("damaged", "versions")
    assert fingerprint(path) == before


def test_a_sound_old_plan_is_still_migrated_and_opens(tmp_path):
    path = tmp_path / "old.kpidesk"
    _version_1_plan(path, unit="count")
    plan = open_plan(path)
    assert plan.session.plan.nodes[1].target == 500
    plan.close()


def test_a_plan_the_app_wrote_opens_unchanged(real_plan):
    before = fingerprint(real_plan)
    plan = open_plan(real_plan)
    assert plan.session.plan.nodes[CLOSE_RATE].target == Fraction(1, 4)
    assert len(plan.session.reviews) == 1
    plan.close()
    assert fingerprint(real_plan)[0] == before[0]


def test_whatever_else_the_load_meets_is_a_refusal_not_a_traceback(real_plan, monkeypatch):
    def broken(plan):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("kpidesk.services.plan_session.compute", broken)
    before, files = fingerprint(real_plan), sorted(os.listdir(real_plan.parent))
    refusal = _refusal(real_plan)
    assert (refusal.code, refusal.detail) == ("damaged", "unreadable:RecursionError")
    assert file_error_text(refusal.code, refusal.path, refusal.detail) == (
        f"“{real_plan}” is damaged and cannot be opened: its contents cannot be read"
        " (RecursionError). The file was left untouched."
    )
    assert fingerprint(real_plan) == before
    assert sorted(os.listdir(real_plan.parent)) == files  # the lock went with the refusal


def test_a_write_cut_off_by_a_crash_is_rolled_back_not_called_damaged(real_plan):
    killed_mid_write = f"""
import os, sqlite3
c = sqlite3.connect({str(real_plan)!r}, isolation_level=None)
c.execute("PRAGMA cache_size = 1")  # spill pages into the file before the commit
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE node SET name = name || ' (half written)'")
days = [(f"2030-01-{{d:02d}}", "x" * 900) for d in range(1, 29)]
c.executemany("INSERT INTO closed_day VALUES (?, ?)", days)
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", killed_mid_write], check=True, timeout=60)
    assert Path(f"{real_plan}-journal").stat().st_size > 0  # a hot journal
    plan = open_plan(real_plan)
    assert plan.session.plan.nodes[REVENUE].name == "Revenue"
    assert sorted(plan.session.closed_days) == [date(2026, 11, 24)]
    plan.close()
    assert not Path(f"{real_plan}-journal").exists()


def test_the_check_after_an_unclean_shutdown_calls_a_busy_file_busy(real_plan, monkeypatch):
    from kpidesk.storage.read_only_file import check_integrity

    writer = sqlite3.connect(real_plan, isolation_level=None, timeout=0.2)
    writer.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(
        "kpidesk.storage.read_only_file._read_only_connection",
        lambda path: sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0.2),
    )
    try:
        with pytest.raises(PlanFileError) as refusal:
            check_integrity(real_plan)
        assert refusal.value.code == "busy"
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_large_file_cut_short_is_checked_and_refused(real_plan, monkeypatch):
    monkeypatch.setattr(plan_check, "QUICK_CHECK_MAX_BYTES", 0)  # as if the plan were large
    assert not plan_check.size_disagrees_with_header(real_plan)
    open_plan(real_plan).close()
    data = real_plan.read_bytes()
    real_plan.write_bytes(data[: len(data) - 4096])  # the last page lost
    assert plan_check.size_disagrees_with_header(real_plan)
    before = fingerprint(real_plan)
    refusal = _refusal(real_plan)
    assert (refusal.code, refusal.detail) == ("damaged", "corrupt")
    assert fingerprint(real_plan) == before
