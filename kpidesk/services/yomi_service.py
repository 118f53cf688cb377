"""The ヨミ list of the open plan: each edit one undo step, the forecast, and reviews' copies."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING

from kpidesk.domain.accumulation import accumulates
from kpidesk.domain.model import TEAM, Unit
from kpidesk.domain.numbers import check_magnitude
from kpidesk.domain.problems import Figure, ValidationError
from kpidesk.domain.yomi import (
    DEFAULT_RANKS,
    NO_AMOUNT,
    Deal,
    DealState,
    YomiForecast,
    check_probability,
    check_ranks,
    landing_forecast,
    merged,
    rank_totals,
)
from kpidesk.domain.yomi_gap import GapAsk, gap_asks
from kpidesk.domain.yomi_moves import DealMove, moves_since
from kpidesk.services import actual_sources
from kpidesk.services.changes import ActualsEdit, Edit, YomiEdit
from kpidesk.storage.yomi_store import DEAL, RANK, SEEN, TIE, YomiStore

if TYPE_CHECKING:
    from kpidesk.services.plan_session import PlanSession

MAX_DEAL_NAME = 200
MAX_NOTE = 2000


def _store(session: PlanSession) -> YomiStore:
    return YomiStore(session.store.db)


def ranks_of(session: PlanSession) -> dict[str, Fraction]:
    """The plan's ranks and their probabilities (A 90 %, B 50 %, C 10 % until edited)."""
    own = _store(session).ranks()
    return {name: p for name, (_, p) in own.items()} if own else dict(DEFAULT_RANKS)


def deals_of(session: PlanSession) -> list[Deal]:
    return _store(session).deals()


def next_deal_id(session: PlanSession) -> int:
    return _store(session).next_deal_id()


# -- edits (each list is one action: session.change_yomi(builder, ...)) ---------------------


def put_deals(session: PlanSession, deals: Sequence[Deal]) -> list[Edit]:
    """Add or change deals (a deal's id says which); unchanged ones are left out."""
    current = {deal.id: deal for deal in deals_of(session)}
    before, after = {}, {}
    for deal in deals:
        deal = _checked(session, deal)
        if current.get(deal.id) == deal:
            continue
        if deal.id in current:
            before[(DEAL, deal.id)] = current[deal.id]
        after[(DEAL, deal.id)] = deal
    return [YomiEdit(before, after)] if after else []


def remove_deals(session: PlanSession, deal_ids: Iterable[int]) -> list[Edit]:
    current = {deal.id: deal for deal in deals_of(session)}
    before = {(DEAL, i): current[i] for i in deal_ids if i in current}
    return [YomiEdit(before, {})] if before else []


def set_ranks(session: PlanSession, ranks: Mapping[str, Fraction]) -> list[Edit]:
    """The plan's ranks and probabilities, replaced as a whole."""
    checked = check_ranks(ranks)
    if not checked:
        raise ValidationError("yomi_no_ranks")
    own = _store(session).ranks()
    before = {(RANK, name): value for name, value in own.items()}
    after = {(RANK, name): (i, p) for i, (name, p) in enumerate(checked.items())}
    return [] if before == after else [YomiEdit(before, after)]


def close_deal(
    session: PlanSession, deal_id: int, state: DealState, day: date | None = None
) -> list[Edit]:
    """A deal won (its amount added to the KGI's actual on `day`, today by default) or lost
    (out of the forecast), or opened again; in one step with the actual it moves."""
    deal = _deal(session, deal_id)
    if deal.state is state:
        return []
    edits: list[Edit] = [
        YomiEdit({(DEAL, deal.id): deal}, {(DEAL, deal.id): replace(deal, state=state)})
    ]
    if DealState.WON in (deal.state, state):
        if deal.amount is None:
            raise ValidationError(NO_AMOUNT, name=deal.name)
        edits.extend(_moved_to_actuals(session, deal, state is DealState.WON, day))
    return edits


def merge_deals(session: PlanSession, deal_ids: Sequence[int]) -> list[Edit]:
    """Duplicates the user chose to merge: one deal from them (the first keeps its id)."""
    group = [_deal(session, i) for i in deal_ids]
    if len(group) < 2:
        return []
    one = merged(group)
    before = {(DEAL, d.id): d for d in group}
    return [YomiEdit(before, {(DEAL, one.id): one})]


