"""Child process: collect a folder of packages into a plan, and die by SIGKILL (kill -9) in
the middle of the write transaction, after the values are written and before the commit."""

import os
import signal
import sys

from kpidesk.services.plan_files import open_plan
from kpidesk.services.rep_collect import KEEP_MINE, package_paths, plan_facts, preview_packages
from kpidesk.storage.source_store import SourceStore


def die_after(put):
    def put_then_die(self, values):
        put(self, values)
        print("WRITTEN", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    return put_then_die


def main(plan_path: str, folder: str) -> None:
    SourceStore.put = die_after(SourceStore.put)
    plan_file = open_plan(plan_path)
    session = plan_file.session
    period = session.current_period()
    facts = plan_facts(session.store.db, (period.first_day, period.last_day))
    previews = preview_packages(facts, package_paths([folder]))
    session.collect_packages(previews, {}, KEEP_MINE)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
