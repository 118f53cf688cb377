"""Reviews keep their snapshot, close the PDCA loop, and target revisions keep their history."""

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.problems import ValidationError
from kpidesk.domain.review import ActionItem, Cadence
from kpidesk.services.month_turn import Step, month_turn
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.review_service import (
    create_review,
    follow_ups,
    latest_review,
    revisions_for,
)
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


class Clock:
    """The day the session believes it is; tests move it forward."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock():
    return Clock(date(2026, 11, 20))


@pytest.fixture
def session(demo_file, clock):
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db), today=clock)
    session.set_period(date(2026, 11, 1))
    yield session
    db.close()


def reopened(path, clock):
    return PlanSession(PlanStore(open_plan_file(path)), today=clock)


def record(session, day, node, value):
    session.record_actuals({(node, 1, day): Fraction(value)})


def test_a_review_snapshots_every_kpi_as_of_its_date(session):
    record(session, date(2026, 11, 10), PROSPECTS, 200)
    create_review(session, Cadence.MONTHLY, date(2026, 11, 20))
    review = latest_review(session)
    assert (review.first_day, review.last_day) == (date(2026, 11, 1), date(2026, 11, 30))
    assert [k.node_id for k in review.snapshot] == [
        REVENUE,
        DEALS,
        UNIT_PRICE,
        PROSPECTS,
        CLOSE_RATE,
    ]
    prospects = review.figures(PROSPECTS)
    assert (prospects.name, prospects.target, prospects.actual) == ("Prospects", 500, 200)
    assert prospects.achievement == Fraction(2, 5)
    assert review.figures(REVENUE).smart is None
    assert review.figures(PROSPECTS).smart is False  # no owner, definition or source yet


def test_later_edits_do_not_rewrite_the_review(session, demo_file, clock):
    record(session, date(2026, 11, 10), PROSPECTS, 200)
    create_review(session, Cadence.MONTHLY, date(2026, 11, 20))
    before = latest_review(session).snapshot
    record(session, date(2026, 11, 24), PROSPECTS, 300)
    session.rename_node(PROSPECTS, "新規見込み客数")
    session.set_target(CLOSE_RATE, Fraction(1, 4), reason="単価見直し")
    session.set_plan_value(PROSPECTS, Fraction(600))
    assert latest_review(session).snapshot == before
    again = reopened(demo_file, clock)
    assert again.reviews[0].snapshot == before
    assert again.reviews[0].figures(PROSPECTS).name == "Prospects"
    assert again.reviews[0].figures(PROSPECTS).actual == 200


def test_causes_actions_and_notes_are_kept_and_undone(session, demo_file, clock):
    create_review(session, Cadence.WEEKLY, date(2026, 11, 20))
    review = latest_review(session)
    item = ActionItem(
        PROSPECTS,
        cause="展示会の中止",
        action="紹介依頼を週5件",
        owner="佐藤",
        due=date(2026, 11, 27),
    )
    outcome = session.set_review_item(review.id, item)
    assert outcome.reviews_changed and not outcome.changed_node_ids
    session.set_review_notes(review.id, "全体: 訪問数が不足")
    again = reopened(demo_file, clock).reviews[0]
    assert (again.item(PROSPECTS), again.notes) == (item, "全体: 訪問数が不足")
    session.undo(outcome.change)
    assert latest_review(session).item(PROSPECTS) == ActionItem(PROSPECTS)


def test_creating_a_review_is_undone_and_redone_with_its_snapshot(session):
    outcome = create_review(session, Cadence.MONTHLY, date(2026, 11, 20))
    snapshot = latest_review(session).snapshot
    session.undo(outcome.change)
    assert session.reviews == []
    session.redo(outcome.change)
    assert latest_review(session).snapshot == snapshot


def test_a_second_review_of_the_same_cadence_on_the_same_day_is_refused(session):
    create_review(session, Cadence.MONTHLY, date(2026, 11, 20))
    with pytest.raises(ValidationError) as refused:
        create_review(session, Cadence.MONTHLY, date(2026, 11, 20))
    assert refused.value.code == "review_exists"
    assert len(session.reviews) == 1


def test_the_next_review_lists_the_previous_actions_to_check(session):
    create_review(session, Cadence.WEEKLY, date(2026, 11, 13))
    first = latest_review(session)
    session.set_review_item(
        first.id, ActionItem(PROSPECTS, action="紹介依頼", due=date(2026, 11, 18))
    )
    session.set_review_item(first.id, ActionItem(CLOSE_RATE, cause="提案の質"))  # no action
    create_review(session, Cadence.WEEKLY, date(2026, 11, 20))
    second = latest_review(session)
    [follow_up] = follow_ups(session, second)
    assert (follow_up.kpi_name, follow_up.item.action, follow_up.past_due) == (
        "Prospects",
        "紹介依頼",
        True,
    )
    done = session.set_review_item(first.id, replace(follow_up.item, done=True))
    [follow_up] = follow_ups(session, second)
    assert follow_up.item.done and not follow_up.past_due
    session.undo(done.change)
    assert not follow_ups(session, second)[0].item.done
    assert follow_ups(session, first) == []


def test_changing_a_target_once_the_period_is_under_way_needs_a_reason(session, demo_file):
    assert session.revising_targets()
    with pytest.raises(ValidationError) as refused:
        session.set_target(REVENUE, Fraction(9_000_000))
    assert refused.value.code == "revision_needs_reason"
    assert session.plan.nodes[REVENUE].target == 10_000_000
    session.set_target(REVENUE, Fraction(9_000_000), reason="大口顧客の予算凍結")
    history = session.target_history(REVENUE)
    assert history.original == 10_000_000
    [revision] = history.revisions
    assert (revision.day, revision.before, revision.after, revision.reason) == (
        date(2026, 11, 20),
        10_000_000,
        9_000_000,
        "大口顧客の予算凍結",
    )


def test_each_revision_is_kept_in_order_and_undo_removes_it(session, clock):
    session.set_target(REVENUE, Fraction(9_000_000), reason="予算凍結")
    clock.day = date(2026, 11, 25)
    second = session.set_target(REVENUE, Fraction(9_500_000), reason="追加受注")
    history = session.target_history(REVENUE)
    assert [(r.day, r.after) for r in history.revisions] == [
        (date(2026, 11, 20), 9_000_000),
        (date(2026, 11, 25), 9_500_000),
    ]
    session.undo(second.change)
    assert session.plan.nodes[REVENUE].target == 9_000_000
    assert len(session.target_history(REVENUE).revisions) == 1


def test_before_the_period_starts_a_target_changes_freely(session, clock):
    clock.day = date(2026, 10, 25)
    assert not session.revising_targets()
    session.set_target(REVENUE, Fraction(12_000_000))
    assert session.revisions == []


def test_the_review_shows_the_revisions_made_up_to_its_date_with_the_actual(session, clock):
    record(session, date(2026, 11, 10), PROSPECTS, 200)
    session.set_target(REVENUE, Fraction(9_000_000), reason="予算凍結")
    create_review(session, Cadence.MONTHLY, date(2026, 11, 20))
    clock.day = date(2026, 11, 26)
    session.set_target(REVENUE, Fraction(8_000_000), reason="さらに下方修正")
    [line] = revisions_for(session, latest_review(session))
    assert line.name == "Revenue"
    assert line.history.original == 10_000_000
    assert [r.reason for r in line.history.revisions] == ["予算凍結"]


def test_the_month_turn_list_tells_what_is_left(session, clock):
    clock.day = date(2026, 11, 28)
    items = {item.step: item for item in month_turn(session)}
    assert not items[Step.REVIEW].done and items[Step.REVIEW].day == date(2026, 11, 30)
    assert not items[Step.SMART].done and "Prospects" in items[Step.SMART].names
    assert items[Step.ACTIONS].done
    assert items[Step.NEXT_PERIOD].day == date(2026, 12, 1)
    create_review(session, Cadence.WEEKLY, date(2026, 11, 20))
    weekly = latest_review(session)
    session.set_review_item(
        weekly.id, ActionItem(PROSPECTS, action="紹介依頼", due=date(2026, 11, 25))
    )
    create_review(session, Cadence.MONTHLY, date(2026, 11, 28))
    items = {item.step: item for item in month_turn(session)}
    assert items[Step.REVIEW].done
    assert items[Step.ACTIONS].names == ("紹介依頼 (Prospects)",)


def test_the_progress_chart_target_line_steps_at_each_revision(session, clock):
    from kpidesk.services.chart_data import cumulative_chart
    from kpidesk.services.progress_service import period_progress

    session.set_target(REVENUE, Fraction(9_000_000), reason="予算凍結")
    series = cumulative_chart(session, period_progress(session, date(2026, 11, 20)), REVENUE)
    assert series.original == 10_000_000
    assert series.revisions == ((date(2026, 11, 20), 9_000_000),)
    index = series.days.index(date(2026, 11, 20))
    assert series.target_points() == [
        (0, 10_000_000),
        (index, 10_000_000),
        (index, 9_000_000),
        (len(series.days) - 1, 9_000_000),
    ]
    # a rep's share has no history of its own
    rep_series = cumulative_chart(
        session, period_progress(session, date(2026, 11, 20)), PROSPECTS, 1
    )
    assert rep_series.revisions == ()


def test_the_review_keeps_the_gap_split_by_driver_as_it_was(session, demo_file, clock):
    # 20 Nov is business day 14 of 19 in November 2026 (3 and 23 Nov are holidays): the pace
    # is 100 × 14/19 deals at ¥100,000. Shapley: deals (60 − 1400/19) × the mean price
    # 105,000; price 10,000 × the mean deals (1400/19 + 60) / 2 × 2.
    session.record_actuals(
        {
            (DEALS, 1, date(2026, 11, 10)): Fraction(60),
            (UNIT_PRICE, 0, date(2026, 11, 10)): Fraction(110_000),
            (REVENUE, 0, date(2026, 11, 10)): Fraction(6_600_000),
        }
    )
    create_review(session, Cadence.MONTHLY, date(2026, 11, 20))
    gap = latest_review(session).figures(REVENUE).gap
    assert (gap.planned, gap.actual) == (Fraction(140_000_000, 19), 6_600_000)
    assert [(p.name, p.amount) for p in gap.parts] == [
        ("Deals", Fraction(-27_300_000, 19)),
        ("Unit price", Fraction(12_700_000, 19)),
    ]
    assert gap.other == 0 and gap.pro_rated
    session.record_actuals({(DEALS, 1, date(2026, 11, 12)): Fraction(5)})
    again = reopened(demo_file, clock).reviews[0].figures(REVENUE).gap
    assert again == gap
    assert latest_review(session).figures(PROSPECTS).gap is None  # no drivers below it


def test_a_first_target_is_the_original_plan_not_a_revision(session):
    session.set_target(REVENUE, None, reason="予算の再編成")
    assert not session.needs_reason(REVENUE, Fraction(9_000_000))
    session.set_target(REVENUE, Fraction(9_000_000))
    [revision] = session.revisions  # only clearing the target was a revision
    assert (revision.before, revision.after) == (10_000_000, None)


def test_a_review_shows_only_its_own_period_s_revisions(session, clock):
    session.set_target(REVENUE, Fraction(9_000_000), reason="11月の修正")
    session.set_period(date(2026, 12, 1))
    clock.day = date(2026, 12, 4)
    create_review(session, Cadence.WEEKLY, date(2026, 12, 4))
    assert latest_review(session).period_start == date(2026, 12, 1)
    assert revisions_for(session, latest_review(session)) == []
