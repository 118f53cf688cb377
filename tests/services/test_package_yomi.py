"""Rep packages carry the rep's own ヨミ both ways: sent with their deals only, and collecting
brings back what they added, changed and removed, with the actuals, as one undo step."""

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.yomi import Deal, DealState
from kpidesk.services import yomi_service as yomi
from kpidesk.services.package_files import OpenPackage
from kpidesk.services.plan_files import open_plan
from kpidesk.services.rep_collect import KEEP_MINE
from kpidesk.services.team_packages import send_packages
from tests.services.team_fixtures import (
    PROSPECTS,
    preview,
    rep_enters,
    with_deals,
)

NOV2 = date(2026, 11, 2)


@pytest.fixture
def plan_path(november_file):
    demo_file = november_file
    with_deals(
        demo_file,
        [
            Deal(1, "Tanaka Shoji", 1, Fraction(2_000_000), date(2026, 11, 25), "A"),
            Deal(2, "Sato Kogyo", 2, Fraction(1_000_000), date(2026, 11, 26), "B"),
            Deal(3, "Kato Denki", 1, Fraction(500_000), date(2026, 11, 27), "C"),
            Deal(4, "Team deal", 0, Fraction(300_000), date(2026, 11, 28), "B"),
        ],
    )
    return demo_file


def names(deals):
    return [(d.name, d.rep_id, d.amount, d.rank, d.state) for d in deals]


def test_the_package_holds_the_reps_own_deals_and_the_plans_ranks(plan_path, tmp_path):
    plan_file = open_plan(plan_path)
    try:
        yomi_ranks = {"A": Fraction(8, 10), "B": Fraction(4, 10), "C": Fraction(1, 10)}
        plan_file.session.change_yomi(yomi.set_ranks, yomi_ranks)
        [path] = send_packages(plan_file.session, tmp_path, rep_name="Rep 1")
    finally:
        plan_file.close()
    opened = OpenPackage(path, read_only=True)
    try:
        assert names(yomi.deals_of(opened.session)) == [
            ("Tanaka Shoji", 1, 2_000_000, "A", DealState.OPEN),
            ("Kato Denki", 1, 500_000, "C", DealState.OPEN),
        ]
        assert yomi.ranks_of(opened.session) == yomi_ranks
    finally:
        opened.close()


def test_collecting_brings_back_added_changed_and_removed_deals_in_one_undo_step(
    plan_path, tmp_path
):
    plan_file = open_plan(plan_path)
    try:
        [path] = send_packages(plan_file.session, tmp_path, rep_name="Rep 1")
    finally:
        plan_file.close()
    opened = OpenPackage(path)
    try:  # the rep: Tanaka goes to rank B, Kato is dropped, a new deal typed without a rep
        session = opened.session
        tanaka, kato = yomi.deals_of(session)
        session.change_yomi(yomi.put_deals, [replace(tanaka, rank="B")])
        session.change_yomi(yomi.remove_deals, [kato.id])
        new = Deal(yomi.next_deal_id(session), "Suzuki Shokai", 0, Fraction(700_000), NOV2, "A")
        session.change_yomi(yomi.put_deals, [new])
    finally:
        opened.close()
    rep_enters(path, {(PROSPECTS, NOV2): Fraction(4)})
    plan_file = open_plan(plan_path)
    try:
        session = plan_file.session
        [rep] = preview(session, [tmp_path])
        assert rep.deals.counts() == (1, 1, 1)  # added, changed, removed
        assert [(was.rank, now.rank) for was, now in rep.deals.changed] == [("A", "B")]
        assert [d.name for d in rep.deals.removed] == ["Kato Denki"]
        before = yomi.deals_of(session)
        outcome = session.collect_packages([rep], {}, KEEP_MINE)
        assert [(d.id, *names([d])[0]) for d in yomi.deals_of(session)] == [
            (1, "Tanaka Shoji", 1, 2_000_000, "B", DealState.OPEN),
            (2, "Sato Kogyo", 2, 1_000_000, "B", DealState.OPEN),
            (4, "Team deal", 0, 300_000, "B", DealState.OPEN),
            (5, "Suzuki Shokai", 1, 700_000, "A", DealState.OPEN),  # a new id in the plan
        ]
        assert session.actuals.daily(PROSPECTS, NOV2, NOV2, rep_id=1) == {NOV2: 4}
        session.undo(outcome.change)
        assert yomi.deals_of(session) == before
        assert session.actuals.daily(PROSPECTS, NOV2, NOV2, rep_id=1) == {NOV2: 3}
        [again] = preview(session, [tmp_path])
        session.collect_packages([again], {}, KEEP_MINE)
        [after] = preview(session, [tmp_path])
        assert after.deals.counts() == (0, 0, 0)  # collected twice: nothing more to do
    finally:
        plan_file.close()


def test_a_package_left_as_sent_changes_no_deal(plan_path, tmp_path):
    plan_file = open_plan(plan_path)
    try:
        send_packages(plan_file.session, tmp_path, rep_name="Rep 2")
        session = plan_file.session
        [rep] = preview(session, [tmp_path])
        assert not rep.deals
        assert rep.deals.counts() == (0, 0, 0)
    finally:
        plan_file.close()
