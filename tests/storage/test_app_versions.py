"""A plan remembers which KPI Desk wrote it, and a plan from a newer one names what it needs."""

import hashlib
import sqlite3
from contextlib import closing

import pytest

from kpidesk import __version__
from kpidesk.i18n.messages import file_error_text
from kpidesk.services.plan_files import PlanFileError, open_plan
from kpidesk.storage.schema import SCHEMA_VERSION


def meta(path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as conn:
        return dict(conn.execute("SELECT key, value FROM app_meta"))


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_plan_records_the_version_that_made_and_wrote_it(demo_file):
    assert meta(demo_file) == {"schema_written_by": __version__, "last_written_by": __version__}


def test_the_first_edit_of_a_session_records_this_version_and_opening_writes_nothing(demo_file):
    before = digest(demo_file)
    plan = open_plan(demo_file)
    plan.close()
    assert digest(demo_file) == before
    with closing(sqlite3.connect(demo_file)) as conn:
        conn.execute("UPDATE app_meta SET value = '0.0.1' WHERE key = 'last_written_by'")
        conn.commit()
    plan = open_plan(demo_file)
    try:
        session = plan.session
        session.rename_plan("Edited")
        session.rename_plan("Edited again")
    finally:
        plan.close()
    assert meta(demo_file)["last_written_by"] == __version__


def make_newer(path, written_by: str | None) -> None:
    with closing(sqlite3.connect(path)) as conn:
        if written_by is not None:
            conn.execute(
                "UPDATE app_meta SET value = ? WHERE key = 'schema_written_by'", [written_by]
            )
        else:
            conn.execute("DELETE FROM app_meta")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()


def test_a_plan_from_a_newer_kpi_desk_names_the_version_it_needs(demo_file):
    make_newer(demo_file, "9.1.0")
    before = digest(demo_file)
    with pytest.raises(PlanFileError) as refused:
        open_plan(demo_file)
    assert (refused.value.code, refused.value.detail) == ("newer_app", "9.1.0")
    text = file_error_text(refused.value.code, refused.value.path, refused.value.detail)
    assert "KPI Desk 9.1.0" in text and f"({__version__})" in text
    assert "version 9.1.0 or later" in text
    assert digest(demo_file) == before


def test_a_newer_plan_that_does_not_say_which_version_still_says_newer(demo_file):
    make_newer(demo_file, None)
    with pytest.raises(PlanFileError) as refused:
        open_plan(demo_file)
    assert refused.value.code == "newer_version"
