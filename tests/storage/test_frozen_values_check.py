"""The check before a plan opens reads each closed month's kept figures once per distinct value,
and still refuses a damaged one among many copies, leaving the file untouched."""

import hashlib
import sqlite3
from datetime import date

import pytest

from kpidesk.services.plan_files import PlanFileError, open_plan
from kpidesk.storage.period_store import PeriodStore
from kpidesk.storage.plan_file import open_plan_file


@pytest.fixture
def closed_months(demo_file):
    """The demo plan with October and November 2026 closed (their figures kept)."""
    plan = open_plan(demo_file)
    plan.session.set_period(date(2026, 10, 1))
    plan.session.start_next_period("same")
    plan.session.start_next_period("same")
    plan.close()
    return demo_file


def test_each_distinct_kept_figure_is_read_once(closed_months):
    db = open_plan_file(closed_months)
    store = PeriodStore(db)
    kept = [v for p in store.frozen_periods() for v in store.values(p[0])]
    assert len(kept) == 10  # 5 KPIs in each of 2 months: 30 figures
    # 10,000,000, 100, 100,000, 500, 20 % and "no figure" (a NULL)
    assert store.read_every_frozen_value() == 6
    db.close()


@pytest.mark.parametrize(
    ("text", "detail"), [("1/0", "bad_value"), ("lots", "bad_value"), ("9" * 40, "too_large")]
)
def test_one_damaged_figure_among_the_copies_is_refused(closed_months, text, detail):
    connection = sqlite3.connect(closed_months)
    with connection:
        connection.execute(
            "UPDATE period_value SET required = ? WHERE node_id = 4"
            " AND period_id = (SELECT MAX(id) FROM period WHERE frozen = 1)",
            [text],
        )
    connection.close()
    before = hashlib.sha256(closed_months.read_bytes()).hexdigest()
    with pytest.raises(PlanFileError) as refusal:
        open_plan(closed_months).close()
    assert (refusal.value.code, refusal.value.detail) == (
        "damaged",
        f"{detail}:period_value.required",
    )
    assert hashlib.sha256(closed_months.read_bytes()).hexdigest() == before
