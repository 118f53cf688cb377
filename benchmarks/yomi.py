"""The ヨミ forecast on the demo plan with a long deal list: what the Pipeline tab and
`kpidesk show --json` wait for, against the run-rate progress they are shown beside.

    .venv/bin/python benchmarks/yomi.py [--deals 1000 10000] [--pairs 7]

For each list size it prints the median of `yomi_forecast` (read the list, weigh it, translate
the gap down the tree; it includes the progress of the period) and of `period_progress` alone,
measured interleaved (A B A B …), and their ratio. Budget: one frame (16 ms) at 1,000 deals
(a team's list is rarely longer); at 10,000 it is about 0.1 s here, a refresh of the tab and
not a keystroke (the grid's edits do not wait for it).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpidesk.domain.demo import demo_plan
from kpidesk.domain.yomi import Deal
from kpidesk.services import yomi_service as yomi
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import period_progress
from kpidesk.storage.plan_file import create_plan_file, open_plan_file
from kpidesk.storage.plan_store import PlanStore

TODAY = date(2026, 11, 20)


def session_with(path: Path, count: int) -> PlanSession:
    create_plan_file(path, demo_plan(lambda key: key))
    session = PlanSession(PlanStore(open_plan_file(path)), today=lambda: TODAY)
    session.set_period(date(2026, 11, 1))
    rng = random.Random(16)
    session.record_actuals(
        {
            (1, rep, date(2026, 11, day)): Fraction(200_000)
            for rep in range(1, 11)
            for day in (5, 12)
        }
    )
    deals = [
        Deal(
            i,
            f"deal {i}",
            rng.randint(1, 10),
            Fraction(rng.randint(1, 500) * 10_000),
            date(2026, 11, 1) + timedelta(days=rng.randint(0, 90)),
            rng.choice("ABC"),
        )
        for i in range(1, count + 1)
    ]
    session.change_yomi(yomi.put_deals, deals)
    return session


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--pairs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for count in args.deals:
            session = session_with(Path(folder) / f"plan-{count}.kpidesk", count)
            forecast, progress = [], []
            for _ in range(args.pairs):
                forecast.append(timed(lambda s=session: yomi.yomi_forecast(s)))
                progress.append(timed(lambda s=session: period_progress(s)))
            a, b = statistics.median(forecast) * 1000, statistics.median(progress) * 1000
            print(
                f"{count:>7,} deals: ヨミ forecast {a:7.1f} ms, progress alone {b:7.1f} ms, "
                f"ratio {a / b:.2f}"
            )
            session.store.db.close()


if __name__ == "__main__":
    main()
