"""A whole plan as plain data (mappings, lists, text, numbers), for human-readable YAML files.

The format (version 1) is documented in docs/plan-definition.md. In short:

    kpidesk: 1
    plan: 営業チーム計画
    period: 2025-04
    rounding: every_stage
    team: [{name: 佐藤, capacity: 1.2}, {name: 鈴木}, {name: 田中, active: false}]
    kgi: {name: 売上, unit: yen, target: 10000000, relation: product, children: [...]}

`plan_to_definition` writes only the keys that differ from their defaults, in a fixed order, so
exporting an imported definition gives it back. `plan_from_definition` checks everything and
refuses a definition with ValidationError("definition_invalid", path=..., problem=...): `path`
says where ("kgi.children[0].unit"), `problem` says what, as a code word ("not_a_number").
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Mapping
from datetime import date
from fractions import Fraction
from typing import Any

from kpidesk.domain.model import (
    Node,
    Plan,
    Relation,
    Rep,
    Rounding,
    RoundingPolicy,
    Split,
    Unit,
)
from kpidesk.domain.numbers import check_magnitude, parse_value, to_text, whole_only
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.tree_depth import MAX_TREE_DEPTH
from kpidesk.domain.validation import check_name, check_value, check_weight

FORMAT_VERSION = 1
DEFINITION_INVALID = "definition_invalid"

UNIT_WORDS: dict[str, Unit] = {
    "yen": Unit.CURRENCY,
    "count": Unit.COUNT,
    "percent": Unit.PERCENT,
    "days": Unit.DAYS,
    "other": Unit.OTHER,
}
_UNIT_OUT = {unit: word for word, unit in UNIT_WORDS.items()}

TOP_KEYS = ("kpidesk", "plan", "period", "rounding", "team", "kgi")
REP_KEYS = ("name", "capacity", "active")
NODE_KEYS = (
    "name",
    "unit",
    "unit_label",
    "solve",
    "target",
    "relation",
    "formula",
    "weight",
    "rounding",
    "lower_is_better",
    "split",
    "fixed",
    "plan",
    "children",
)

# problem codes of ValidationError("definition_invalid", path=..., problem=...)
NOT_A_MAPPING = "not_a_mapping"
NOT_A_LIST = "not_a_list"
NOT_TEXT = "not_text"
NOT_A_NUMBER = "not_a_number"
NOT_A_BOOLEAN = "not_a_boolean"
UNKNOWN_KEY = "unknown_key"
MISSING = "missing"
EMPTY_NAME = "empty_name"
NAME_TOO_LONG = "name_too_long"
DUPLICATE_NAME = "duplicate_name"
EMPTY_UNIT = "empty_unit"
LABEL_TWICE = "label_twice"
UNKNOWN_RELATION = "unknown_relation"
UNKNOWN_ROUNDING = "unknown_rounding"
UNKNOWN_ROUNDING_POLICY = "unknown_rounding_policy"
UNKNOWN_SPLIT = "unknown_split"
MISSING_RELATION = "missing_relation"
INPUT_WITH_CHILDREN = "input_with_children"
QUOTIENT_NEEDS_TWO_CHILDREN = "quotient_needs_two_children"
TWO_SOLVED = "two_solved"
ROOT_SOLVED = "root_solved"
PLAN_ON_COMPUTED_NODE = "plan_on_computed_node"
UNEXPECTED_PERCENT = "unexpected_percent"
NEGATIVE_VALUE = "negative_value"
RATE_ABOVE_100 = "rate_above_100"
UNKNOWN_REP = "unknown_rep"
NEWER_VERSION = "newer_version"
UNKNOWN_VERSION = "unknown_version"
NOT_A_MONTH = "not_a_month"
TOO_MANY_KPIS = "too_many_kpis"
TOO_DEEP = "too_deep"
READING_PROBLEMS = (  # refusals of the number parser (domain.numbers), reported at their path
    "bad_grouping",
    "currency_sign_on_non_money",
    "too_large",
    "too_precise",
    "not_whole",
)

PROBLEMS = (
    NOT_A_MAPPING,
    NOT_A_LIST,
    NOT_TEXT,
    NOT_A_NUMBER,
    NOT_A_BOOLEAN,
    UNKNOWN_KEY,
    MISSING,
    EMPTY_NAME,
    NAME_TOO_LONG,
    DUPLICATE_NAME,
    EMPTY_UNIT,
    LABEL_TWICE,
    UNKNOWN_RELATION,
    UNKNOWN_ROUNDING,
    UNKNOWN_ROUNDING_POLICY,
    UNKNOWN_SPLIT,
    MISSING_RELATION,
    INPUT_WITH_CHILDREN,
    QUOTIENT_NEEDS_TWO_CHILDREN,
    TWO_SOLVED,
    ROOT_SOLVED,
    PLAN_ON_COMPUTED_NODE,
    UNEXPECTED_PERCENT,
    NEGATIVE_VALUE,
    RATE_ABOVE_100,
    UNKNOWN_REP,
    NEWER_VERSION,
    UNKNOWN_VERSION,
    NOT_A_MONTH,
    TOO_MANY_KPIS,
    TOO_DEEP,
    *READING_PROBLEMS,
)

MAX_NODES = 10_000
"""More KPIs than anyone plans with; also stops a YAML alias that makes a tree contain itself."""

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def _invalid(path: str, problem: str) -> ValidationError:
    return ValidationError(DEFINITION_INVALID, path=path, problem=problem)


def _join(path: str, key: object) -> str:
    return f"{path}.{key}" if path else str(key)


# ---------------------------------------------------------------------------------------------
# export


def plan_to_definition(plan: Plan) -> dict[str, Any]:
    """The plan as plain data; keys at their defaults are left out, the order is fixed.

    Refuses (as plan_from_definition would) a plan whose reps or sibling KPIs share a name,
    since fixed shares and formulas refer to them by name.
    """
    root = plan.root
    if root is None:
        raise _invalid("kgi", MISSING)
    data: dict[str, Any] = {"kpidesk": FORMAT_VERSION, "plan": plan.name}
    if plan.period_start is not None:
        data["period"] = f"{plan.period_start.year:04d}-{plan.period_start.month:02d}"
    if plan.rounding_policy is not RoundingPolicy.EVERY_STAGE:
        data["rounding"] = plan.rounding_policy.value
    if plan.reps:
        _refuse_duplicates([rep.name for rep in plan.reps], "team", ".name")
        data["team"] = [_rep_out(rep) for rep in plan.reps]
    data["kgi"] = _node_out(plan, root, "kgi")
    return data


def _refuse_duplicates(names: list[str], path: str, suffix: str) -> None:
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name in seen:
            raise _invalid(f"{path}[{index}]{suffix}", DUPLICATE_NAME)
        seen.add(name)


def _rep_out(rep: Rep) -> dict[str, Any]:
    out: dict[str, Any] = {"name": rep.name}
    if rep.capacity != 1:
        out["capacity"] = number_out(rep.capacity)
    if not rep.active:
        out["active"] = False
    return out


def _node_out(plan: Plan, node: Node, path: str) -> dict[str, Any]:
    percent = node.unit is Unit.PERCENT
    children = plan.children_of(node.id)
    out: dict[str, Any] = {"name": node.name}
    out.update(_unit_out(node))
    if node.solve_for:
        out["solve"] = True
    if node.target is not None:
        out["target"] = value_out(node.target, percent)
    if node.relation is not Relation.INPUT:
        out["relation"] = node.relation.value
    if node.formula:
        out["formula"] = node.formula
    if node.weight != 1:
        out["weight"] = number_out(node.weight)
    if node.rounding is not Rounding.AUTO:
        out["rounding"] = node.rounding.value
    if node.lower_is_better:
        out["lower_is_better"] = True
    if node.split is not Split.NONE:
        out["split"] = node.split.value
    fixed = {
        rep.name: value_out(plan.fixed[(node.id, rep.id)], percent)
        for rep in plan.reps
        if (node.id, rep.id) in plan.fixed
    }
    if fixed:
        out["fixed"] = fixed
    if node.plan is not None and not children:
        out["plan"] = value_out(node.plan, percent)
    if children:
        _refuse_duplicates([child.name for child in children], f"{path}.children", ".name")
        out["children"] = [
            _node_out(plan, child, f"{path}.children[{index}]")
            for index, child in enumerate(children)
        ]
    return out


def _unit_out(node: Node) -> dict[str, str]:
    label = node.unit_label
    if node.unit is Unit.OTHER and label.strip() and label not in UNIT_WORDS:
        return {"unit": label}  # a free unit: the text is the label
    out = {"unit": _UNIT_OUT[node.unit]}
    if label:
        out["unit_label"] = label
    return out


def number_out(value: Fraction) -> int | float | str:
    """An int when whole; else a YAML number when it reads back exactly; else exact text."""
    if value.denominator == 1:
        return value.numerator
    text = to_text(value)
    if "/" not in text and repr(float(text)) == text:
        return float(text)
    return text


def value_out(value: Fraction, percent: bool) -> int | float | str:
    """A KPI value; a rate in percent with its sign: "20%", "100/3%"."""
    if not percent:
        return number_out(value)
    return f"{to_text(value * 100)}%"


# ---------------------------------------------------------------------------------------------
# import


def plan_from_definition(data: object) -> Plan:
    """The plan a definition describes, with node ids 1, 2, … in tree order (the KGI first, then
    level by level) and rep ids 1, 2, … in team order. Refuses anything it cannot read."""
    top = _mapping(data, "")
    _known_keys(top, TOP_KEYS, "")
    _version(top.get("kpidesk"))
    if top.get("plan") is None:
        raise _invalid("plan", MISSING)
    name = _name(top["plan"], "plan")
    period = _month(top.get("period"), "period")
    policy = _choice(top.get("rounding"), "rounding", RoundingPolicy, UNKNOWN_ROUNDING_POLICY)
    reps = _reps(top.get("team"))
    if top.get("kgi") is None:
        raise _invalid("kgi", MISSING)
    nodes, fixed = _tree(top["kgi"], reps)
    return Plan(
        name=name,
        nodes=nodes,
        reps=reps,
        rounding_policy=policy or RoundingPolicy.EVERY_STAGE,
        fixed=fixed,
        period_start=period,
    )


def _version(raw: object) -> None:
    if raw is None:
        return
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
        raise _invalid("kpidesk", UNKNOWN_VERSION)
    if raw > FORMAT_VERSION:
        raise _invalid("kpidesk", NEWER_VERSION)


def _reps(raw: object) -> list[Rep]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _invalid("team", NOT_A_LIST)
    reps: list[Rep] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        path = f"team[{index}]"
        fields = _mapping(entry, path)
        _known_keys(fields, REP_KEYS, path)
        if fields.get("name") is None:
            raise _invalid(f"{path}.name", MISSING)
        name = _name(fields["name"], f"{path}.name")
        if name in seen:
            raise _invalid(f"{path}.name", DUPLICATE_NAME)
        seen.add(name)
        capacity = Fraction(1)
        if fields.get("capacity") is not None:
            capacity = _number(fields["capacity"], f"{path}.capacity", Unit.OTHER)
            _checked(check_weight, f"{path}.capacity", capacity)
        active = _boolean(fields.get("active"), f"{path}.active", default=True)
        reps.append(Rep(index + 1, name, index, active, capacity))
    return reps


def _tree(
    raw_root: object, reps: list[Rep]
) -> tuple[dict[int, Node], dict[tuple[int, int], Fraction]]:
    """Every node breadth first, so ids follow the tree order of Plan.subtree_ids."""
    rep_ids = {rep.name: rep.id for rep in reps}
    nodes: dict[int, Node] = {}
    fixed: dict[tuple[int, int], Fraction] = {}
    levels: dict[int | None, int] = {}  # node id -> its level, the KGI being 1
    queue: deque[tuple[object, str, int | None, int]] = deque([(raw_root, "kgi", None, 0)])
    while queue:
        raw, path, parent_id, position = queue.popleft()
        if len(nodes) >= MAX_NODES:
            raise _invalid(path, TOO_MANY_KPIS)
        node_id = len(nodes) + 1
        levels[node_id] = levels.get(parent_id, 0) + 1
        if levels[node_id] > MAX_TREE_DEPTH:
            raise _invalid(path, TOO_DEEP)
        node, children, shares = _node(raw, path, node_id, parent_id, position, rep_ids)
        nodes[node_id] = node
        fixed.update(((node_id, rep_id), amount) for rep_id, amount in shares.items())
        for index, child in enumerate(children):
            queue.append((child, f"{path}.children[{index}]", node_id, index))
    return nodes, fixed


def _node(
    raw: object,
    path: str,
    node_id: int,
    parent_id: int | None,
    position: int,
    rep_ids: Mapping[str, int],
) -> tuple[Node, list[object], dict[int, Fraction]]:
    fields = _mapping(raw, path)
    _known_keys(fields, NODE_KEYS, path)
    if fields.get("name") is None:
        raise _invalid(_join(path, "name"), MISSING)
    name = _name(fields["name"], _join(path, "name"))
    unit, label = _unit(fields, path)
    children = _children(fields.get("children"), _join(path, "children"))
    relation = _relation(fields.get("relation"), _join(path, "relation"), len(children))
    solve_for = _boolean(fields.get("solve"), _join(path, "solve"), default=False)
    if solve_for and parent_id is None:
        raise _invalid(_join(path, "solve"), ROOT_SOLVED)
    rounding = (
        _choice(fields.get("rounding"), _join(path, "rounding"), Rounding, UNKNOWN_ROUNDING)
        or Rounding.AUTO
    )
    whole = whole_only(unit, rounding)
    target = _value(fields.get("target"), _join(path, "target"), unit, whole)
    plan = _value(fields.get("plan"), _join(path, "plan"), unit, whole)
    if plan is not None and children:
        raise _invalid(_join(path, "plan"), PLAN_ON_COMPUTED_NODE)
    weight = Fraction(1)
    if fields.get("weight") is not None:
        weight = _number(fields["weight"], _join(path, "weight"), Unit.OTHER)
        _checked(check_weight, _join(path, "weight"), weight)
    formula = fields.get("formula")
    if formula is None:
        formula = ""
    elif not isinstance(formula, str):
        raise _invalid(_join(path, "formula"), NOT_TEXT)
    node = Node(
        id=node_id,
        parent_id=parent_id,
        position=position,
        name=name,
        unit=unit,
        unit_label=label,
        relation=relation,
        target=target,
        plan=plan,
        solve_for=solve_for,
        rounding=rounding,
        split=_choice(fields.get("split"), _join(path, "split"), Split, UNKNOWN_SPLIT)
        or Split.NONE,
        lower_is_better=_boolean(
            fields.get("lower_is_better"), _join(path, "lower_is_better"), default=False
        ),
        weight=weight,
        formula=formula,
    )
    shares = _fixed(fields.get("fixed"), _join(path, "fixed"), unit, rep_ids)
    _siblings(children, _join(path, "children"))
    return node, children, shares


def _unit(fields: Mapping[str, object], path: str) -> tuple[Unit, str]:
    raw = fields.get("unit")
    unit, label = Unit.COUNT, ""
    if raw is not None:
        if not isinstance(raw, str):
            raise _invalid(_join(path, "unit"), NOT_TEXT)
        if not raw.strip():
            raise _invalid(_join(path, "unit"), EMPTY_UNIT)
        if raw in UNIT_WORDS:
            unit = UNIT_WORDS[raw]
        else:
            unit, label = Unit.OTHER, raw
    raw_label = fields.get("unit_label")
    if raw_label is not None:
        if not isinstance(raw_label, str):
            raise _invalid(_join(path, "unit_label"), NOT_TEXT)
        if label:
            raise _invalid(_join(path, "unit_label"), LABEL_TWICE)
        label = raw_label
    return unit, label


def _children(raw: object, path: str) -> list[object]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _invalid(path, NOT_A_LIST)
    return raw


def _siblings(children: list[object], path: str) -> None:
    """Sibling names are unique (formulas name them), and at most one is solved for."""
    names: set[str] = set()
    solved = False
    for index, child in enumerate(children):
        child_path = f"{path}[{index}]"
        if not isinstance(child, Mapping):
            continue  # refused with its own path when the child itself is read
        name = child.get("name")
        if isinstance(name, str):
            cleaned = " ".join(name.split())
            if cleaned in names:
                raise _invalid(f"{child_path}.name", DUPLICATE_NAME)
            names.add(cleaned)
        if child.get("solve") is True:
            if solved:
                raise _invalid(f"{child_path}.solve", TWO_SOLVED)
            solved = True


def _relation(raw: object, path: str, child_count: int) -> Relation:
    relation = _choice(raw, path, Relation, UNKNOWN_RELATION)
    if relation is None:
        if child_count:
            raise _invalid(path, MISSING_RELATION)
        return Relation.INPUT
    if relation is Relation.INPUT and child_count:
        raise _invalid(path, INPUT_WITH_CHILDREN)
    if relation is Relation.QUOTIENT and child_count not in (0, 2):
        raise _invalid(path, QUOTIENT_NEEDS_TWO_CHILDREN)
    return relation


def _fixed(raw: object, path: str, unit: Unit, rep_ids: Mapping[str, int]) -> dict[int, Fraction]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise _invalid(path, NOT_A_MAPPING)
    shares: dict[int, Fraction] = {}
    for key, amount in raw.items():
        key_path = _join(path, " ".join(str(key).split()))
        if not isinstance(key, str):
            raise _invalid(key_path, NOT_TEXT)
        rep_id = rep_ids.get(" ".join(key.split()))
        if rep_id is None:
            raise _invalid(key_path, UNKNOWN_REP)
        value = _value(amount, key_path, unit)
        if value is None:
            raise _invalid(key_path, NOT_A_NUMBER)
        shares[rep_id] = value
    return shares


# ---------------------------------------------------------------------------------------------
# readers of single values


def _mapping(raw: object, path: str) -> Mapping[str, object]:
    if not isinstance(raw, Mapping):
        raise _invalid(path, NOT_A_MAPPING)
    return raw


def _known_keys(fields: Mapping[object, object], known: tuple[str, ...], path: str) -> None:
    for key in fields:
        if key not in known:
            raise _invalid(_join(path, key), UNKNOWN_KEY)


def _name(raw: object, path: str) -> str:
    if not isinstance(raw, str):
        raise _invalid(path, NOT_TEXT)
    return _checked(check_name, path, raw)


def _month(raw: object, path: str) -> date | None:
    """The first day of a month written "2025-04" (or any date in it, such as 2025-04-01)."""
    if raw is None:
        return None
    if isinstance(raw, date):
        return date(raw.year, raw.month, 1)
    match = _MONTH.fullmatch(raw.strip()) if isinstance(raw, str) else None
    if match is None or not 1 <= int(match[2]) <= 12 or int(match[1]) < 1:
        raise _invalid(path, NOT_A_MONTH)
    return date(int(match[1]), int(match[2]), 1)


def _boolean(raw: object, path: str, default: bool) -> bool:
    if raw is None:
        return default
    if not isinstance(raw, bool):
        raise _invalid(path, NOT_A_BOOLEAN)
    return raw


def _choice(raw: object, path: str, kind: type, problem: str) -> Any:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise _invalid(path, NOT_TEXT)
    try:
        return kind(raw)
    except ValueError:
        raise _invalid(path, problem) from None


def _value(raw: object, path: str, unit: Unit, whole: bool = False) -> Fraction | None:
    """A target, plan value or fixed share, read as `numbers.parse_value` reads it (20 = 20 %)."""
    if raw is None:
        return None
    value = _number(raw, path, unit, whole)
    _checked(check_value, path, unit, value)
    return value


def _number(raw: object, path: str, unit: Unit, whole: bool = False) -> Fraction:
    """An exact number from a YAML int, float or text ("1,000", "12.5%", "1/3", "¥100,000")."""
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise _invalid(path, NOT_A_NUMBER)
    if isinstance(raw, float) and not math.isfinite(raw):
        raise _invalid(path, NOT_A_NUMBER)
    text = repr(raw) if isinstance(raw, float) else str(raw)
    try:
        if "/" not in text:
            return parse_value(text, unit, whole)
        numerator, denominator = (part.strip() for part in text.split("/", 1))
        if denominator.endswith(("%", "％")):  # "100/3%": the percent belongs to the whole
            numerator, denominator = numerator + "%", denominator[:-1]
        divisor = parse_value(denominator, bounded=False)
        if divisor == 0:
            raise _invalid(path, NOT_A_NUMBER)
        value = parse_value(numerator, unit, bounded=False) / divisor
        if whole and value.denominator != 1:
            raise _invalid(path, "not_whole")
        return check_magnitude(value, text)
    except ValidationError as error:
        if error.code == DEFINITION_INVALID:
            raise
        if error.code == "percent_on_non_rate":
            raise _invalid(path, UNEXPECTED_PERCENT) from None
        problem = error.code if error.code in READING_PROBLEMS else NOT_A_NUMBER
        raise _invalid(path, problem) from None


def _checked(check: Any, path: str, *args: Any) -> Any:
    """Run one of the domain's checks, reporting its refusal as a problem at `path`."""
    try:
        return check(*args)
    except ValidationError as error:
        raise _invalid(path, error.code) from None
