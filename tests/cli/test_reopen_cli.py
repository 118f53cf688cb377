"""`kpidesk reopen` and `kpidesk close-period`, and the reopenings `show --period` lists."""

import json
from datetime import date
from fractions import Fraction

import pytest

from kpidesk.cli import run
from kpidesk.services.plan_session import PlanSession
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore


@pytest.fixture
def closed_october(demo_file):
    """The demo plan with October 2026 closed; November is current."""
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db))
    session.set_period(date(2026, 10, 1))
    session.start_next_period("grow", Fraction(1, 10))
    db.close()
    return demo_file


def test_reopen_and_close_again_from_the_command_line(closed_october, capsys):
    path = str(closed_october)
    assert run(["reopen", path, "--period", "2026-10", "--reason", "late CRM export"]) == 0
    assert capsys.readouterr().out == (
        "Reopened 2026-10-01 to 2026-10-31: its actuals can be changed again.\n"
    )
    assert run(["show", path, "--period", "2026-10"]) == 0
    assert capsys.readouterr().out.endswith("Reopened 2026-11-20: late CRM export\n")
    assert run(["close-period", path]) == 0
    assert capsys.readouterr().out == "Closed 2026-10-01 to 2026-10-31 again.\n"
    assert run(["show", path, "--period", "2026-10", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["reopenings"] == [
        {"reopened_on": "2026-11-20", "reason": "late CRM export", "closed_on": "2026-11-20"}
    ]


def test_an_empty_reason_or_an_earlier_period_is_refused_and_the_file_kept(
    closed_october, capsys
):
    path = str(closed_october)
    before = closed_october.read_bytes()
    assert run(["reopen", path, "--period", "2026-10", "--reason", " "]) == 1
    assert capsys.readouterr().err == (
        "kpidesk: Say why the period is reopened; the reason is kept with it.\n"
    )
    assert run(["reopen", path, "--period", "2026-09", "--reason", "why"]) == 1
    assert capsys.readouterr().err == (
        "kpidesk: Only the most recent closed period (from 2026-10-01) can be reopened.\n"
    )
    assert run(["close-period", path]) == 1
    assert capsys.readouterr().err == "kpidesk: No closed period is reopened.\n"
    assert closed_october.read_bytes() == before
