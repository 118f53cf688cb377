"""The ヨミ list's landing forecast, flags, bands, the gap through the tree, and what moved."""

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.model import TEAM, Node, Plan, Relation, Rep, Split, Unit
from kpidesk.domain.periods import PeriodKind, period_of
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.yomi import (
    DEFAULT_RANKS,
    NO_AMOUNT,
    NO_DATE,
    NO_RANK,
    UNKNOWN_RANK,
    Deal,
    DealState,
    check_ranks,
    duplicates,
    landing_forecast,
    merged,
    read_rank,
)
from kpidesk.domain.yomi_gap import gap_asks
from kpidesk.domain.yomi_moves import Move, moves_since

NOVEMBER = period_of(PeriodKind.MONTH, date(2026, 11, 20))
DECEMBER = period_of(PeriodKind.MONTH, date(2026, 12, 1))
DAY = date(2026, 11, 25)


def deal(id, amount, rank="A", rep=1, day=DAY, **more):
    amount = None if amount is None else Fraction(amount)
    return Deal(id, f"Deal {id}", rep, amount, day, rank, **more)


def test_the_forecast_is_closed_so_far_plus_each_open_deal_weighted_by_its_rank():
    deals = [
        deal(1, 1_000_000, "A", rep=1),
        deal(2, 2_000_000, "B", rep=1),
        deal(3, 3_000_000, "C", rep=2),
        deal(4, 500_000, "", rep=2, probability=Fraction(7, 10)),
    ]
    closed = {1: Fraction(4_000_000), 2: Fraction(1_500_000)}
    forecast = landing_forecast(deals, DEFAULT_RANKS, NOVEMBER, closed)
    # rep 1: 4,000,000 + 0.9 × 1,000,000 + 0.5 × 2,000,000 = 5,900,000
    assert forecast.per_rep[1].forecast == 5_900_000
    # rep 2: 1,500,000 + 0.1 × 3,000,000 + 0.7 × 500,000 = 2,150,000
    assert forecast.per_rep[2].forecast == 2_150_000
    assert forecast.team.closed == 5_500_000
    assert forecast.team.weighted == 2_550_000
    assert forecast.team.forecast == 8_050_000
    assert forecast.gap(Fraction(10_000_000)) == -1_950_000
    assert forecast.flagged == ()


def test_the_bands_add_the_full_amounts_of_a_then_b_then_c_deals():
    deals = [
        deal(1, 1_000_000, "A"),
        deal(2, 2_000_000, "B"),
        deal(3, 3_000_000, "C"),
        deal(4, 500_000, "", probability=Fraction(6, 10)),  # reaches B, not A
    ]
    forecast = landing_forecast(deals, DEFAULT_RANKS, NOVEMBER, {TEAM: Fraction(100)})
    assert forecast.bands == (("A", 1_000_100), ("B", 3_500_100), ("C", 6_500_100))


def test_edited_rank_probabilities_change_the_weighting():
    ranks = check_ranks({"A": Fraction(8, 10), "B": Fraction(4, 10), "C": Fraction(0)})
    forecast = landing_forecast(
        [deal(1, 1_000_000, "A"), deal(2, 1_000_000, "B"), deal(3, 1_000_000, "C")],
        ranks,
        NOVEMBER,
        {},
    )
    assert forecast.team.forecast == 1_200_000


def test_deals_without_amount_rank_or_date_are_left_out_with_the_reason():
    deals = [
        deal(1, None, "A"),
        deal(2, 1_000_000, ""),
        deal(3, 1_000_000, "A", day=None),
        deal(4, 1_000_000, "S"),
        deal(5, 1_000_000, "A"),
    ]
    forecast = landing_forecast(deals, DEFAULT_RANKS, NOVEMBER, {})
    assert [(f.deal_id, f.reason) for f in forecast.flagged] == [
        (1, NO_AMOUNT),
        (2, NO_RANK),
        (3, NO_DATE),
        (4, UNKNOWN_RANK),
    ]
    assert forecast.team.forecast == 900_000


def test_a_deal_dated_in_another_period_counts_toward_its_own_period():
    deals = [deal(1, 1_000_000, "A"), deal(2, 2_000_000, "B", day=date(2026, 12, 3))]
    november = landing_forecast(deals, DEFAULT_RANKS, NOVEMBER, {})
    december = landing_forecast(deals, DEFAULT_RANKS, DECEMBER, {})
    assert november.team.forecast == 900_000
    assert december.team.forecast == 1_000_000


def test_won_and_lost_deals_are_out_of_the_weighted_part():
    deals = [
        deal(1, 1_000_000, "A", state=DealState.WON),
        deal(2, 2_000_000, "B", state=DealState.LOST),
        deal(3, 1_000_000, "B"),
    ]
    forecast = landing_forecast(deals, DEFAULT_RANKS, NOVEMBER, {1: Fraction(1_000_000)})
    assert forecast.team.forecast == 1_500_000


