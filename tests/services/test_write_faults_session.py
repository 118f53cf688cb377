"""No silent loss: after a failed first write, later writes land; two processes lose nothing."""

import json
import shutil
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from kpidesk.services.plan_files import OpenPlan
from kpidesk.services.storage_faults import StorageError
from tests.services.concurrent_writer import keys
from tests.write_faults import fill_disk, small_disk, write_lock_held

WRITER = Path(__file__).with_name("concurrent_writer.py")


def reopened(path):
    plan_file = OpenPlan(path)
    plan = plan_file.session.plan
    plan_file.close()
    return plan


def later_writes_land(plan_file: OpenPlan) -> None:
    """Add KPI, Add rep, and Undo of a delete, each checked in the file itself."""
    session = plan_file.session
    prospects = session.plan.nodes[4]
    added = session.add_child(2, "Visits").new_node_id
    session.add_rep("Rep 11")
    deleted = session.delete_subtree(4).change
    session.undo(deleted)
    path = plan_file.path
    plan_file.close()
    plan = reopened(path)
    assert plan.nodes[added].name == "Visits"
    assert plan.nodes[added].parent_id == 2
    assert [rep.name for rep in plan.reps][-1] == "Rep 11"
    assert len(plan.reps) == 11
    assert plan.nodes[4] == prospects
    assert prospects.name == "Prospects"


def test_a_first_write_that_meets_a_busy_file_does_not_poison_the_later_ones(demo_file):
    plan_file = OpenPlan(demo_file)
    session = plan_file.session
    session.store.set_busy_timeout(0.3)
    with write_lock_held(demo_file), pytest.raises(StorageError) as raised:
        session.add_child(2, "Visits")
    assert raised.value.code == "busy"
    assert sorted(session.plan.nodes) == [1, 2, 3, 4, 5]
    later_writes_land(plan_file)


def test_a_first_write_that_meets_a_full_disk_does_not_poison_the_later_ones(demo_file):
    with small_disk() as folder:
        path = Path(shutil.copy(demo_file, folder / "plan.kpidesk"))
        plan_file = OpenPlan(path)
        session = plan_file.session
        before = path.read_bytes()
        filler = fill_disk(folder)
        with pytest.raises(StorageError) as raised:
            session.add_child(2, "Visits")
        assert raised.value.code == "disk_full"
        assert path.read_bytes() == before
        assert sorted(session.plan.nodes) == [1, 2, 3, 4, 5]
        filler.unlink()
        later_writes_land(plan_file)


def test_800_edits_from_two_processes_on_one_file_all_land(demo_file):
    """Each process writes 400 actuals of its own KPI, one transaction each, at the same time."""
    writers = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(demo_file), str(node_id), "400"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for node_id in (3, 4)
    ]
    reports = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert "database is locked" not in err
        reports.append(json.loads(out))
    assert [report["landed"] + report["busy"] for report in reports] == [400, 400]
    assert [report["busy"] for report in reports] == [0, 0]  # the 5 s busy timeout is enough
    plan_file = OpenPlan(demo_file)
    wanted = keys(3, 400) + keys(4, 400)
    stored = plan_file.session.actuals.get(wanted)
    plan_file.close()
    assert stored == {key: Fraction(index % 400 + 1) for index, key in enumerate(wanted)}
