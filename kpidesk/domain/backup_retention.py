"""Which backups to keep: every session for a week, daily for a month, monthly for a year."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

SESSION_DAYS = 7
DAILY_DAYS = 30
MONTHLY_DAYS = 365


@dataclass(frozen=True)
class BackupStamp:
    """What thinning needs to know of one backup: its key, plan, session, time and size."""

    key: str
    plan: str
    session: str
    made_at: datetime
    size: int = 0


def thin(stamps: Iterable[BackupStamp], now: datetime) -> set[str]:
    """The keys to keep. Per plan: for the last week the first and last backup of each session
    (the state before the session's edits and its latest), for the month before the newest of
    each day, for the year before the newest of each month; the plan's newest always."""
    stamps = list(stamps)
    buckets: dict[tuple, list[BackupStamp]] = {}
    for stamp in stamps:
        bucket = _bucket(stamp, now)
        if bucket is not None:
            buckets.setdefault((stamp.plan, *bucket), []).append(stamp)
    keep: set[str] = set()
    for (_plan, kind, *_rest), members in buckets.items():
        members.sort(key=_order)
        keep.add(members[-1].key)
        if kind == "session":
            keep.add(members[0].key)
    return keep | {stamp.key for stamp in newest_per_plan(stamps)}


def within_cap(stamps: Iterable[BackupStamp], cap_bytes: int) -> set[str]:
    """The keys to keep so that the sizes add up to at most `cap_bytes`: the oldest go first,
    but never a plan's newest backup (the cap may then be exceeded by those alone)."""
    stamps = list(stamps)
    protected = {stamp.key for stamp in newest_per_plan(stamps)}
    total = sum(stamp.size for stamp in stamps)
    keep = {stamp.key for stamp in stamps}
    for stamp in sorted(stamps, key=_order):
        if total <= cap_bytes:
            break
        if stamp.key not in protected:
            keep.discard(stamp.key)
            total -= stamp.size
    return keep


def newest_per_plan(stamps: Iterable[BackupStamp]) -> list[BackupStamp]:
    newest: dict[str, BackupStamp] = {}
    for stamp in stamps:
        if stamp.plan not in newest or _order(stamp) > _order(newest[stamp.plan]):
            newest[stamp.plan] = stamp
    return list(newest.values())


def _bucket(stamp: BackupStamp, now: datetime) -> tuple | None:
    age = now - stamp.made_at
    if age < timedelta(days=SESSION_DAYS):
        return ("session", stamp.session)
    if age < timedelta(days=DAILY_DAYS):
        return ("day", stamp.made_at.date())
    if age < timedelta(days=MONTHLY_DAYS):
        return ("month", stamp.made_at.year, stamp.made_at.month)
    return None


def _order(stamp: BackupStamp) -> tuple:
    return (stamp.made_at, stamp.key)
