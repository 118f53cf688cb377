"""Writing commands refuse a plan another KPI Desk holds, in one line; show and export work."""

import hashlib
import json
import socket

import pytest

from kpidesk.storage.plan_lock import lock_path_for, read_owner
from tests.cli.helpers import run
from tests.conftest import plan_copy
from tests.plan_holder import PlanHolder


def fingerprint(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def held(demo_template, tmp_path_factory):
    """One KPI Desk holding a plan for all the tests that need one (a process each took a
    quarter of a second of CPU): they are refused or only read it, and check it is unchanged."""
    holder = PlanHolder(plan_copy(demo_template, tmp_path_factory.mktemp("held") / "demo.kpidesk"))
    assert holder.ready, holder.error()
    yield holder
    holder.stop()


@pytest.fixture
def actuals_csv(tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text("date,kpi,value\n2026-11-02,Deals,3\n", encoding="utf-8")
    return path


def test_import_into_a_held_plan_is_refused_in_one_line(held, actuals_csv):
    before = fingerprint(held.path)
    owner = read_owner(held.path)
    result = run(
        "import",
        held.path,
        actuals_csv,
        "--date",
        "date",
        "--kpi",
        "kpi",
        "--value",
        "value",
        "--lang",
        "en",
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"kpidesk: “{held.path}” is open for editing in KPI Desk by "
        f"{owner.user}@{socket.gethostname()}, {owner.opened:%Y-%m-%d %H:%M}, so it was left "
        "untouched. Close it there first; show and export still work."
    ]
    assert fingerprint(held.path) == before


def test_replacing_a_held_plan_with_new_is_refused(held):
    before = fingerprint(held.path)
    result = run("new", held.path, "--demo", "--force", "--lang", "ja", check=False)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert "KPI Desk で編集中" in result.stderr
    assert fingerprint(held.path) == before


def test_show_and_export_read_a_held_plan_without_touching_it(held, tmp_path):
    held.set_plan_value(4, 480)
    before = fingerprint(held.path)
    document = json.loads(run("show", held.path, "--json").stdout)
    prospects = next(node for node in document["nodes"] if node["name"] == "Prospects")
    assert prospects["plan"] == 480
    pdf = tmp_path / "meeting.pdf"
    assert "Wrote" in run("export", held.path, "--pdf", pdf, "--lang", "en").stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    csv = tmp_path / "actuals.csv"
    run("export-actuals", held.path, csv, "--lang", "en")
    assert csv.exists()
    assert fingerprint(held.path) == before
    assert read_owner(held.path).pid == held.pid


def test_import_takes_over_a_killed_session_s_lock_and_says_so(demo_file, actuals_csv):
    holder = PlanHolder(demo_file)
    assert holder.ready, holder.error()
    holder_name = f"{read_owner(demo_file).user}@{socket.gethostname()}"
    holder.kill()
    result = run(
        "import",
        demo_file,
        actuals_csv,
        "--date",
        "date",
        "--kpi",
        "kpi",
        "--value",
        "value",
        "--lang",
        "en",
    )
    assert result.stderr.splitlines() == [
        f"kpidesk: “{demo_file}” was still marked as open by {holder_name}, a KPI Desk that "
        "is no longer running; the file passed its check and is now opened here."
    ]
    assert not lock_path_for(demo_file).exists()  # released when the import finished
    assert result.stdout == "Imported 1 values from 1 rows.\n"


def test_a_screenshot_of_a_held_plan_opens_it_read_only_without_waiting(held, tmp_path):
    before = fingerprint(held.path)
    picture = tmp_path / "window.png"
    result = run(held.path, "--lang", "en", "--screenshot", picture)
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(result.stderr.splitlines()) == 1  # only the no-display explanation
    assert fingerprint(held.path) == before
    assert read_owner(held.path).pid == held.pid
