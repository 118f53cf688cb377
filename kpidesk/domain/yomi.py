"""The ヨミ list: deals expected to close, ranked, weighted into a landing forecast (着地見込み)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction

from kpidesk.domain.model import TEAM, Unit
from kpidesk.domain.numbers import parse_value
from kpidesk.domain.periods import Period
from kpidesk.domain.problems import ValidationError

DEFAULT_RANKS: dict[str, Fraction] = {
    "A": Fraction(9, 10),
    "B": Fraction(1, 2),
    "C": Fraction(1, 10),
}
"""The ranks a new plan starts with and their probabilities (A 90 %, B 50 %, C 10 %)."""

# Why a deal is left out of the forecast (Flag.reason).
NO_AMOUNT = "yomi_no_amount"
NO_RANK = "yomi_no_rank"
NO_DATE = "yomi_no_date"
UNKNOWN_RANK = "yomi_unknown_rank"
# ValidationError codes of input the ヨミ list refuses.
PROBABILITY_OUT_OF_RANGE = "probability_out_of_range"
RANK_NAME_EMPTY = "rank_name_empty"
NEGATIVE_AMOUNT = "negative_value"

_FULL_WIDTH = str.maketrans("ＡＢＣＤＥＦＳａｂｃｄｅｆｓ", "ABCDEFSabcdefs")


class DealState(StrEnum):
    """Whether a deal is still expected, or has been won or lost."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"


@dataclass(frozen=True)
class Deal:
    """One line of the ヨミ list. `probability`, when given, was typed instead of a rank."""

    id: int
    name: str
    rep_id: int = TEAM
    amount: Fraction | None = None
    close_date: date | None = None
    rank: str = ""
    probability: Fraction | None = None
    note: str = ""
    state: DealState = DealState.OPEN


@dataclass(frozen=True)
class Flag:
    """A deal left out of the forecast, and why (a reason code above)."""

    deal_id: int
    name: str
    reason: str


def check_ranks(ranks: Mapping[str, Fraction]) -> dict[str, Fraction]:
    """The plan's ranks, checked: each has a name and a probability from 0 % to 100 %."""
    checked = {}
    for name, probability in ranks.items():
        if not name.strip():
            raise ValidationError(RANK_NAME_EMPTY)
        checked[name.strip()] = check_probability(Fraction(probability))
    return checked


def check_probability(probability: Fraction) -> Fraction:
    if not 0 <= probability <= 1:
        raise ValidationError(PROBABILITY_OUT_OF_RANGE, value=probability)
    return probability


def read_rank(text: str, ranks: Mapping[str, Fraction]) -> tuple[str, Fraction | None]:
    """What was typed in the rank column: a rank's name ("A", "ｂ") or a probability ("70 %",
    "70"), as (rank, probability). Raises ValidationError for anything else."""
    written = text.strip().translate(_FULL_WIDTH)
    if not written:
        return "", None
    by_upper = {name.upper(): name for name in ranks}
    if written.upper() in by_upper:
        return by_upper[written.upper()], None
    try:
        probability = parse_value(written, Unit.PERCENT)
    except ValidationError:
        raise ValidationError(UNKNOWN_RANK, text=text) from None
    return "", check_probability(probability)


def probability_of(deal: Deal, ranks: Mapping[str, Fraction]) -> Fraction | None:
    """The deal's chance of closing: the probability typed, else its rank's."""
    if deal.probability is not None:
        return deal.probability
    return ranks.get(deal.rank)


def flag_of(deal: Deal, ranks: Mapping[str, Fraction]) -> Flag | None:
    """Why an open deal cannot be weighted, or None when it can."""
    reason = None
    if deal.amount is None:
        reason = NO_AMOUNT
    elif deal.close_date is None:
        reason = NO_DATE
    elif deal.probability is None and not deal.rank:
        reason = NO_RANK
    elif probability_of(deal, ranks) is None:
        reason = UNKNOWN_RANK
    return Flag(deal.id, deal.name, reason) if reason else None


def in_period(deals: Iterable[Deal], period: Period) -> list[Deal]:
    """The deals expected to close in `period`: a deal dated in another period counts there."""
    return [d for d in deals if d.close_date is not None and period.contains(d.close_date)]


@dataclass(frozen=True)
class RepForecast:
    """One rep's (or the team's) landing forecast from the ヨミ."""

    closed: Fraction
    weighted: Fraction
    open_amount: Fraction

    @property
    def forecast(self) -> Fraction:
        """Closed so far + Σ probability × amount of the open deals expected this period."""
        return self.closed + self.weighted


@dataclass(frozen=True)
class YomiForecast:
    """The landing forecast of the period: team, per rep, the bands, and the deals left out."""

    team: RepForecast
    per_rep: dict[int, RepForecast]
    bands: tuple[tuple[str, Fraction], ...]  # (rank, closed + full amounts down to that rank)
    flagged: tuple[Flag, ...] = field(default_factory=tuple)

    def gap(self, target: Fraction) -> Fraction:
        """Forecast − target: negative when the ヨミ lands short."""
        return self.team.forecast - target