def tie_choices(session: PlanSession) -> list[int]:
    """The KPIs the list can forecast: the KGI, then each money or count KPI that adds up
    (not a price or a rate), in tree order."""
    plan = session.plan
    if plan.root is None:
        return []
    return [
        node_id
        for node_id in plan.subtree_ids(plan.root.id)
        if node_id == plan.root.id
        or (plan.nodes[node_id].unit in (Unit.CURRENCY, Unit.COUNT) and accumulates(plan, node_id))
    ]


def tied_kpi(session: PlanSession) -> int | None:
    """The KPI the list forecasts: the one chosen while it can still be, else the KGI."""
    chosen = _store(session).tied_node()
    choices = tie_choices(session)
    if chosen in choices:
        return chosen
    return choices[0] if choices else None


def tie_to(session: PlanSession, node_id: int) -> list[Edit]:
    """Tie the list to the KPI `node_id` (one of tie_choices), as one undo step."""
    if node_id not in tie_choices(session):
        raise ValidationError("yomi_cannot_tie", node=node_id)
    now = _store(session).tied_node()
    wanted = None if node_id == session.plan.root.id else node_id
    if now == wanted:
        return []
    return [YomiEdit({(TIE,): now} if now is not None else {}, {(TIE,): wanted} if wanted else {})]


def seen_by_review(session: PlanSession, review_id: int) -> list[Edit]:
    """The ヨミ as of a new review's day, kept with it (see moves_since_review)."""
    after = {(SEEN, review_id, d.id): d for d in deals_of(session)}
    return [YomiEdit({}, after)] if after else []


def _deal(session: PlanSession, deal_id: int) -> Deal:
    for deal in deals_of(session):
        if deal.id == deal_id:
            return deal
    raise ValidationError("no_such_deal", deal=deal_id)


def _checked(session: PlanSession, deal: Deal) -> Deal:
    name = deal.name.strip()
    if not name:
        raise ValidationError("yomi_name_empty")
    if len(name) > MAX_DEAL_NAME:
        raise ValidationError("name_too_long", limit=MAX_DEAL_NAME)
    if len(deal.note) > MAX_NOTE:
        raise ValidationError("name_too_long", limit=MAX_NOTE)
    if deal.rep_id != TEAM:
        session._rep(deal.rep_id)
    if deal.amount is not None:
        if deal.amount < 0:
            raise ValidationError("negative_value")
        check_magnitude(deal.amount)
    if deal.probability is not None:
        check_probability(deal.probability)
    return replace(deal, name=name, note=deal.note.strip())


def _moved_to_actuals(session: PlanSession, deal: Deal, won: bool, day: date | None) -> list[Edit]:
    root = session.plan.root
    if root is None:
        return []
    day = day or session.today()
    if session.is_frozen(day):
        raise ValidationError("period_frozen", day=day)
    key = (root.id, deal.rep_id, day)
    before = session.actuals.get([key])
    value = before.get(key, Fraction(0)) + (deal.amount if won else -deal.amount)
    after = {key: value} if value else {}
    sources = actual_sources.source_edit(
        session.store.db, {key: value or None}, actual_sources.MANAGER
    )
    return [ActualsEdit(before, after), sources]


# -- the forecast -------------------------------------------------------------------------


@dataclass(frozen=True)
class YomiView:
    """The ヨミ forecast of the KGI beside the run-rate and the target, and what the gap asks."""

    node_id: int
    forecast: YomiForecast
    target: Figure
    run_rate: Figure
    remaining_days: int
    asks: GapAsk
    closed_known: bool = True  # False: no actual entered and none derived (closed is not 0)
    by_rank: tuple[tuple[str, Fraction, Fraction], ...] = ()  # (rank or "" for a typed
    # probability, the probability, the weighted deals)

    @property
    def gap(self) -> Figure:
        """ヨミ forecast − target (negative: short)."""
        if not self.target.ok:
            return self.target
        return Figure.of(self.forecast.gap(self.target.value))


