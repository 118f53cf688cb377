"""The ヨミ list in a plan file: one undo step per edit, won deals move to actuals, the forecast
beside the run-rate with what the gap asks, and each review's copy of the list."""

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.model import TEAM
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.review import Cadence
from kpidesk.domain.yomi import Deal, DealState
from kpidesk.domain.yomi_moves import Move
from kpidesk.services import yomi_service as yomi
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.review_service import create_review, latest_review
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore

REVENUE = 1
NOV_25 = date(2026, 11, 25)


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db), today=lambda: date(2026, 11, 20))
    session.set_period(date(2026, 11, 1))
    yield session
    db.close()


def reopened(path):
    return PlanSession(PlanStore(open_plan_file(path)), today=lambda: date(2026, 11, 20))


def add(session, *deals):
    return session.change_yomi(yomi.put_deals, list(deals))


def test_deals_are_kept_in_the_file_and_each_edit_is_one_undo_step(session, demo_file):
    outcome = add(
        session,
        Deal(1, "Tanaka Shoji", 1, Fraction(1_000_000), NOV_25, "A"),
        Deal(2, "Sato Kogyo", 2, Fraction(2_000_000), NOV_25, "B", note="proposal sent"),
    )
    assert outcome.yomi_changed and len(outcome.change.edits) == 1
    second = session.change_yomi(yomi.put_deals, [replace(yomi.deals_of(session)[0], rank="B")])
    assert [d.rank for d in yomi.deals_of(reopened(demo_file))] == ["B", "B"]
    session.undo(second.change)
    assert [d.rank for d in yomi.deals_of(session)] == ["A", "B"]
    session.undo(outcome.change)
    assert yomi.deals_of(session) == []


def test_the_forecast_weighs_open_deals_on_top_of_the_closed_revenue(session):
    session.record_actuals(
        {
            (REVENUE, 1, date(2026, 11, 10)): Fraction(3_000_000),
            (REVENUE, 2, date(2026, 11, 12)): Fraction(1_000_000),
        }
    )
    add(
        session,
        Deal(1, "Tanaka Shoji", 1, Fraction(2_000_000), NOV_25, "A"),
        Deal(2, "Sato Kogyo", 2, Fraction(2_000_000), NOV_25, "B"),
        Deal(3, "Next month", 2, Fraction(9_000_000), date(2026, 12, 2), "A"),
        Deal(4, "No amount", 2, None, NOV_25, "A"),
    )
    view = yomi.yomi_forecast(session)
    assert view.forecast.team.forecast == 6_800_000  # 4,000,000 + 1,800,000 + 1,000,000
    assert view.forecast.per_rep[1].forecast == 4_800_000
    assert view.forecast.per_rep[2].forecast == 2_000_000
    assert view.target.value == 10_000_000
    assert view.gap.value == -3_200_000
    assert [f.deal_id for f in view.forecast.flagged] == [4]
    # run-rate: 4,000,000 over 14 of 19 business days (Nov 3 and 23 are holidays)
    assert view.remaining_days == 5
    assert view.run_rate.value == Fraction(4_000_000) / 14 * 19
    assert [(s.name, s.more) for s in view.asks.steps] == [
        ("Revenue", 3_200_000),
        ("Deals", 32),
        ("Prospects", 160),
    ]
    assert view.asks.steps[2].per_rep == {i: 16 for i in range(1, 11)}
    assert view.asks.steps[2].per_day == 32


def test_a_won_deal_moves_to_the_actuals_in_one_step_and_back_on_undo(session, demo_file):
    add(session, Deal(1, "Tanaka Shoji", 3, Fraction(2_000_000), NOV_25, "A"))
    won = session.change_yomi(yomi.close_deal, 1, DealState.WON)
    assert session.actuals.get([(REVENUE, 3, date(2026, 11, 20))]) == {
        (REVENUE, 3, date(2026, 11, 20)): 2_000_000
    }
    view = yomi.yomi_forecast(reopened(demo_file))
    assert view.forecast.team.closed == 2_000_000
    assert view.forecast.team.weighted == 0
    session.undo(won.change)
    assert session.actuals.get([(REVENUE, 3, date(2026, 11, 20))]) == {}
    assert yomi.yomi_forecast(session).forecast.team.forecast == 1_800_000


