"""Backup thinning: every session for a week, daily for a month, monthly for a year, a size cap."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.backup_retention import BackupStamp, thin, within_cap

NOW = datetime(2026, 11, 20, 12, 0)


def stamp(key, made_at, session="s", plan="/plans/team.kpidesk", size=10):
    return BackupStamp(key, plan, session, made_at, size)


def test_thinning_keeps_sessions_for_a_week_days_for_a_month_months_for_a_year():
    stamps = [
        # this week: session a has three backups (first and last kept), b one
        stamp("a1", NOW - timedelta(hours=5), "a"),
        stamp("a2", NOW - timedelta(hours=4, minutes=50), "a"),
        stamp("a3", NOW - timedelta(hours=4, minutes=40), "a"),
        stamp("b1", NOW - timedelta(days=6, hours=23), "b"),
        # 8 days ago: two sessions on one day, the later one kept
        stamp("c1", datetime(2026, 11, 12, 9, 0), "c"),
        stamp("d1", datetime(2026, 11, 12, 15, 0), "d"),
        # 20 days ago, alone on its day
        stamp("e1", datetime(2026, 10, 31, 9, 0), "e"),
        # months ago: September twice (the later kept), May once
        stamp("f1", datetime(2026, 9, 3, 9, 0), "f"),
        stamp("g1", datetime(2026, 9, 28, 9, 0), "g"),
        stamp("h1", datetime(2026, 5, 1, 9, 0), "h"),
        # more than a year ago: gone
        stamp("i1", datetime(2025, 11, 1, 9, 0), "i"),
    ]
    assert thin(stamps, NOW) == {"a1", "a3", "b1", "d1", "e1", "g1", "h1"}


def test_each_plan_is_thinned_on_its_own_and_keeps_its_newest_even_when_old():
    stamps = [
        stamp("x1", datetime(2026, 9, 3, 9, 0), "x", plan="/plans/x.kpidesk"),
        stamp("y1", datetime(2026, 9, 28, 9, 0), "y", plan="/plans/y.kpidesk"),
        stamp("old", datetime(2024, 1, 1, 9, 0), "o", plan="/plans/old.kpidesk"),
    ]
    assert thin(stamps, NOW) == {"x1", "y1", "old"}


def test_the_size_cap_drops_the_oldest_first_but_never_a_plans_newest():
    stamps = [
        stamp("a", NOW - timedelta(days=3), size=40),
        stamp("b", NOW - timedelta(days=2), size=40),
        stamp("c", NOW - timedelta(days=1), size=40),
        stamp("z", NOW - timedelta(days=5), plan="/plans/other.kpidesk", size=40),
    ]
    assert within_cap(stamps, 100) == {"c", "z"}
    assert within_cap(stamps, 160) == {"a", "b", "c", "z"}
    assert within_cap(stamps, 0) == {"c", "z"}


times = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 11, 20, 12, 0))
stamp_lists = st.lists(
    st.tuples(times, st.sampled_from("abc"), st.sampled_from(["/p.kpidesk", "/q.kpidesk"])),
    min_size=1,
    max_size=40,
).map(lambda rows: [stamp(f"k{i}", t, s, p) for i, (t, s, p) in enumerate(rows)])


@given(stamp_lists)
def test_thinning_is_idempotent_and_never_drops_the_newest(stamps):
    kept = thin(stamps, NOW)
    again = thin([s for s in stamps if s.key in kept], NOW)
    assert again == kept
    for plan in {s.plan for s in stamps}:
        newest = max((s for s in stamps if s.plan == plan), key=lambda s: (s.made_at, s.key))
        assert newest.key in kept
