"""SMART records are stored, undoable, follow deletes, and the record of past periods counts."""

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.smart import Check, Criterion, Result
from kpidesk.services import smart_service
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.smart_service import (
    SmartCache,
    past_actuals,
    smart_cache,
    smart_of,
    smart_summary,
)
from kpidesk.storage.plan_file import open_plan_file
from kpidesk.storage.plan_store import PlanStore
from tests.conftest import plan_copy

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5
KPIS = (DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE)


@pytest.fixture
def session(demo_file):
    db = open_plan_file(demo_file)
    session = PlanSession(PlanStore(db))
    session.set_period(date(2026, 11, 1))
    yield session
    db.close()


def stored(path):
    db = open_plan_file(path)
    plan = PlanStore(db).load()
    db.close()
    return plan


def test_a_smart_record_is_saved_and_undone(session, demo_file):
    outcome = session.set_smart(
        PROSPECTS,
        owner="佐藤",
        source="CRM",
        ticks=(("specific", True),),
        notes=(("specific", "定義済み"),),
    )
    record = stored(demo_file).smart[PROSPECTS]
    assert (record.owner, record.source, record.ticks) == ("佐藤", "CRM", (("specific", True),))
    session.undo(outcome.change)
    assert PROSPECTS not in stored(demo_file).smart


def test_deleting_a_kpi_and_undoing_brings_its_smart_record_back(session, demo_file):
    session.set_smart(PROSPECTS, owner="佐藤")
    outcome = session.delete_subtree(DEALS)
    assert stored(demo_file).smart == {}
    session.undo(outcome.change)
    assert stored(demo_file).smart[PROSPECTS].owner == "佐藤"


def test_achievable_compares_with_the_closed_periods(session):
    session.record_actuals(
        {
            (PROSPECTS, 1, date(2026, 11, 10)): Fraction(200),
            (PROSPECTS, 2, date(2026, 11, 11)): Fraction(180),
        }
    )
    session.start_next_period("grow", Fraction(1, 2))  # December needs 750 prospects
    assert past_actuals(session, PROSPECTS) == (380,)
    check = smart_of(session, PROSPECTS).checks[Criterion.ACHIEVABLE]
    assert check.result is Result.WARNING
    assert check.reasons[0][1]["best"] == 380
    assert check.reasons[0][1]["required"] == 750


def test_the_summary_counts_smart_kpis(session):
    assert smart_summary(session) == (0, 4)
    for node_id in (DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE):
        session.set_smart(node_id, owner="佐藤", definition="定義", source="CRM")
    session.record_actuals(
        {
            (n, 0, date(2026, 11, 2)): Fraction(1, 10)
            for n in (DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE)
        }
    )
    session.start_next_period("same")
    done, total = smart_summary(session)
    assert total == 4 and done < 4  # targets far above a record of 0.1 are at risk


def counting_totals(session, monkeypatch) -> list:
    """Record every query for a period's sums ("frozen": every frozen period's kept totals),
    as the cache should rarely make one."""
    calls = []
    original, kept = session.actuals.totals, session.periods.frozen_totals_e4

    def totals(first, last):
        calls.append((first, last))
        return original(first, last)

    def frozen_totals():
        calls.append("frozen")
        return kept()

    monkeypatch.setattr(session.actuals, "totals", totals)
    monkeypatch.setattr(session.periods, "frozen_totals_e4", frozen_totals)
    return calls


def close_november(session):
    session.record_actuals({(PROSPECTS, 1, date(2026, 11, 10)): Fraction(400)})
    return session.start_next_period("same")


def test_the_cache_asks_once_per_closed_period_not_once_per_kpi(session, monkeypatch):
    close_november(session)
    calls = counting_totals(session, monkeypatch)
    cache = smart_cache(session)
    assert cache.summary() == (0, 4)
    assert cache.summary() == (0, 4)
    assert calls == ["frozen"]  # November's totals as kept when it closed


def test_without_a_closed_period_the_levels_ask_the_file_nothing(session, monkeypatch):
    # a new plan's first month: the close rate's and the unit price's past (one query each,
    # 650 of them on a 2,000-KPI plan's open) cannot exist yet
    asked = []
    monkeypatch.setattr(
        session.actuals, "latest_in_frozen_periods", lambda node_id: asked.append(node_id) or {}
    )
    assert smart_cache(session).summary() == (0, 4)
    assert asked == []
    close_november(session)
    smart_cache(session).summary()
    assert sorted(asked) == [UNIT_PRICE, CLOSE_RATE]


def test_a_smart_record_changes_the_cached_assessment(session):
    cache = smart_cache(session)
    assert cache.assessment(PROSPECTS).checks[Criterion.SPECIFIC].result is Result.WARNING
    outcome = session.set_smart(PROSPECTS, owner="佐藤", definition="新規の見込み客")
    assert cache.assessment(PROSPECTS).checks[Criterion.SPECIFIC].result is Result.PASS
    session.undo(outcome.change)
    assert cache.assessment(PROSPECTS).checks[Criterion.SPECIFIC].result is Result.WARNING


def test_a_new_requirement_changes_the_cached_achievable_figures(session):
    close_november(session)
    cache = smart_cache(session)
    before = dict(cache.assessment(PROSPECTS).checks[Criterion.ACHIEVABLE].reasons)
    assert before["far_above_best"]["required"] == 500
    session.set_target(REVENUE, Fraction(6_000_000))  # 60 deals need 300 prospects
    after = dict(cache.assessment(PROSPECTS).checks[Criterion.ACHIEVABLE].reasons)
    assert after["within_record"] == {
        "required": Fraction(300),
        "best": Fraction(400),
        "average": Fraction(400),
    }


