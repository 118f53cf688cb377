"""The .kpidesk file: round trip, identity, and refusals that leave a file untouched."""

import hashlib
import sqlite3
from fractions import Fraction

import pytest
from sqlite_utils import Database

from kpidesk.storage.plan_file import (
    PlanFileError,
    create_plan_file,
    open_plan_file,
    save_copy,
)
from kpidesk.storage.plan_store import PlanStore
from kpidesk.storage.schema import APPLICATION_ID, SCHEMA_VERSION, migrations


def fingerprint(path):
    stat = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_size, stat.st_mtime_ns


def test_a_plan_survives_the_round_trip(demo, tmp_path):
    path = tmp_path / "plan.kpidesk"
    create_plan_file(path, demo)
    db = open_plan_file(path)
    loaded = PlanStore(db).load()
    db.close()
    assert loaded.name == demo.name
    assert loaded.nodes == demo.nodes
    assert loaded.reps == demo.reps
    assert loaded.nodes[5].target == Fraction(1, 5)


def test_the_file_carries_application_id_schema_version_and_foreign_keys(demo_file):
    db = open_plan_file(demo_file)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()


def test_opening_and_reading_a_plan_does_not_write_to_it(demo_file):
    before = fingerprint(demo_file)
    db = open_plan_file(demo_file)
    PlanStore(db).load()
    db.close()
    assert fingerprint(demo_file) == before


def test_schema_version_counts_the_migrations():
    assert len(migrations.pending(Database(memory=True))) == SCHEMA_VERSION


def test_deleting_a_node_deletes_its_subtree_through_the_foreign_key(demo_file):
    db = open_plan_file(demo_file)
    PlanStore(db).delete_node(2)
    assert sorted(PlanStore(db).load().nodes) == [1, 3]
    db.close()


def _write_other_sqlite(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.execute("INSERT INTO notes VALUES ('hello')")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_text("売上目標,10000000\n", encoding="utf-8"),
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20),
        _write_other_sqlite,
    ],
    ids=["csv", "empty", "truncated", "other-sqlite"],
)
def test_a_file_that_is_not_a_plan_is_refused_and_left_unchanged(tmp_path, make):
    path = tmp_path / "other.kpidesk"
    make(path)
    before = fingerprint(path)
    with pytest.raises(PlanFileError) as refusal:
        open_plan_file(path)
    assert refusal.value.code == "not_a_plan"
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.kpidesk"]


def test_a_file_from_a_newer_version_is_refused_and_left_unchanged(demo_file):
    connection = sqlite3.connect(demo_file)
    connection.execute("DELETE FROM app_meta")  # a file that does not say which KPI Desk wrote it
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = fingerprint(demo_file)
    with pytest.raises(PlanFileError) as refusal:
        open_plan_file(demo_file)
    assert refusal.value.code == "newer_version"
    assert refusal.value.detail == str(SCHEMA_VERSION + 1)
    assert fingerprint(demo_file) == before


def test_a_missing_file_is_reported(tmp_path):
    with pytest.raises(PlanFileError) as refusal:
        open_plan_file(tmp_path / "nowhere.kpidesk")
    assert refusal.value.code == "not_found"


def test_creating_over_an_existing_file_is_refused_without_overwrite(demo, demo_file):
    before = fingerprint(demo_file)
    with pytest.raises(PlanFileError) as refusal:
        create_plan_file(demo_file, demo)
    assert refusal.value.code == "exists"
    assert fingerprint(demo_file) == before


def test_save_copy_makes_a_consistent_copy_with_the_backup_api(demo_file, tmp_path):
    db = open_plan_file(demo_file)
    target = tmp_path / "copy.kpidesk"
    save_copy(db, target)
    PlanStore(db).delete_node(2)  # later edits to the original do not reach the copy
    db.close()
    copy = open_plan_file(target)
    assert sorted(PlanStore(copy).load().nodes) == [1, 2, 3, 4, 5]
    copy.close()
    assert not list(tmp_path.glob(".kpidesk-*.tmp"))


def test_save_copy_into_a_missing_folder_says_so(demo_file, tmp_path):
    db = open_plan_file(demo_file)
    with pytest.raises(PlanFileError) as refusal:
        save_copy(db, tmp_path / "no" / "such" / "copy.kpidesk")
    db.close()
    assert refusal.value.code == "no_folder"


def test_a_failed_save_copy_leaves_the_existing_target_intact(demo_file, tmp_path, monkeypatch):
    target = tmp_path / "existing.kpidesk"
    target.write_text("keep me")
    db = open_plan_file(demo_file)

    def broken_backup(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kpidesk.storage.plan_file.copy_database", broken_backup)
    with pytest.raises(PlanFileError) as refusal:
        save_copy(db, target)
    db.close()
    assert refusal.value.code == "cannot_write"
    assert target.read_text() == "keep me"
    assert not list(tmp_path.glob(".kpidesk-*.tmp"))


def test_a_version_1_plan_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.kpidesk"
    db = Database(path)
    migrations.apply(db, stop_before="0002_relations_allocation_team")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO plan (id, name) VALUES (1, 'old plan')")
    db.execute(
        "INSERT INTO node (id, parent_id, position, name, unit, relation, target, split_by_rep)"
        " VALUES (1, NULL, 0, 'Prospects', 'count', 'input', '500', 1)"
    )
    db.close()
    migrated = open_plan_file(path)
    plan = PlanStore(migrated).load()
    assert migrated.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    migrated.close()
    assert plan.name == "old plan"
    assert plan.nodes[1].split.value == "even"
    assert plan.nodes[1].target == 500
    assert plan.nodes[1].weight == 1


def test_a_damaged_plan_is_refused(demo_file):
    data = bytearray(demo_file.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page's b-tree after the header
    demo_file.write_bytes(bytes(data))
    before = fingerprint(demo_file)
    with pytest.raises(PlanFileError) as refusal:
        open_plan_file(demo_file)
    assert refusal.value.code == "damaged"
    assert fingerprint(demo_file) == before
