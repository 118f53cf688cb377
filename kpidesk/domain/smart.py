"""The app's own SMART assessment of a KPI: each criterion passes, warns or fails, with a reason.

The reasons are codes with figures; the UI turns them into sentences in the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from kpidesk.domain import formula as formulas
from kpidesk.domain.model import Plan, Relation
from kpidesk.domain.problems import ValidationError

# Vague aims that name no number: the words managers write before they make a KPI SMART.
VAGUE_PHRASES = (
    "売上アップ",
    "売上向上",
    "売上拡大",
    "スキル向上",
    "スキルアップ",
    "意識改革",
    "意識向上",
    "顧客満足度向上",
    "効率化",
    "生産性向上",
    "頑張る",
    "強化",
    "徹底",
    "改善",
    "向上",
    "アップ",
    "improve",
    "increase",
    "boost",
    "grow",
    "better",
    "more",
    "enhance",
    "strengthen",
    "maximize",
    "maximise",
    "optimize",
    "optimise",
)
FAR_ABOVE_BEST = Fraction(12, 10)  # a required pace 20 % above the best on record is at risk


class Criterion(StrEnum):
    SPECIFIC = "specific"
    MEASURABLE = "measurable"
    ACHIEVABLE = "achievable"
    RELATED = "related"
    TIME_BOUND = "time_bound"


class Result(StrEnum):
    PASS = "pass"
    WARNING = "warning"
    FAIL = "fail"


@dataclass(frozen=True)
class Check:
    """One criterion's result; `reasons` are codes with their figures, in order."""

    result: Result
    reasons: tuple[tuple[str, dict], ...] = ()


@dataclass(frozen=True)
class PastRecord:
    """A KPI's closed periods as Achievable reads them: the highest and the lowest period's
    actual, their average, and how many periods there were."""

    highest: Fraction
    lowest: Fraction
    average: Fraction
    periods: int

    @classmethod
    def of(cls, values: Iterable[Fraction | None]) -> PastRecord | None:
        """The record of these per-period actuals (None ones left out); None when empty."""
        history = [value for value in values if value is not None]
        if not history:
            return None
        average = sum(history, Fraction(0)) / len(history)
        return cls(max(history), min(history), average, len(history))


@dataclass(frozen=True)
class SmartFacts:
    """What the plan knows about a KPI beyond the tree: who owns it, what it means, and where
    its numbers come from; plus its record of past periods (per-period actuals)."""

    owner: str = ""
    definition: str = ""
    source: str = ""
    past_actuals: tuple[Fraction, ...] = ()
    confirmed: frozenset[str] = frozenset()  # criteria the user ticked after checking them
    record: PastRecord | None = None  # the past periods summed up; else read from past_actuals


@dataclass(frozen=True)
class SmartRecord:
    """What the user wrote about a KPI: owner, definition, data source, and per criterion
    their own tick and note (as sorted (criterion, value) pairs, so the record is hashable)."""

    owner: str = ""
    definition: str = ""
    source: str = ""
    ticks: tuple[tuple[str, bool], ...] = ()
    notes: tuple[tuple[str, str], ...] = ()

    def facts(
        self, past_actuals: tuple[Fraction, ...] = (), record: PastRecord | None = None
    ) -> SmartFacts:
        confirmed = frozenset(criterion for criterion, ticked in self.ticks if ticked)
        return SmartFacts(self.owner, self.definition, self.source, past_actuals, confirmed, record)


@dataclass(frozen=True)
class Assessment:
    """The five checks; a warning the user ticked (checked it and found it sound, such as a
    stretch target with no record yet) counts as met, a failure never does."""

    checks: dict[Criterion, Check] = field(default_factory=dict)
    confirmed: frozenset[str] = frozenset()

    def met(self, criterion: Criterion) -> bool:
        result = self.checks[criterion].result
        return result is Result.PASS or (
            result is Result.WARNING and criterion.value in self.confirmed
        )

    @property
    def smart(self) -> bool:
        return all(self.met(criterion) for criterion in self.checks)

    def worst(self) -> Result:
        """The KPI's one result, the same in the tree, the SMART tab, the status bar and the
        PDF: a criterion that is met counts as a pass, whatever the app's check said."""
        shown = {
            Result.PASS if self.met(criterion) else check.result
            for criterion, check in self.checks.items()
        }
        return next((r for r in (Result.FAIL, Result.WARNING) if r in shown), Result.PASS)


