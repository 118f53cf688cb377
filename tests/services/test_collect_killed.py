"""kill -9 in the middle of a collect leaves the plan whole: as it was before, and it opens."""

import signal
import subprocess
import sys
from datetime import date
from fractions import Fraction
from pathlib import Path

from kpidesk.services.plan_files import open_plan
from kpidesk.services.rep_collect import KEEP_MINE
from kpidesk.services.team_packages import send_packages
from tests.services.team_fixtures import PROSPECTS, preview, rep_enters

CHILD = Path(__file__).with_name("collect_then_die.py")
ROOT = Path(__file__).resolve().parents[2]


def all_actuals(path):
    plan_file = open_plan(path, read_only=True)
    try:
        return list(plan_file.session.actuals.all_rows())
    finally:
        plan_file.close()


def test_a_collect_killed_mid_transaction_leaves_the_plan_as_it_was(november_file, tmp_path):
    demo_file = november_file
    out = tmp_path / "packages"
    out.mkdir()
    plan_file = open_plan(demo_file)
    try:
        paths = send_packages(plan_file.session, out)
    finally:
        plan_file.close()
    for number, path in enumerate(paths, start=1):
        rep_enters(
            path, {(PROSPECTS, date(2026, 11, d)): Fraction(number + d) for d in range(1, 31)}
        )
    before = all_actuals(demo_file)
    child = subprocess.run(
        [sys.executable, str(CHILD), str(demo_file), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL
    assert child.stdout == "WRITTEN\n"  # killed after writing, before the commit
    assert all_actuals(demo_file) == before  # the plan opens, and holds nothing of the collect
    plan_file = open_plan(demo_file)
    try:
        session = plan_file.session
        session.collect_packages(preview(session, [out]), {}, KEEP_MINE)
        assert (
            session.actuals.daily(PROSPECTS, date(2026, 11, 1), date(2026, 11, 30), 10)[
                date(2026, 11, 30)
            ]
            == 40
        )
        assert len(list(session.actuals.all_rows())) == 300 + 1  # and the team's one deal
    finally:
        plan_file.close()