def landing_forecast(
    deals: Sequence[Deal],
    ranks: Mapping[str, Fraction],
    period: Period,
    closed_by_rep: Mapping[int, Fraction],
    counting: bool = False,
) -> YomiForecast:
    """Closed so far + Σ p × amount of the open deals expected in `period`, per rep and team.

    `closed_by_rep` is the actual so far by rep (TEAM for figures entered for the team); with
    `counting` the forecast counts deals (each deal is 1) instead of adding their amounts.
    Deals without an amount, a rank or a date are left out and flagged with the reason; a deal
    dated in another period is not this period's (it counts toward its own).
    """
    flagged: list[Flag] = []
    weighted: dict[int, Fraction] = {}
    open_amount: dict[int, Fraction] = {}
    counted: list[tuple[Fraction, Fraction]] = []
    for deal in deals:
        if deal.state is not DealState.OPEN:
            continue
        flag = flag_of(deal, ranks)
        if flag is not None:
            flagged.append(flag)
            continue
        if not period.contains(deal.close_date):
            continue
        size = Fraction(1) if counting else deal.amount
        probability = probability_of(deal, ranks)
        weighted[deal.rep_id] = weighted.get(deal.rep_id, Fraction(0)) + probability * size
        open_amount[deal.rep_id] = open_amount.get(deal.rep_id, Fraction(0)) + size
        counted.append((probability, size))
    rep_ids = sorted(set(closed_by_rep) | set(weighted))
    zero = Fraction(0)
    per_rep = {
        rep: RepForecast(
            Fraction(closed_by_rep.get(rep, zero)),
            weighted.get(rep, zero),
            open_amount.get(rep, zero),
        )
        for rep in rep_ids
    }
    team = RepForecast(
        sum((f.closed for f in per_rep.values()), zero),
        sum((f.weighted for f in per_rep.values()), zero),
        sum((f.open_amount for f in per_rep.values()), zero),
    )
    return YomiForecast(team, per_rep, _bands(ranks, team.closed, counted), tuple(flagged))


def _bands(
    ranks: Mapping[str, Fraction], closed: Fraction, counted: list[tuple[Fraction, Fraction]]
) -> tuple[tuple[str, Fraction], ...]:
    """Where the period lands if every deal down to each rank closes in full (A only, A+B, …):
    a deal whose probability was typed joins the band of the first rank it reaches."""
    bands = []
    for name, floor in sorted(ranks.items(), key=lambda item: -item[1]):
        bands.append((name, closed + sum((s for p, s in counted if p >= floor), Fraction(0))))
    return tuple(bands)


def duplicates(deals: Iterable[Deal]) -> list[list[Deal]]:
    """Groups of deals with the same name (ignoring case and spaces) for the same rep."""
    groups: dict[tuple[int, str], list[Deal]] = {}
    for deal in deals:
        key = (deal.rep_id, "".join(deal.name.split()).casefold())
        groups.setdefault(key, []).append(deal)
    return [group for group in groups.values() if len(group) > 1]


def merged(group: Sequence[Deal]) -> Deal:
    """One deal from a group of duplicates: the first line, its gaps filled from the others in
    order, the notes joined."""
    first = group[0]
    values = {}
    for name in ("amount", "close_date", "probability"):
        values[name] = next((getattr(d, name) for d in group if getattr(d, name) is not None), None)
    values["rank"] = next((d.rank for d in group if d.rank), "")
    notes = [d.note for d in group if d.note]
    values["note"] = " / ".join(dict.fromkeys(notes))
    return Deal(first.id, first.name, first.rep_id, state=first.state, **values)


def counted(deals: Iterable[Deal], ranks: Mapping[str, Fraction], period: Period) -> list[Deal]:
    """The open deals the forecast of `period` weighs (flagged ones and other periods' out)."""
    return [
        deal
        for deal in deals
        if deal.state is DealState.OPEN
        and flag_of(deal, ranks) is None
        and period.contains(deal.close_date)
    ]


@dataclass(frozen=True)
class RankTotal:
    """The open deals of one rank (or one typed probability): how many, how much, weighted."""

    rank: str  # "" for deals whose probability was typed
    probability: Fraction
    deals: int
    amount: Fraction
    weighted: Fraction


def rank_totals(
    deals: Iterable[Deal], ranks: Mapping[str, Fraction], period: Period
) -> list[RankTotal]:
    """The period's open deals by rank, most likely first; typed probabilities each a line."""
    groups: dict[tuple[str, Fraction], list[Deal]] = {}
    for deal in counted(deals, ranks, period):
        key = (deal.rank if deal.probability is None else "", probability_of(deal, ranks))
        groups.setdefault(key, []).append(deal)
    totals = [
        RankTotal(
            rank,
            p,
            len(group),
            sum((d.amount for d in group), Fraction(0)),
            sum((p * d.amount for d in group), Fraction(0)),
        )
        for (rank, p), group in groups.items()
    ]
    return sorted(totals, key=lambda t: (-t.probability, t.rank == ""))


def largest(
    deals: Iterable[Deal], ranks: Mapping[str, Fraction], period: Period, count: int = 10
) -> list[Deal]:
    """The `count` largest open deals of the period, largest first."""
    return sorted(counted(deals, ranks, period), key=lambda d: (-d.amount, d.id))[:count]