def assess(plan: Plan, node_id: int, facts: SmartFacts, required: Fraction | None) -> Assessment:
    """Every criterion for one KPI. `required` is its requirement for the current period."""
    node = plan.nodes[node_id]
    return Assessment(
        {
            Criterion.SPECIFIC: _specific(node.name, facts),
            Criterion.MEASURABLE: _measurable(node, facts, required),
            Criterion.ACHIEVABLE: _achievable(node, facts, required),
            Criterion.RELATED: _related(plan, node_id),
            Criterion.TIME_BOUND: _time_bound(plan),
        },
        facts.confirmed,
    )


def is_vague(name: str) -> bool:
    """A name that is only an aim ("売上アップ", "improve sales") and names no number."""
    text = unicodedata.normalize("NFKC", name).casefold()
    if re.search(r"\d", text):
        return False
    return any(phrase in text for phrase in VAGUE_PHRASES)


def _specific(name: str, facts: SmartFacts) -> Check:
    reasons = []
    if is_vague(name):
        reasons.append(("vague_name", {"name": name}))
    if not facts.owner.strip():
        reasons.append(("no_owner", {}))
    if not facts.definition.strip():
        reasons.append(("no_definition", {}))
    if not reasons:
        return Check(Result.PASS)
    return Check(Result.FAIL if is_vague(name) else Result.WARNING, tuple(reasons))


def _measurable(node, facts: SmartFacts, required: Fraction | None) -> Check:
    reasons = []
    if required is None:
        reasons.append(("no_number", {}))
    if node.unit.value == "other" and not node.unit_label.strip():
        reasons.append(("no_unit", {}))
    if not facts.source.strip():
        reasons.append(("no_source", {}))
    if not reasons:
        return Check(Result.PASS)
    return Check(Result.FAIL if required is None else Result.WARNING, tuple(reasons))


def _achievable(node, facts: SmartFacts, required: Fraction | None) -> Check:
    record = facts.record or PastRecord.of(facts.past_actuals)
    if required is None or record is None:
        return Check(Result.WARNING, (("no_history", {}),))
    best = record.lowest if node.lower_is_better else record.highest
    figures = {"required": required, "best": best, "average": record.average}
    if node.lower_is_better:
        far = best and required < best / FAR_ABOVE_BEST
        above = required < best
    else:
        far = required > best * FAR_ABOVE_BEST
        above = required > best
    if far:
        return Check(Result.WARNING, (("far_above_best", figures),))
    if above:
        return Check(Result.PASS, (("above_best", figures),))
    return Check(Result.PASS, (("within_record", figures),))


def _related(plan: Plan, node_id: int) -> Check:
    """On a path to the KGI through relations that use it, not merely placed under it."""
    node = plan.nodes[node_id]
    while node.parent_id is not None:
        parent = plan.nodes[node.parent_id]
        reason = _unused_by(parent, node)
        if reason:
            return Check(Result.FAIL, ((reason, {"parent": parent.name}),))
        node = parent
    return Check(Result.PASS)


def _unused_by(parent, child) -> str:
    if parent.relation is Relation.INPUT:
        return "parent_is_input"
    if parent.relation is Relation.WEIGHTED_SUM and child.weight == 0:
        return "weight_zero"
    if parent.relation is Relation.FORMULA:
        try:
            if child.name not in formulas.parse(parent.formula).names:
                return "not_in_formula"
        except ValidationError:  # an empty or broken formula uses no child
            return "not_in_formula"
    return ""


def _time_bound(plan: Plan) -> Check:
    if plan.period_start is None:
        return Check(Result.FAIL, (("no_period", {}),))
    return Check(Result.PASS)