def test_a_lost_deal_leaves_the_forecast_and_the_actuals_alone(session):
    add(session, Deal(1, "Sato Kogyo", TEAM, Fraction(1_000_000), NOV_25, "B"))
    session.change_yomi(yomi.close_deal, 1, DealState.LOST)
    view = yomi.yomi_forecast(session)
    assert view.forecast.team.forecast == 0
    assert session.actuals.get([(REVENUE, TEAM, date(2026, 11, 20))]) == {}


def test_the_plan_s_ranks_replace_the_defaults_in_one_step(session):
    add(session, Deal(1, "Tanaka Shoji", 1, Fraction(1_000_000), NOV_25, "A"))
    assert yomi.ranks_of(session) == {
        "A": Fraction(9, 10),
        "B": Fraction(1, 2),
        "C": Fraction(1, 10),
    }
    edited = session.change_yomi(
        yomi.set_ranks, {"A": Fraction(8, 10), "B": Fraction(4, 10), "C": Fraction(0)}
    )
    assert yomi.yomi_forecast(session).forecast.team.forecast == 800_000
    session.undo(edited.change)
    assert yomi.yomi_forecast(session).forecast.team.forecast == 900_000


@pytest.mark.parametrize(
    ("deal", "code"),
    [
        (Deal(1, "  ", 1, Fraction(1)), "yomi_name_empty"),
        (Deal(1, "X", 99, Fraction(1)), "no_such_rep"),
        (Deal(1, "X", 1, Fraction(-1)), "negative_value"),
        (Deal(1, "X", 1, Fraction(1), probability=Fraction(3, 2)), "probability_out_of_range"),
    ],
)
def test_a_bad_deal_is_refused_and_the_file_is_untouched(session, demo_file, deal, code):
    before = demo_file.read_bytes()
    with pytest.raises(ValidationError) as refused:
        add(session, deal)
    assert refused.value.code == code
    assert demo_file.read_bytes() == before


def test_duplicates_are_merged_only_when_asked_in_one_step(session):
    add(
        session,
        Deal(1, "Tanaka Shoji", 1, Fraction(1_000_000), None, "B"),
        Deal(2, "Tanaka Shoji", 1, None, NOV_25, "A", note="visit"),
    )
    assert len(yomi.deals_of(session)) == 2
    merged = session.change_yomi(yomi.merge_deals, [1, 2])
    assert yomi.deals_of(session) == [
        Deal(1, "Tanaka Shoji", 1, Fraction(1_000_000), NOV_25, "B", note="visit")
    ]
    session.undo(merged.change)
    assert [d.id for d in yomi.deals_of(session)] == [1, 2]


def test_a_review_keeps_the_yomi_of_its_day_and_the_next_shows_what_moved(session):
    add(
        session,
        Deal(1, "Won soon", 1, Fraction(1_000_000), NOV_25, "A"),
        Deal(2, "Slipping", 1, Fraction(2_000_000), NOV_25, "B"),
        Deal(3, "Lost", 2, Fraction(3_000_000), NOV_25, "C"),
    )
    create_review(session, Cadence.WEEKLY, date(2026, 11, 20))
    review = latest_review(session)
    session.change_yomi(yomi.close_deal, 1, DealState.WON)
    session.change_yomi(yomi.close_deal, 3, DealState.LOST)
    moved = replace(yomi.deals_of(session)[1], close_date=date(2026, 12, 4))
    add(session, moved, Deal(4, "New", 2, Fraction(500_000), NOV_25, "B"))
    moves = yomi.moves_since_review(session, review.id)
    assert [(m.move, (m.after or m.before).name) for m in moves] == [
        (Move.WON, "Won soon"),
        (Move.SLIPPED, "Slipping"),
        (Move.LOST, "Lost"),
        (Move.NEW, "New"),
    ]


def test_the_deals_kpi_is_forecast_too_each_deal_counting_one(session):
    session.record_actuals({(2, 1, date(2026, 11, 10)): Fraction(30)})  # 30 deals closed
    add(
        session,
        Deal(1, "Tanaka Shoji", 1, Fraction(2_000_000), NOV_25, "A"),
        Deal(2, "Sato Kogyo", 2, Fraction(2_000_000), NOV_25, "B"),
    )
    assert yomi.deal_count_kpi(session) == 2
    view = yomi.yomi_forecast(session, node_id=2)
    assert view.forecast.team.forecast == Fraction(30) + Fraction(9, 10) + Fraction(1, 2)
    assert view.target.value == 100
    assert view.gap.value == Fraction(-686, 10)
    assert [(s.name, s.more) for s in view.asks.steps] == [("Deals", 69), ("Prospects", 345)]
