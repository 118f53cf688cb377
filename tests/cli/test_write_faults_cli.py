"""A storage error in a command is one line on stderr and exit 1, and the file is unchanged."""

import hashlib
import time

from kpidesk.storage.plan_store import PlanStore
from tests.cli.helpers import run
from tests.write_faults import write_lock_held

SHORT_BUSY_TIMEOUT = 0.4  # the app waits 5 s; waiting 0.4 s proves the same wait and message


def test_an_import_while_another_program_writes_waits_then_says_so_in_one_line(
    demo_file, tmp_path, monkeypatch
):
    """The command waits out the busy timeout, then gives up without writing. In this process:
    a real process would have to wait the full 5 s, and what it adds, exit code 1 and one line
    on stderr from `sys.exit`, test_cli's missing-file test proves with a real process."""
    data = tmp_path / "crm.csv"
    data.write_text("date,kpi,rep,count\n2026-11-02,Prospects,Rep 1,2\n", encoding="utf-8")
    plan = demo_file
    before = hashlib.sha256(plan.read_bytes()).hexdigest()
    set_busy_timeout = PlanStore.set_busy_timeout
    monkeypatch.setattr(
        PlanStore, "set_busy_timeout", lambda store, _: set_busy_timeout(store, SHORT_BUSY_TIMEOUT)
    )
    with write_lock_held(plan, kind="IMMEDIATE"):
        started = time.monotonic()
        result = run(
            "import", plan, data, "--date", "date", "--value", "count", "--kpi", "kpi",
            "--rep", "rep", check=False,
        )
        waited = time.monotonic() - started
    assert result.returncode == 1
    assert result.stderr == (
        "kpidesk: Another program is writing to this plan. Nothing was changed; "
        "try again in a moment.\n"
    )
    assert waited >= SHORT_BUSY_TIMEOUT  # it waited for the other program before giving up
    assert hashlib.sha256(plan.read_bytes()).hexdigest() == before