def yomi_forecast(
    session: PlanSession, today: date | None = None, node_id: int | None = None
) -> YomiView | None:
    """The landing forecast of the current period from the ヨミ as of `today` (the session's
    day by default), for the KPI `node_id` (by default the one the list is tied to: the KGI
    unless another money or count KPI was chosen; a count KPI counts each deal as one); None
    without a period or KGI. When the KPI has no actual entered and none can be derived,
    `closed_known` is False: the forecast holds only the weighted deals."""
    from kpidesk.services.progress_service import period_progress

    period = session.current_period()
    root = session.plan.root
    progress = period_progress(session, today)
    if period is None or root is None or progress is None:
        return None
    node = session.plan.nodes[tied_kpi(session) if node_id is None else node_id]
    entered = {
        rep: value
        for (kpi, rep), value in session.actuals.totals(period.first_day, progress.as_of).items()
        if kpi == node.id and value
    }
    closed = dict(entered)
    team_actual = progress.nodes[node.id].actual
    if team_actual.ok and team_actual.value != sum(entered.values(), Fraction(0)):
        closed[TEAM] = closed.get(TEAM, Fraction(0)) + team_actual.value - sum(entered.values())
    counting = node.unit is Unit.COUNT
    forecast = landing_forecast(deals_of(session), ranks_of(session), period, closed, counting)
    figures = progress.nodes[node.id].progress
    remaining = figures.remaining_days.value or 0
    target = session.figures[node.id].required
    shortfall = target.value - forecast.team.forecast if target.ok else Fraction(0)
    required = target.value if target.ok else None
    asks = gap_asks(session.plan, node.id, shortfall, int(remaining), required)
    known = bool(entered) or team_actual.ok
    by_rank = tuple(
        (t.rank, t.probability, t.probability * t.deals if counting else t.weighted)
        for t in rank_totals(deals_of(session), ranks_of(session), period)
    )
    run_rate = figures.forecast
    return YomiView(node.id, forecast, target, run_rate, int(remaining), asks, known, by_rank)


def deal_count_kpi(session: PlanSession) -> int | None:
    """The count KPI the ヨミ also forecasts: the KGI's child solved from it when that counts
    deals (Deals in revenue = deals × unit price); None when the tree has none."""
    root = session.plan.root
    if root is None:
        return None
    solved = next((c for c in session.plan.children_of(root.id) if c.solve_for), None)
    return solved.id if solved is not None and solved.unit is Unit.COUNT else None


def yomi_bands(session: PlanSession, progress, node_id: int, rep_id: int | None) -> tuple:
    """The ヨミ bands of the KPI the list is tied to (the KGI by default) for its cumulative
    chart, the team's or rep `rep_id`'s (their own deals on their own actual): (rank, where
    the period lands if every deal down to that rank closes); none for another KPI or an
    empty list."""
    root = session.plan.root
    if root is None or node_id != tied_kpi(session):
        return ()
    counting = session.plan.nodes[node_id].unit is Unit.COUNT
    deals = deals_of(session)
    if rep_id is None:
        closed = progress.nodes[node_id].actual
    else:  # what the rep entered so far
        deals = [deal for deal in deals if deal.rep_id == rep_id]
        totals = session.actuals.totals(progress.period.first_day, progress.as_of)
        closed = Figure.of(totals.get((node_id, rep_id), Fraction(0)))
    if not deals or not closed.ok:
        return ()
    owner = TEAM if rep_id is None else rep_id
    ranks, period = ranks_of(session), progress.period
    return landing_forecast(deals, ranks, period, {owner: closed.value}, counting).bands


def moves_since_review(session: PlanSession, review_id: int) -> list[DealMove]:
    """What moved in the ヨミ since review `review_id` (slipped, won, lost, new, …)."""
    return moves_since(_store(session).seen(review_id), deals_of(session))


def moves_at_review(session: PlanSession, review_id: int) -> tuple[int | None, list[DealMove]]:
    """What moved in the ヨミ from the review held before `review_id` to it, each as kept on
    its day: (that earlier review's id, the moves); (None, []) for the first review."""
    reviews = sorted(session.reviews, key=lambda r: (r.held_on, r.id))
    position = next(i for i, r in enumerate(reviews) if r.id == review_id)
    if position == 0:
        return None, []
    earlier = reviews[position - 1].id
    store = _store(session)
    return earlier, moves_since(store.seen(earlier), store.seen(review_id))
