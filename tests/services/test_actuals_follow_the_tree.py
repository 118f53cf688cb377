"""With only counts and money from a CRM, every KPI of every template has an actual, and the
waterfall splits the KGI's gap: rates and prices are derived through the tree."""

from datetime import date
from fractions import Fraction

import pytest

from kpidesk.domain.attribution import waterfall_steps
from kpidesk.domain.model import TEAM, Unit
from kpidesk.domain.progress import Kind, kind_of
from kpidesk.services.attribution_service import gap_attribution
from kpidesk.services.plan_session import PlanSession
from kpidesk.services.progress_service import period_progress
from kpidesk.services.templates import TEMPLATES, load_template
from kpidesk.storage.plan_file import create_plan_file, open_plan_file
from kpidesk.storage.plan_store import PlanStore

DAY = date(2026, 11, 16)
AS_OF = date(2026, 11, 20)


def _session(tmp_path, plan):
    path = tmp_path / "plan.kpidesk"
    create_plan_file(path, plan)
    db = open_plan_file(path)
    session = PlanSession(PlanStore(db))
    session.set_period(date(2026, 11, 1))
    return db, session


def _crm_figures(session, share=Fraction(2, 5)):
    """What a CRM export holds: counts and money that adds up (revenue), never a rate or price."""
    plan = session.plan
    values = {}
    for node in plan.nodes.values():
        counted = node.unit is Unit.COUNT
        money = node.unit is Unit.CURRENCY and kind_of(plan, node.id) is Kind.FLOW
        if counted or money:
            planned = session.figures[node.id].projected.value
            values[(node.id, TEAM, DAY)] = Fraction(int(planned * share))
    return values


@pytest.mark.parametrize("key", TEMPLATES)
def test_every_kpi_has_an_actual_and_the_waterfall_draws(tmp_path, key):
    db, session = _session(tmp_path, load_template(key))
    try:
        imported = _crm_figures(session)
        session.record_actuals(imported)
        progress = period_progress(session, AS_OF)
        imported_ids = {node_id for node_id, _rep, _day in imported}
        for node_id, figures in progress.nodes.items():
            name = session.plan.nodes[node_id].name
            assert figures.actual.ok, name
            if node_id in imported_ids:
                assert figures.derived is None, name  # its own actual wins
        assert {session.plan.nodes[n].unit for n in progress.nodes if progress.nodes[n].derived}
        root = session.plan.root.id
        attribution = gap_attribution(session, root, progress)
        assert attribution.ok
        assert attribution.parts
        assert waterfall_steps(attribution.attribution)
    finally:
        db.close()


def test_field_sales_close_rate_and_unit_price_from_deals_prospects_and_revenue(tmp_path):
    db, session = _session(tmp_path, load_template("field_sales"))
    try:
        ids = {node.name: node.id for node in session.plan.nodes.values()}
        session.record_actuals(
            {
                (ids["売上"], TEAM, DAY): Fraction(3_600_000),
                (ids["成約件数"], TEAM, DAY): Fraction(40),
                (ids["見込み客数"], TEAM, DAY): Fraction(180),
            }
        )
        progress = period_progress(session, AS_OF)
        rate, price = progress.nodes[ids["成約率"]], progress.nodes[ids["顧客単価"]]
        assert rate.actual.value == Fraction(2, 9)  # 40 ÷ 180
        assert rate.derived.expression == "成約件数 ÷ 見込み客数"
        assert price.actual.value == 90_000  # 3,600,000 ÷ 40
        assert price.derived.expression == "売上 ÷ 成約件数"
        # 14 of 21 business days by the 20th: revenue due ¥6,666,666.67, deals due 66.67.
        attribution = gap_attribution(session, ids["売上"], progress)
        assert attribution.actual == 3_600_000
        assert attribution.other == 0  # the derived price makes revenue follow its drivers
        assert sum(p.amount for p in attribution.parts) == attribution.gap
        drill = gap_attribution(session, ids["成約件数"], progress)
        assert drill.ok and [p.name for p in drill.parts] == ["見込み客数", "成約率"]
    finally:
        db.close()


def test_each_rep_gets_their_own_derived_figures(tmp_path):
    db, session = _session(tmp_path, load_template("field_sales"))
    try:
        ids = {node.name: node.id for node in session.plan.nodes.values()}
        prospects = ids["見込み客数"]
        first, second = (rep.id for rep in session.plan.active_reps[:2])
        session.record_actuals(
            {
                (ids["成約件数"], first, DAY): Fraction(4),
                (ids["成約件数"], second, DAY): Fraction(6),
                (ids["成約率"], first, DAY): Fraction(1, 5),
                (prospects, second, DAY): Fraction(24),
            }
        )
        by_rep = period_progress(session, AS_OF).by_rep[prospects]
        assert by_rep[first].actual.value == 20  # 4 deals ÷ 20 %
        assert by_rep[first].derived.expression == "成約件数 ÷ 成約率"
        assert by_rep[second].actual.value == 24  # their own
        assert by_rep[second].derived is None
    finally:
        db.close()


@pytest.mark.parametrize("selected", ["売上", "成約件数", "見込み客数", "成約率", "顧客単価"])
def test_the_funnel_draws_wherever_its_stages_have_actuals(tmp_path, selected):
    from kpidesk.services.chart_data import funnel_chart

    db, session = _session(tmp_path, load_template("field_sales"))
    try:
        ids = {node.name: node.id for node in session.plan.nodes.values()}
        # Deals and revenue from the CRM, the close rate typed: prospects are derived.
        session.record_actuals(
            {
                (ids["売上"], TEAM, DAY): Fraction(3_600_000),
                (ids["成約件数"], TEAM, DAY): Fraction(40),
                (ids["成約率"], TEAM, DAY): Fraction(1, 4),
            }
        )
        funnel = funnel_chart(session, period_progress(session, AS_OF), ids[selected])
        if selected == "顧客単価":  # a price beside no count: it is in no funnel
            assert funnel.items == ()
        else:
            stages = [(s.name, s.value, s.rate_from_previous) for s in funnel.items]
            assert stages == [("見込み客数", 160, None), ("成約件数", 40, Fraction(1, 4))]
    finally:
        db.close()
