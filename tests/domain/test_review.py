"""Review spans, action items, the PDCA follow-up order and target histories."""

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.problems import ValidationError
from kpidesk.domain.review import (
    ActionItem,
    Cadence,
    Review,
    TargetRevision,
    check_reason,
    check_review_date,
    history_of,
    open_actions,
    previous_review,
    review_span,
)


@pytest.mark.parametrize(
    ("cadence", "day", "span"),
    [
        (Cadence.WEEKLY, date(2026, 11, 28), (date(2026, 11, 23), date(2026, 11, 29))),
        (Cadence.WEEKLY, date(2026, 11, 30), (date(2026, 11, 30), date(2026, 12, 6))),
        (Cadence.MONTHLY, date(2026, 2, 14), (date(2026, 2, 1), date(2026, 2, 28))),
        (Cadence.HALF_YEARLY, date(2026, 11, 28), (date(2026, 10, 1), date(2027, 3, 31))),
        (Cadence.HALF_YEARLY, date(2026, 4, 1), (date(2026, 4, 1), date(2026, 9, 30))),
    ],
)
def test_a_review_looks_back_over_its_week_month_or_fiscal_half(cadence, day, span):
    assert review_span(cadence, day, fiscal_start_month=4) == span


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_every_span_holds_its_day_and_a_week_runs_monday_to_sunday(day):
    for cadence in Cadence:
        first, last = review_span(cadence, day, 4)
        assert first <= day <= last
    first, last = review_span(Cadence.WEEKLY, day, 4)
    assert (first.weekday(), last.weekday(), (last - first).days) == (0, 6, 6)


def review(review_id, held_on, *items, cadence=Cadence.MONTHLY):
    return Review(review_id, cadence, held_on, held_on, held_on, (), tuple(items))


def test_an_action_is_past_due_only_when_undone_with_a_due_date_gone_by():
    item = ActionItem(4, action="訪問件数を週10件に", due=date(2026, 11, 20))
    assert item.past_due(date(2026, 11, 21))
    assert not item.past_due(date(2026, 11, 20))
    assert not ActionItem(4, action="x", due=date(2026, 11, 20), done=True).past_due(
        date(2026, 12, 1)
    )
    assert not ActionItem(4, action="x").past_due(date(2026, 12, 1))
    assert not ActionItem(4, cause="only a cause", due=date(2026, 11, 1)).past_due(
        date(2026, 12, 1)
    )


def test_an_emptied_item_leaves_the_review_and_items_stay_in_kpi_order():
    r = review(1, date(2026, 11, 28))
    r = r.with_item(ActionItem(5, action="b")).with_item(ActionItem(2, action="a"))
    assert [i.node_id for i in r.items] == [2, 5]
    assert r.with_item(ActionItem(5)).items == (ActionItem(2, action="a"),)
    assert r.item(9) == ActionItem(9)


def test_the_previous_review_is_the_one_held_last_before():
    first = review(1, date(2026, 11, 6))
    second = review(2, date(2026, 11, 13), cadence=Cadence.WEEKLY)
    third = review(3, date(2026, 11, 30))
    reviews = [third, first, second]
    assert previous_review(reviews, third) is second
    assert previous_review(reviews, second) is first
    assert previous_review(reviews, first) is None


def test_open_actions_are_the_overdue_undone_ones_oldest_first():
    late = ActionItem(2, action="a", due=date(2026, 11, 10))
    done = ActionItem(3, action="b", due=date(2026, 11, 10), done=True)
    later = ActionItem(4, action="c", due=date(2026, 12, 10))
    reviews = [review(2, date(2026, 11, 20), later), review(1, date(2026, 11, 6), late, done)]
    assert [i for _, i in open_actions(reviews, date(2026, 11, 28))] == [late]
    assert [i for _, i in open_actions(reviews, date(2026, 12, 11))] == [late, later]


def test_one_review_per_cadence_and_day():
    existing = [review(1, date(2026, 11, 28))]
    with pytest.raises(ValidationError) as refused:
        check_review_date(date(2026, 11, 28), existing, Cadence.MONTHLY)
    assert refused.value.code == "review_exists"
    check_review_date(date(2026, 11, 28), existing, Cadence.WEEKLY)


def revision(rid, day, before, after, node=1, start=date(2026, 11, 1)):
    return TargetRevision(rid, node, start, day, Fraction(before), Fraction(after), "理由")


def test_a_history_starts_from_the_original_plan_and_steps_at_each_revision():
    revisions = [
        revision(2, date(2026, 11, 20), 9_000_000, 8_500_000),
        revision(1, date(2026, 11, 10), 10_000_000, 9_000_000),
        revision(3, date(2026, 11, 12), 5, 6, node=2),
        revision(4, date(2026, 10, 12), 1, 2, start=date(2026, 10, 1)),
    ]
    history = history_of(revisions, 1, date(2026, 11, 1), Fraction(8_500_000))
    assert history.original == 10_000_000
    assert [r.id for r in history.revisions] == [1, 2]
    assert history.current == 8_500_000


def test_a_kpi_never_revised_has_its_target_as_the_original():
    history = history_of([], 1, date(2026, 11, 1), Fraction(42))
    assert (history.original, history.revisions, history.current) == (42, (), 42)


def test_a_revision_needs_a_reason():
    with pytest.raises(ValidationError) as refused:
        check_reason("   ")
    assert refused.value.code == "revision_needs_reason"
    assert check_reason(" 大口案件の失注 ") == "大口案件の失注"
