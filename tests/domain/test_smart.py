"""The SMART rules, each with passing and failing cases."""

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.model import Relation, Unit
from kpidesk.domain.smart import Criterion, Result, SmartFacts, assess, is_vague

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
FULL = SmartFacts(
    owner="佐藤",
    definition="新規の見込み客として登録した数",
    source="CRM",
    past_actuals=(Fraction(450), Fraction(480), Fraction(430)),
)


@pytest.fixture
def plan(demo):
    demo.period_start = date(2026, 12, 1)
    return demo


@pytest.mark.parametrize(
    ("name", "vague"),
    [
        ("売上アップ", True),
        ("スキル向上", True),
        ("Improve sales", True),
        ("ＫＰＩ改善", True),
        ("売上を10%アップ", False),
        ("見込み客数", False),
        ("Prospects", False),
        ("Increase deals to 100", False),
    ],
)
def test_vague_names(name, vague):
    assert is_vague(name) is vague


def test_a_well_kept_kpi_is_smart(plan):
    assessment = assess(plan, PROSPECTS, FULL, Fraction(470))
    assert assessment.smart
    assert assessment.checks[Criterion.ACHIEVABLE].reasons[0][0] == "within_record"


def test_specific_fails_on_a_vague_name_and_warns_without_owner_or_definition(plan):
    plan.nodes[PROSPECTS] = plan.nodes[PROSPECTS].with_changes(name="スキル向上")
    check = assess(plan, PROSPECTS, FULL, Fraction(470)).checks[Criterion.SPECIFIC]
    assert check.result is Result.FAIL
    assert check.reasons[0] == ("vague_name", {"name": "スキル向上"})
    plan.nodes[PROSPECTS] = plan.nodes[PROSPECTS].with_changes(name="見込み客数")
    check = assess(plan, PROSPECTS, SmartFacts(source="CRM"), Fraction(470)).checks[
        Criterion.SPECIFIC
    ]
    assert check.result is Result.WARNING
    assert [code for code, _ in check.reasons] == ["no_owner", "no_definition"]


def test_measurable_needs_a_number_a_unit_and_a_source(plan):
    check = assess(plan, PROSPECTS, FULL, None).checks[Criterion.MEASURABLE]
    assert check.result is Result.FAIL and check.reasons[0][0] == "no_number"
    plan.nodes[PROSPECTS] = plan.nodes[PROSPECTS].with_changes(unit=Unit.OTHER, unit_label="")
    facts = SmartFacts(owner="佐藤", definition="x")
    check = assess(plan, PROSPECTS, facts, Fraction(1)).checks[Criterion.MEASURABLE]
    assert check.result is Result.WARNING
    assert [code for code, _ in check.reasons] == ["no_unit", "no_source"]


def test_achievable_warns_far_above_the_best_on_record_with_the_figures(plan):
    check = assess(plan, PROSPECTS, FULL, Fraction(600)).checks[Criterion.ACHIEVABLE]
    assert check.result is Result.WARNING
    assert check.reasons[0] == (
        "far_above_best",
        {"required": Fraction(600), "best": Fraction(480), "average": Fraction(1360, 3)},
    )
    assert assess(plan, PROSPECTS, FULL, Fraction(500)).checks[Criterion.ACHIEVABLE].result is (
        Result.PASS
    )
    no_history = assess(plan, PROSPECTS, SmartFacts(), Fraction(500)).checks[Criterion.ACHIEVABLE]
    assert no_history.reasons[0][0] == "no_history"


def test_achievable_reads_lower_is_better_the_right_way_round(plan):
    plan.nodes[PROSPECTS] = plan.nodes[PROSPECTS].with_changes(lower_is_better=True)
    facts = SmartFacts(past_actuals=(Fraction(30), Fraction(25)))
    assert assess(plan, PROSPECTS, facts, Fraction(18)).checks[Criterion.ACHIEVABLE].result is (
        Result.WARNING
    )  # 18 days is far below the best of 25
    assert assess(plan, PROSPECTS, facts, Fraction(24)).checks[Criterion.ACHIEVABLE].result is (
        Result.PASS
    )


def test_related_means_used_by_every_relation_up_to_the_kgi(plan):
    assert assess(plan, PROSPECTS, FULL, Fraction(1)).checks[Criterion.RELATED].result is (
        Result.PASS
    )
    plan.nodes[DEALS] = plan.nodes[DEALS].with_changes(
        relation=Relation.FORMULA, formula="[Close rate] * 100"
    )
    check = assess(plan, PROSPECTS, FULL, Fraction(1)).checks[Criterion.RELATED]
    assert check.result is Result.FAIL
    assert check.reasons[0] == ("not_in_formula", {"parent": "Deals"})
    plan.nodes[DEALS] = plan.nodes[DEALS].with_changes(relation=Relation.WEIGHTED_SUM)
    plan.nodes[PROSPECTS] = plan.nodes[PROSPECTS].with_changes(weight=Fraction(0))
    assert assess(plan, PROSPECTS, FULL, Fraction(1)).checks[Criterion.RELATED].reasons[0][0] == (
        "weight_zero"
    )


def test_time_bound_needs_a_period(plan):
    assert assess(plan, PROSPECTS, FULL, Fraction(1)).checks[Criterion.TIME_BOUND].result is (
        Result.PASS
    )
    plan.period_start = None
    check = assess(plan, PROSPECTS, FULL, Fraction(1)).checks[Criterion.TIME_BOUND]
    assert check.result is Result.FAIL and check.reasons[0][0] == "no_period"


def test_a_warning_the_user_ticked_counts_as_met_but_a_failure_never_does(demo):
    from kpidesk.domain.smart import SmartRecord

    demo.period_start = date(2026, 11, 1)
    record = SmartRecord(owner="佐藤", definition="初回面談に合意した見込み客", source="CRM")
    unticked = assess(demo, 4, record.facts(), Fraction(500))
    assert unticked.checks[Criterion.ACHIEVABLE].result is Result.WARNING  # no record yet
    assert not unticked.smart
    ticked = replace(record, ticks=(("achievable", True),))
    assert assess(demo, 4, ticked.facts(), Fraction(500)).smart
    vague = demo.with_nodes({4: demo.nodes[4].with_changes(name="売上アップ")})
    everything = replace(record, ticks=tuple((c.value, True) for c in Criterion))
    assessed = assess(vague, 4, everything.facts(), Fraction(500))
    assert assessed.checks[Criterion.SPECIFIC].result is Result.FAIL
    assert not assessed.smart