def test_a_count_kpi_counts_each_deal_as_one():
    deals = [deal(1, 1_000_000, "A"), deal(2, 5, "B"), deal(3, 7, "C")]
    forecast = landing_forecast(deals, DEFAULT_RANKS, NOVEMBER, {1: Fraction(10)}, counting=True)
    assert forecast.team.forecast == Fraction(10) + Fraction(9, 10) + Fraction(1, 2) + Fraction(
        1, 10
    )


@given(
    st.lists(
        st.tuples(
            st.integers(0, 10**9),
            st.sampled_from(["A", "B", "C"]),
            st.integers(1, 5),
            st.booleans(),
        ),
        max_size=20,
    ),
    st.integers(0, 10**9),
)
def test_the_team_is_the_sum_of_its_reps_and_the_forecast_lies_within_the_bands(rows, closed):
    deals = [
        deal(i, amount, rank, rep=rep, day=DAY if here else date(2027, 1, 5))
        for i, (amount, rank, rep, here) in enumerate(rows)
    ]
    forecast = landing_forecast(deals, DEFAULT_RANKS, NOVEMBER, {1: Fraction(closed)})
    assert forecast.team.forecast == sum(f.forecast for f in forecast.per_rep.values())
    assert forecast.team.closed == closed
    everything = forecast.bands[-1][1]
    assert closed <= forecast.team.forecast <= everything
    assert [b for _, b in forecast.bands] == sorted(b for _, b in forecast.bands)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A", ("A", None)),
        ("ｂ", ("B", None)),
        (" c ", ("C", None)),
        ("70%", ("", Fraction(7, 10))),
        ("35", ("", Fraction(7, 20))),
        ("", ("", None)),
    ],
)
def test_a_rank_or_a_probability_typed_in_the_rank_column(text, expected):
    assert read_rank(text, DEFAULT_RANKS) == expected


@pytest.mark.parametrize("text", ["Z", "150%", "-5%"])
def test_a_rank_that_is_neither_is_refused(text):
    with pytest.raises(ValidationError):
        read_rank(text, DEFAULT_RANKS)


def test_a_rank_probability_above_100_percent_is_refused():
    with pytest.raises(ValidationError) as refused:
        check_ranks({"A": Fraction(11, 10)})
    assert refused.value.code == "probability_out_of_range"


def test_duplicates_per_rep_are_found_and_merged_only_when_asked():
    deals = [
        Deal(1, "Tanaka Shoji", 1, Fraction(1_000_000), None, "B", note="call back"),
        Deal(2, "tanaka  shoji", 1, None, DAY, "A", note="visit"),
        Deal(3, "Tanaka Shoji", 2, Fraction(5), DAY, "C"),
    ]
    groups = duplicates(deals)
    assert [[d.id for d in g] for g in groups] == [[1, 2]]
    assert merged(groups[0]) == Deal(
        1, "Tanaka Shoji", 1, Fraction(1_000_000), DAY, "B", note="call back / visit"
    )


def demo_plan_with_reps(rounding="every_stage"):
    nodes = [
        Node(
            1, None, 0, "Revenue", Unit.CURRENCY, relation=Relation.PRODUCT, target=Fraction(10**7)
        ),
        Node(2, 1, 0, "Deals", Unit.COUNT, relation=Relation.PRODUCT, solve_for=True),
        Node(3, 1, 1, "Unit price", Unit.CURRENCY, target=Fraction(100_000)),
        Node(4, 2, 0, "Prospects", Unit.COUNT, solve_for=True, split=Split.EVEN),
        Node(5, 2, 1, "Close rate", Unit.PERCENT, target=Fraction(1, 5)),
    ]
    reps = [Rep(i, f"Rep {i}", i - 1) for i in range(1, 5)]
    return Plan("demo", {n.id: n for n in nodes}, reps)


def test_the_gap_goes_down_a_product_chain_to_deals_and_prospects_per_rep_and_day():
    asks = gap_asks(demo_plan_with_reps(), 1, Fraction(1_200_000), remaining_days=6)
    assert asks.problem is None
    assert [(s.name, s.more) for s in asks.steps] == [
        ("Revenue", 1_200_000),
        ("Deals", 12),
        ("Prospects", 60),
    ]
    assert asks.steps[1].given == ((3, "Unit price", 100_000),)
    assert asks.steps[2].given == ((5, "Close rate", Fraction(1, 5)),)
    assert asks.steps[2].per_rep == {1: 15, 2: 15, 3: 15, 4: 15}
    assert asks.steps[2].per_day == 10
    assert asks.steps[1].per_rep is None