def test_closing_and_reopening_a_period_refreshes_the_record(session):
    cache = smart_cache(session)
    assert cache.assessment(PROSPECTS).checks[Criterion.ACHIEVABLE].reasons == (("no_history", {}),)
    outcome = close_november(session)
    assert cache.assessment(PROSPECTS).checks[Criterion.ACHIEVABLE].reasons[0][1]["best"] == 400
    session.undo(outcome.change)
    assert cache.assessment(PROSPECTS).checks[Criterion.ACHIEVABLE].reasons == (("no_history", {}),)


def test_a_period_change_refreshes_time_bound(session):
    cache = smart_cache(session)
    assert cache.assessment(DEALS).checks[Criterion.TIME_BOUND].result is Result.PASS
    session.set_period(None)
    assert cache.assessment(DEALS).checks[Criterion.TIME_BOUND].result is Result.FAIL


def test_actuals_of_the_open_period_leave_the_cache_alone(session, monkeypatch):
    close_november(session)
    cache = smart_cache(session)
    first = cache.assessments()
    calls = counting_totals(session, monkeypatch)
    session.record_actuals({(PROSPECTS, 1, date(2026, 12, 2)): Fraction(900)})
    assert cache.assessments() == first
    assert calls == []
    assert cache.assessments()[PROSPECTS] is first[PROSPECTS]


def test_failing_lists_the_kpis_that_are_not_smart_in_tree_order(session):
    close_november(session)
    session.set_target(REVENUE, Fraction(6_000_000))
    assert smart_cache(session).failing() == [DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE]
    session.set_smart(PROSPECTS, owner="佐藤", definition="新規の見込み客", source="CRM")
    assert smart_cache(session).failing() == [DEALS, UNIT_PRICE, CLOSE_RATE]
    assert smart_summary(session) == (1, 4)


def test_the_cached_assessment_equals_a_fresh_one(session):
    close_november(session)
    session.set_smart(DEALS, owner="佐藤", source="SFA")
    cache = smart_cache(session)
    for node_id in (DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE):
        fresh = SmartCache(session).assessment(node_id)
        assert cache.assessment(node_id) == fresh
    assert past_actuals(session, PROSPECTS) == (Fraction(400),)


def counting_assess(monkeypatch) -> list:
    calls = []
    original = smart_service.assess

    def assess(plan, node_id, facts, required):
        calls.append(node_id)
        return original(plan, node_id, facts, required)

    monkeypatch.setattr(smart_service, "assess", assess)
    return calls


def test_after_an_edit_only_the_kpis_it_touches_are_assessed_again(session, monkeypatch):
    cache = smart_cache(session)
    cache.assessments()
    calls = counting_assess(monkeypatch)
    session.set_smart(CLOSE_RATE, owner="佐藤")
    assert cache.failing() == [DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE]
    assert calls == [CLOSE_RATE]
    calls.clear()
    session.set_formula(DEALS, "Prospects * 0.2")  # the formula leaves Close rate out
    check = cache.assessments()[CLOSE_RATE].checks[Criterion.RELATED]
    assert check == Check(Result.FAIL, (("not_in_formula", {"parent": "Deals"}),))
    assert sorted(calls) == [DEALS, PROSPECTS, CLOSE_RATE]  # Unit price is judged as before


EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("owner"), st.sampled_from(KPIS), st.sampled_from(["", "佐藤"])),
        st.tuples(st.just("definition"), st.sampled_from(KPIS), st.sampled_from(["", "定義"])),
        st.tuples(st.just("source"), st.sampled_from(KPIS), st.sampled_from(["", "CRM"])),
        st.tuples(st.just("target"), st.just(REVENUE), st.integers(1, 30)),
        st.tuples(
            st.just("rename"), st.sampled_from(KPIS), st.sampled_from(["売上アップ", "件数"])
        ),
        st.tuples(st.just("actual"), st.sampled_from(KPIS), st.integers(1, 900)),
        st.tuples(st.just("close"), st.none(), st.none()),
        st.tuples(st.just("no_period"), st.none(), st.none()),
        st.tuples(st.just("undo"), st.none(), st.none()),
    ),
    max_size=12,
)


@settings(max_examples=25, deadline=None)
@given(edits=EDITS)
def test_the_cache_always_equals_a_fresh_assessment(demo_template, tmp_path_factory, edits):
    path = plan_copy(demo_template, tmp_path_factory.mktemp("smart") / "p.kpidesk")
    db = open_plan_file(path)
    try:
        session = PlanSession(PlanStore(db))
        session.set_period(date(2026, 12, 1))  # not under way: a new target needs no reason
        cache = smart_cache(session)
        done = []
        for kind, node_id, value in edits:
            outcome = apply_edit(session, done, kind, node_id, value)
            if outcome is not None and outcome.change.edits:
                done.append(outcome)
            assert cache.assessments() == SmartCache(session).assessments()
    finally:
        db.close()


def apply_edit(session, done, kind, node_id, value):
    if kind in ("owner", "definition", "source"):
        return session.set_smart(node_id, **{kind: value})
    if kind == "target":
        return session.set_target(node_id, Fraction(value * 1_000_000))
    if kind == "rename":
        return session.rename_node(node_id, f"{value} {node_id}")
    if kind == "actual":
        day = session.current_period().first_day if session.current_period() else None
        amount = Fraction(value, 1000) if node_id == CLOSE_RATE else Fraction(value)
        return session.record_actuals({(node_id, 0, day): amount}) if day else None
    if kind == "close":
        return session.start_next_period("same") if session.current_period() else None
    if kind == "no_period":
        return session.set_period(None)
    if done:
        session.undo(done.pop().change)
    return None
