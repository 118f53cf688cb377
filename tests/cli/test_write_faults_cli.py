"""A storage error in a command is one line on stderr and exit 1, and the file is unchanged."""

import hashlib

from tests.cli.helpers import run_process
from tests.cli.test_import_cli import december_plan
from tests.write_faults import write_lock_held


def test_an_import_while_another_program_writes_says_so_in_one_line(tmp_path):
    """The command waits out the 5 s busy timeout, then gives up without writing."""
    data = tmp_path / "crm.csv"
    data.write_text("date,kpi,rep,count\n2026-12-01,Prospects,Rep 1,2\n", encoding="utf-8")
    plan = december_plan(tmp_path)
    before = hashlib.sha256(plan.read_bytes()).hexdigest()
    with write_lock_held(plan, kind="IMMEDIATE"):
        result = run_process(  # a real process: its exit code and its stderr
            "import", plan, data, "--date", "date", "--value", "count", "--kpi", "kpi",
            "--rep", "rep", check=False,
        )
    assert result.returncode == 1
    assert result.stderr == (
        "kpidesk: Another program is writing to this plan. Nothing was changed; "
        "try again in a moment.\n"
    )
    assert hashlib.sha256(plan.read_bytes()).hexdigest() == before