def test_a_part_of_a_deal_rounds_up_at_every_stage():
    asks = gap_asks(demo_plan_with_reps(), 1, Fraction(1_150_000), remaining_days=6)
    assert [s.more for s in asks.steps] == [1_150_000, 12, 60]


def test_the_gap_through_a_sum_falls_on_the_term_solved_from_the_parent():
    nodes = [
        Node(1, None, 0, "Revenue", Unit.CURRENCY, relation=Relation.SUM, target=Fraction(900)),
        Node(2, 1, 0, "New business", Unit.CURRENCY, solve_for=True, split=Split.EVEN),
        Node(3, 1, 1, "Renewals", Unit.CURRENCY, target=Fraction(400)),
    ]
    plan = Plan("sum", {n.id: n for n in nodes}, [Rep(1, "A", 0), Rep(2, "B", 1), Rep(3, "C", 2)])
    asks = gap_asks(plan, 1, Fraction(300), remaining_days=4)
    assert [(s.name, s.more) for s in asks.steps] == [("Revenue", 300), ("New business", 300)]
    assert asks.steps[1].given == ((3, "Renewals", 400),)
    assert asks.steps[1].per_rep == {1: 100, 2: 100, 3: 100}
    assert asks.steps[1].per_day == 75


def test_nothing_is_asked_when_the_forecast_reaches_the_target():
    assert gap_asks(demo_plan_with_reps(), 1, Fraction(0), remaining_days=6).steps == ()
    assert gap_asks(demo_plan_with_reps(), 1, Fraction(-5), remaining_days=6).steps == ()


def test_a_sibling_without_a_target_stops_the_gap_with_its_name():
    plan = demo_plan_with_reps()
    plan.nodes[5] = plan.nodes[5].with_changes(target=None)
    asks = gap_asks(plan, 1, Fraction(1_200_000), remaining_days=6)
    assert [s.name for s in asks.steps] == ["Revenue", "Deals"]
    assert asks.problem.code == "missing_target"
    assert asks.problem.node == "Close rate"


@given(st.integers(1, 10**9))
def test_the_deals_asked_at_the_unit_price_always_cover_the_shortfall(shortfall):
    asks = gap_asks(demo_plan_with_reps(), 1, Fraction(shortfall), remaining_days=6)
    deals, prospects = asks.steps[1].more, asks.steps[2].more
    assert deals * 100_000 >= shortfall > (deals - 1) * 100_000
    assert prospects * Fraction(1, 5) >= deals
    assert sum(asks.steps[2].per_rep.values()) == prospects


def test_the_review_comparison_names_what_slipped_was_won_lost_or_is_new():
    before = [
        deal(1, 1_000_000, "A"),
        deal(2, 2_000_000, "B"),
        deal(3, 3_000_000, "C"),
        deal(4, 400_000, "B"),
        deal(5, 500_000, "A"),
        deal(6, 600_000, "C", day=date(2026, 11, 30)),
    ]
    after = [
        deal(1, 1_000_000, "A", state=DealState.WON),
        deal(2, 2_000_000, "B", day=date(2026, 12, 10)),
        deal(3, 3_000_000, "C", state=DealState.LOST),
        deal(4, 400_000, "A"),  # rank raised: not a move
        deal(6, 600_000, "C", day=date(2026, 11, 26)),
        deal(7, 700_000, "B"),
    ]
    moves = moves_since(before, after)
    assert [(m.move, (m.after or m.before).id) for m in moves] == [
        (Move.WON, 1),
        (Move.SLIPPED, 2),
        (Move.LOST, 3),
        (Move.PULLED_IN, 6),
        (Move.NEW, 7),
        (Move.DROPPED, 5),
    ]


def test_rank_totals_and_the_largest_open_deals_of_the_period():
    from kpidesk.domain.yomi import RankTotal, largest, rank_totals

    deals = [
        deal(1, 1_000_000, "A"),
        deal(2, 3_000_000, "A"),
        deal(3, 2_000_000, "B"),
        deal(4, 500_000, "", probability=Fraction(7, 10)),
        deal(5, 9_000_000, "A", day=date(2026, 12, 1)),  # December's
        deal(6, 8_000_000, "C", state=DealState.LOST),
        deal(7, None, "A"),
    ]
    assert rank_totals(deals, DEFAULT_RANKS, NOVEMBER) == [
        RankTotal("A", Fraction(9, 10), 2, Fraction(4_000_000), Fraction(3_600_000)),
        RankTotal("", Fraction(7, 10), 1, Fraction(500_000), Fraction(350_000)),
        RankTotal("B", Fraction(1, 2), 1, Fraction(2_000_000), Fraction(1_000_000)),
    ]
    assert [d.id for d in largest(deals, DEFAULT_RANKS, NOVEMBER, 3)] == [2, 3, 1]
