"""A second real process writing one plan file: `python concurrent_writer.py PLAN NODE COUNT`.

Records COUNT actuals of KPI NODE, one transaction each (as the window does), through the
session on its own connection (past the plan lock: this is what the file does when two
writers meet). Prints {"landed": n, "busy": m}; any other failure exits with a traceback.
"""

import json
import sys
from datetime import date, timedelta
from fractions import Fraction

from kpidesk.services.plan_session import PlanSession
from kpidesk.services.storage_faults import StorageError
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore


def keys(node_id: int, count: int):
    """The n-th edit's (node, rep, day): ten reps a day from 1 January 2026."""
    return [(node_id, n % 10 + 1, date(2026, 1, 1) + timedelta(days=n // 10)) for n in range(count)]


def main(path: str, node_id: int, count: int) -> None:
    session = PlanSession(PlanStore(open_plan_file(path)))
    landed = busy = 0
    for index, key in enumerate(keys(node_id, count)):
        try:
            session.record_actuals({key: Fraction(index + 1)})
            landed += 1
        except StorageError as error:
            if error.code != "busy":
                raise
            busy += 1
    session.store.db.close()
    print(json.dumps({"landed": landed, "busy": busy}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
