"""Send to reps, the rep enters actuals, collect: exact, idempotent, conflicts chosen."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.team_package import MergeKind
from kpidesk.services.actual_sources import actual_history
from kpidesk.services.package_files import OpenPackage
from kpidesk.services.plan_files import PlanLockedError, open_plan
from kpidesk.services.rep_collect import KEEP_MINE, TAKE_THEIRS
from kpidesk.services.team_packages import TeamError, send_packages
from tests.services.team_fixtures import (
    DEALS,
    PROSPECTS,
    preview,
    rep_enters,
)

NOV2, NOV3, NOV4 = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_one_package_per_active_rep_with_their_share_pace_and_actuals(november_file, out):
    plan_file = open_plan(november_file)
    try:
        plan_file.session.set_rep_active(10, False)
        paths = send_packages(plan_file.session, out, now="2026-11-20T09:00:00")
    finally:
        plan_file.close()
    assert [p.name for p in paths][:2] == [
        "Sales team plan (demo) - Rep 1 - 2026-11.kpirep",
        "Sales team plan (demo) - Rep 2 - 2026-11.kpirep",
    ]
    assert len(paths) == 9
    opened = OpenPackage(paths[0], read_only=True)
    try:
        assert (opened.header.rep_name, opened.header.first_day) == ("Rep 1", date(2026, 11, 1))
        share = opened.shares[PROSPECTS]
        # 500 prospects over 9 active reps: the largest remainder gives Rep 1 56; November
        # 2026 has 19 business days (3rd and 23rd are holidays)
        assert share.required == 56
        assert share.per_day == Fraction(56, 19)
        assert share.per_week == Fraction(56 * 5, 19)
        assert opened.session.splits(PROSPECTS).required.parts[1] == 56  # split as the plan
        assert opened.session.actuals.daily(PROSPECTS, NOV2, NOV2) == {NOV2: 3}
        assert opened.session.actuals.daily(DEALS, NOV2, NOV2) == {}  # the team's, not Rep 1's
        assert opened.session.closed_days == {}
    finally:
        opened.close()


def test_round_trip_is_exact_to_the_unit_and_one_undo_step(november_file, out):
    with_plan = open_plan(november_file)
    try:
        paths = send_packages(with_plan.session, out, rep_name="Rep 1")
    finally:
        with_plan.close()
    rep_enters(paths[0], {(PROSPECTS, NOV2): Fraction(7), (PROSPECTS, NOV4): Fraction("2.5")})
    plan_file = open_plan(november_file)
    try:
        session = plan_file.session
        [rep] = preview(session, [out])
        assert rep.refusal == ""
        assert [(i.kind, i.mine, i.theirs) for i in rep.items] == [
            (MergeKind.CHANGED, 3, 7),
            (MergeKind.NEW, None, Fraction(5, 2)),
        ]
        outcome = session.collect_packages([rep], {}, KEEP_MINE)
        assert session.actuals.daily(PROSPECTS, NOV2, NOV4, rep_id=1) == {
            NOV2: 7,
            NOV4: Fraction(5, 2),
        }
        assert session.actuals.daily(PROSPECTS, NOV2, NOV2, rep_id=2) == {NOV2: 5}
        history = actual_history(session.store.db, PROSPECTS)
        assert [(h.day, h.rep_id, h.value, h.kind, h.name) for h in history] == [
            (NOV2, 1, 7, "package", "Rep 1"),
            (NOV2, 2, 5, "manager", ""),
            (NOV4, 1, Fraction(5, 2), "package", "Rep 1"),
        ]
        session.undo(outcome.change)
        assert session.actuals.daily(PROSPECTS, NOV2, NOV4, rep_id=1) == {NOV2: 3}
        history = actual_history(session.store.db, PROSPECTS)
        assert [(h.rep_id, h.kind) for h in history] == [(1, "manager"), (2, "manager")]
    finally:
        plan_file.close()


def test_collecting_the_same_package_twice_changes_nothing(november_file, out):
    plan_file = open_plan(november_file)
    session = plan_file.session
    try:
        paths = send_packages(session, out, rep_name="Rep 2")
        rep_enters(paths[0], {(PROSPECTS, NOV3): Fraction(4)})
        session.collect_packages(preview(session, paths), {}, KEEP_MINE)
        again = preview(session, paths)
        assert again[0].counts()[MergeKind.UNCHANGED] == 2
        assert session.collect_packages(again, {}, KEEP_MINE).change.edits == ()
        assert session.actuals.daily(PROSPECTS, NOV2, NOV4, rep_id=2) == {NOV2: 5, NOV3: 4}
    finally:
        plan_file.close()


@pytest.mark.parametrize(
    ("choices", "kept"),
    [
        ({}, 9),  # the default keeps the plan's value
        ("package", 11),  # take theirs for the whole package
        ("item", 11),  # take theirs for this one conflict
    ],
)
def test_a_value_changed_on_both_sides_is_a_conflict_resolved_as_chosen(
    november_file, out, choices, kept
):
    plan_file = open_plan(november_file)
    session = plan_file.session
    try:
        [path] = send_packages(session, out, rep_name="Rep 1")
        rep_enters(path, {(PROSPECTS, NOV2): Fraction(11), (PROSPECTS, NOV4): Fraction(1)})
        session.record_actuals({(PROSPECTS, 1, NOV2): Fraction(9)})  # after the package
        [rep] = preview(session, [path])
        [conflict] = rep.of_kind(MergeKind.CONFLICT)
        assert (conflict.base, conflict.mine, conflict.theirs) == (3, 9, 11)
        if choices == "package":
            choices = {path: TAKE_THEIRS}
        elif choices == "item":
            choices = {path: KEEP_MINE, (path, PROSPECTS, NOV2): TAKE_THEIRS}
        session.collect_packages([rep], choices, KEEP_MINE)
        assert session.actuals.daily(PROSPECTS, NOV2, NOV4, rep_id=1) == {NOV2: kept, NOV4: 1}
    finally:
        plan_file.close()


def test_a_value_the_rep_cleared_is_removed_and_one_left_alone_keeps_the_plans(november_file, out):
    plan_file = open_plan(november_file)
    session = plan_file.session
    try:
        [path] = send_packages(session, out, rep_name="Rep 1")
        rep_enters(path, {(PROSPECTS, NOV2): None})
        [rep] = preview(session, [path])
        assert [(i.kind, i.mine, i.theirs) for i in rep.items] == [(MergeKind.CHANGED, 3, None)]
        session.collect_packages([rep], {}, KEEP_MINE)
        assert session.actuals.daily(PROSPECTS, NOV2, NOV4, rep_id=1) == {}
    finally:
        plan_file.close()


def test_a_package_open_twice_gets_the_same_lock_as_a_plan(november_file, out):
    plan_file = open_plan(november_file)
    try:
        [path] = send_packages(plan_file.session, out, rep_name="Rep 1")
    finally:
        plan_file.close()
    first = OpenPackage(path)
    try:
        with pytest.raises(PlanLockedError) as refused:
            OpenPackage(path)
        assert refused.value.code == "locked"
        second = OpenPackage(path, read_only=True)
        second.close()
    finally:
        first.close()
    OpenPackage(path).close()  # free again once closed


def test_sending_to_an_unknown_rep_is_refused(november_file, out):
    plan_file = open_plan(november_file)
    try:
        with pytest.raises(TeamError) as refused:
            send_packages(plan_file.session, out, rep_name="Nobody")
    finally:
        plan_file.close()
    assert refused.value.code == "no_such_rep"
    assert list(out.iterdir()) == []


def test_a_package_with_a_damaged_tree_is_refused_untouched(november_file, out):
    import sqlite3

    from kpidesk.storage.plan_file import PlanFileError
    from tests.services.team_fixtures import digest

    plan_file = open_plan(november_file)
    try:
        [path] = send_packages(plan_file.session, out, rep_name="Rep 1")
    finally:
        plan_file.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE node SET parent_id = 5 WHERE id = 2")  # a loop of parents
    connection.close()
    before = digest(path)
    with pytest.raises(PlanFileError) as refused:
        OpenPackage(path)
    assert refused.value.code == "damaged"
    assert digest(path) == before


def test_a_package_from_an_older_kpi_desk_is_brought_up_to_date(november_file, out):
    import sqlite3

    plan_file = open_plan(november_file)
    try:
        [path] = send_packages(plan_file.session, out, rep_name="Rep 1")
    finally:
        plan_file.close()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE rep_note")
        connection.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_rep_notes'")
        connection.execute("PRAGMA user_version = 9")
    connection.close()
    rep_enters(path, {(PROSPECTS, NOV3): Fraction(1)})
    opened = OpenPackage(path)
    try:
        opened.session.set_rep_note(1, PROSPECTS, "late start", "")
        assert opened.header.rep_name == "Rep 1"
    finally:
        opened.close()


def test_a_plan_whose_rep_note_day_is_not_a_day_is_refused_as_damaged(november_file):
    import sqlite3

    from kpidesk.storage.plan_file import PlanFileError
    from tests.services.team_fixtures import digest

    with sqlite3.connect(november_file) as connection:
        connection.execute(
            "INSERT INTO rep_note VALUES ('November', 1, 4, 'a', 'b', '2026-11-20T09:00:00')"
        )
    connection.close()
    before = digest(november_file)
    with pytest.raises(PlanFileError) as refused:
        open_plan(november_file)
    assert refused.value.code == "damaged"
    assert refused.value.detail == "bad_value:rep_note.period_start"
    assert digest(november_file) == before
