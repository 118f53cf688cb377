"""Plan definitions: a plan as plain data and back, exactly, refusing what makes no sense."""

import copy
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kpidesk.domain.definition import (
    PROBLEMS,
    number_out,
    plan_from_definition,
    plan_to_definition,
    value_out,
)
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
from kpidesk.domain.numbers import whole_only
from kpidesk.domain.problems import ValidationError
from tests.domain.fraction_strategy import fractions

WORKED_EXAMPLE = {
    "kpidesk": 1,
    "plan": "営業チーム計画",
    "team": [
        {"name": "佐藤", "capacity": 1.2},
        {"name": "鈴木"},
        {"name": "田中", "active": False},
    ],
    "kgi": {
        "name": "売上",
        "unit": "yen",
        "target": 10000000,
        "relation": "product",
        "children": [
            {
                "name": "成約件数",
                "unit": "count",
                "solve": True,
                "relation": "product",
                "children": [
                    {
                        "name": "見込み客数",
                        "unit": "count",
                        "solve": True,
                        "split": "even",
                        "plan": 500,
                    },
                    {"name": "成約率", "unit": "percent", "target": "20%", "plan": "20%"},
                ],
            },
            {"name": "顧客単価", "unit": "yen", "target": 100000, "plan": 100000},
        ],
    },
}


def definition(**changes):
    data = copy.deepcopy(WORKED_EXAMPLE)
    data.update(changes)
    return data


def refusal(data) -> tuple[str, str]:
    with pytest.raises(ValidationError) as raised:
        plan_from_definition(data)
    assert raised.value.code == "definition_invalid"
    assert raised.value.params["problem"] in PROBLEMS
    return raised.value.params["path"], raised.value.params["problem"]


# -- round trips --------------------------------------------------------------------------------


def test_the_demo_plan_round_trips_exactly(demo):
    assert plan_from_definition(plan_to_definition(demo)) == demo


def test_the_demo_plan_with_a_month_round_trips_exactly(demo):
    demo.period_start = date(2025, 4, 1)
    data = plan_to_definition(demo)
    assert data["period"] == "2025-04"
    assert list(data) == ["kpidesk", "plan", "period", "team", "kgi"]
    assert plan_from_definition(data) == demo


def test_the_demo_plan_exports_only_what_differs_from_the_defaults(demo):
    data = plan_to_definition(demo)
    assert data["team"][0] == {"name": "Rep 1"}
    assert data["kgi"] == {
        "name": "Revenue",
        "unit": "yen",
        "target": 10_000_000,
        "relation": "product",
        "children": [
            {
                "name": "Deals",
                "unit": "count",
                "solve": True,
                "relation": "product",
                "children": [
                    {
                        "name": "Prospects",
                        "unit": "count",
                        "solve": True,
                        "split": "even",
                        "plan": 500,
                    },
                    {"name": "Close rate", "unit": "percent", "target": "20%", "plan": "20%"},
                ],
            },
            {"name": "Unit price", "unit": "yen", "target": 100_000, "plan": 100_000},
        ],
    }


def test_exporting_an_imported_definition_gives_it_back_with_the_same_key_order():
    exported = plan_to_definition(plan_from_definition(definition()))
    assert exported == WORKED_EXAMPLE
    assert _key_orders(exported) == _key_orders(WORKED_EXAMPLE)


def _key_orders(value):
    if isinstance(value, dict):
        return [list(value), *(_key_orders(v) for v in value.values())]
    if isinstance(value, list):
        return [_key_orders(v) for v in value]
    return None


def test_the_worked_example_reads_into_the_expected_plan():
    plan = plan_from_definition(definition())
    assert plan.name == "営業チーム計画"
    assert plan.rounding_policy is RoundingPolicy.EVERY_STAGE
    assert plan.period_start is None
    assert plan.reps == [
        Rep(1, "佐藤", 0, True, Fraction(6, 5)),
        Rep(2, "鈴木", 1),
        Rep(3, "田中", 2, active=False),
    ]
    assert [node.name for node in map(plan.nodes.get, plan.subtree_ids(1))] == [
        "売上",
        "成約件数",
        "顧客単価",
        "見込み客数",
        "成約率",
    ]
    revenue, deals, price, prospects, rate = (plan.nodes[i] for i in range(1, 6))
    assert revenue == Node(
        1, None, 0, "売上", Unit.CURRENCY, relation=Relation.PRODUCT, target=Fraction(10**7)
    )
    assert (deals.parent_id, deals.position, deals.solve_for) == (1, 0, True)
    assert (price.parent_id, price.position, price.plan) == (1, 1, 100_000)
    assert prospects.split is Split.EVEN and prospects.parent_id == 2
    assert rate.target == rate.plan == Fraction(1, 5)


def test_ids_are_numbered_level_by_level_whatever_the_plan_used():
    plan = plan_from_definition(definition())
    shuffled = {
        node_id * 10: node.with_changes(
            id=node_id * 10, parent_id=None if node.parent_id is None else node.parent_id * 10
        )
        for node_id, node in plan.nodes.items()
    }
    renumbered = Plan(plan.name, shuffled, plan.reps)
    assert plan_from_definition(plan_to_definition(renumbered)) == plan


def test_every_optional_key_round_trips():
    data = {
        "kpidesk": 1,
        "plan": "全部入り",
        "period": "2026-01",
        "rounding": "at_end",
        "team": [{"name": "A", "capacity": 2}, {"name": "B", "capacity": 0.5, "active": False}],
        "kgi": {
            "name": "スコア",
            "unit": "pt",
            "target": "1/3",
            "relation": "weighted_sum",
            "rounding": "nearest",
            "children": [
                {
                    "name": "x",
                    "unit": "days",
                    "solve": True,
                    "weight": 0.5,
                    "rounding": "down",
                    "lower_is_better": True,
                    "split": "capacity",
                    "fixed": {"A": 3},
                    "plan": 12.25,
                },
                {
                    "name": "y",
                    "unit": "other",
                    "unit_label": "count",
                    "target": -2,
                    "relation": "formula",
                    "formula": "a * b",
                },
                {"name": "z", "unit": "count", "unit_label": "件", "relation": "quotient"},
                {"name": "w", "unit": "other", "target": "0.1234567890123456789"},
            ],
        },
    }
    plan = plan_from_definition(data)
    assert plan.rounding_policy is RoundingPolicy.AT_END
    assert plan.period_start == date(2026, 1, 1)
    x, y, z, w = plan.children_of(1)
    assert plan.nodes[1].unit is Unit.OTHER and plan.nodes[1].unit_label == "pt"
    assert plan.nodes[1].target == Fraction(1, 3)
    assert x.weight == Fraction(1, 2) and x.lower_is_better and x.rounding is Rounding.DOWN
    assert plan.fixed == {(x.id, 1): Fraction(3)}
    assert (y.unit, y.unit_label, y.formula) == (Unit.OTHER, "count", "a * b")
    assert (z.unit, z.unit_label, z.relation) == (Unit.COUNT, "件", Relation.QUOTIENT)
    assert w.target == Fraction("0.1234567890123456789")
    assert plan_to_definition(plan) == data


def test_a_definition_may_leave_out_the_version_the_units_and_empty_values():
    plan = plan_from_definition(
        {"plan": "最小", "team": None, "kgi": {"name": "売上", "target": None, "children": None}}
    )
    assert plan.reps == []
    assert plan.nodes == {1: Node(1, None, 0, "売上")}
    assert plan_to_definition(plan) == {
        "kpidesk": 1,
        "plan": "最小",
        "kgi": {"name": "売上", "unit": "count"},
    }


def test_names_are_trimmed_like_names_typed_into_the_app():
    data = definition(plan="  営業   計画 ")
    data["team"][1]["name"] = " 鈴木 "
    plan = plan_from_definition(data)
    assert plan.name == "営業 計画"
    assert plan.reps[1].name == "鈴木"


# -- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("20%", Fraction(1, 5)),
        ("12.5%", Fraction(1, 8)),
        ("２０％", Fraction(1, 5)),
        (20, Fraction(1, 5)),
        ("20", Fraction(1, 5)),
        (0.2, Fraction(1, 500)),
        ("0.2", Fraction(1, 500)),
        ("100/3%", Fraction(1, 3)),
        (100, Fraction(1)),
        ("100%", Fraction(1)),
        ("0%", Fraction(0)),
    ],
)
def test_a_rate_is_written_in_percent_with_or_without_the_sign(written, value):
    data = definition()
    data["kgi"]["children"][0]["children"][1]["target"] = written
    plan = plan_from_definition(data)
    assert plan.nodes[5].target == value


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (Fraction(1, 5), "20%"),
        (Fraction(1, 8), "12.5%"),
        (Fraction(1), "100%"),
        (Fraction(0), "0%"),
        (Fraction(1, 3), "100/3%"),
        (Fraction(1, 3000), "1/30%"),
    ],
)
def test_a_rate_is_exported_in_percent(value, written):
    assert value_out(value, percent=True) == written
    assert plan_from_definition(_with_rate(written)).nodes[5].target == value


def _with_rate(written):
    data = definition()
    data["kgi"]["children"][0]["children"][1]["target"] = written
    return data


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (Fraction(10_000_000), 10_000_000),
        (Fraction(-3), -3),
        (Fraction(6, 5), 1.2),
        (Fraction(-1, 2), -0.5),
        (Fraction(1, 3), "1/3"),
        (Fraction("0.1234567890123456789"), "0.1234567890123456789"),
        (Fraction(1, 2**20), "0.00000095367431640625"),
    ],
)
def test_numbers_are_ints_when_whole_then_exact_decimals_then_fractions(value, written):
    out = number_out(value)
    assert out == written and type(out) is type(written)


@pytest.mark.parametrize("written", ["1,000", "¥1,000", "１０００", 1000, 1000.0, "1e3"])
def test_money_may_be_written_as_people_write_it(written):
    data = definition()
    data["kgi"]["target"] = written
    assert plan_from_definition(data).nodes[1].target == 1000


# -- fixed shares -------------------------------------------------------------------------------


def test_fixed_shares_refer_to_reps_by_name():
    data = definition()
    prospects = data["kgi"]["children"][0]["children"][0]
    prospects["fixed"] = {"鈴木": 20, "佐藤": 30}
    plan = plan_from_definition(data)
    assert plan.fixed == {(4, 2): Fraction(20), (4, 1): Fraction(30)}
    exported = plan_to_definition(plan)
    fixed = exported["kgi"]["children"][0]["children"][0]["fixed"]
    assert list(fixed.items()) == [("佐藤", 30), ("鈴木", 20)]  # in team order


def test_fixed_shares_of_a_rate_are_percentages():
    data = definition()
    data["kgi"]["children"][0]["children"][1]["fixed"] = {"田中": "25%"}
    plan = plan_from_definition(data)
    assert plan.fixed == {(5, 3): Fraction(1, 4)}
    assert plan_to_definition(plan)["kgi"]["children"][0]["children"][1]["fixed"] == {"田中": "25%"}


def test_a_fixed_share_for_someone_not_on_the_team_is_refused():
    data = definition()
    data["kgi"]["children"][0]["children"][0]["fixed"] = {"山田": 5}
    assert refusal(data) == ("kgi.children[0].children[0].fixed.山田", "unknown_rep")


# -- refusals -----------------------------------------------------------------------------------


def _set(data, path, value):
    """Set data at a path like ("kgi", "children", 0, "unit"); value None deletes the key."""
    *parents, last = path
    for key in parents:
        data = data[key]
    if value is _DELETE:
        del data[last]
    else:
        data[last] = value


_DELETE = object()
RATE = ("kgi", "children", 0, "children", 1)
PROSPECTS = ("kgi", "children", 0, "children", 0)


@pytest.mark.parametrize(
    ("where", "value", "path", "problem"),
    [
        (("kpidesk",), 2, "kpidesk", "newer_version"),
        (("kpidesk",), "one", "kpidesk", "unknown_version"),
        (("kpidesk",), True, "kpidesk", "unknown_version"),
        (("kpidesk",), 0, "kpidesk", "unknown_version"),
        (("plan",), _DELETE, "plan", "missing"),
        (("plan",), 2024, "plan", "not_text"),
        (("plan",), "   ", "plan", "empty_name"),
        (("plan",), "x" * 121, "plan", "name_too_long"),
        (("period",), "April", "period", "not_a_month"),
        (("period",), "2025-13", "period", "not_a_month"),
        (("rounding",), "sometimes", "rounding", "unknown_rounding_policy"),
        (("extra",), 1, "extra", "unknown_key"),
        (("team",), {"name": "佐藤"}, "team", "not_a_list"),
        (("team", 0), "佐藤", "team[0]", "not_a_mapping"),
        (("team", 1, "name"), _DELETE, "team[1].name", "missing"),
        (("team", 1, "name"), "佐藤", "team[1].name", "duplicate_name"),
        (("team", 1, "capacity"), -1, "team[1].capacity", "negative_value"),
        (("team", 1, "capacity"), "lots", "team[1].capacity", "not_a_number"),
        (("team", 1, "capacity"), "50%", "team[1].capacity", "unexpected_percent"),
        (("team", 2, "active"), "no", "team[2].active", "not_a_boolean"),
        (("team", 2, "role"), "lead", "team[2].role", "unknown_key"),
        (("kgi",), _DELETE, "kgi", "missing"),
        (("kgi",), ["売上"], "kgi", "not_a_mapping"),
        (("kgi", "name"), _DELETE, "kgi.name", "missing"),
        (("kgi", "solve"), True, "kgi.solve", "root_solved"),
        (("kgi", "relation"), "times", "kgi.relation", "unknown_relation"),
        (("kgi", "relation"), _DELETE, "kgi.relation", "missing_relation"),
        (("kgi", "relation"), "input", "kgi.relation", "input_with_children"),
        (("kgi", "plan"), 10_000_000, "kgi.plan", "plan_on_computed_node"),
        (("kgi", "target"), "ten million", "kgi.target", "not_a_number"),
        (("kgi", "target"), True, "kgi.target", "not_a_number"),
        (("kgi", "target"), ".nan", "kgi.target", "not_a_number"),
        (("kgi", "target"), float("inf"), "kgi.target", "not_a_number"),
        (("kgi", "target"), "1/0", "kgi.target", "not_a_number"),
        (("kgi", "target"), -1, "kgi.target", "negative_value"),
        (("kgi", "target"), "10%", "kgi.target", "unexpected_percent"),
        (("kgi", "unit"), "", "kgi.unit", "empty_unit"),
        (("kgi", "unit"), 1, "kgi.unit", "not_text"),
        (("kgi", "unit"), "円", "kgi.unit", None),  # a free unit is fine
        (("kgi", "children"), {"name": "x"}, "kgi.children", "not_a_list"),
        (("kgi", "children", 1), "顧客単価", "kgi.children[1]", "not_a_mapping"),
        (("kgi", "children", 1, "name"), "成約件数", "kgi.children[1].name", "duplicate_name"),
        (("kgi", "children", 1, "solve"), True, "kgi.children[1].solve", "two_solved"),
        (("kgi", "children", 1, "solve"), "yes", "kgi.children[1].solve", "not_a_boolean"),
        (("kgi", "children", 1, "weight"), -0.5, "kgi.children[1].weight", "negative_value"),
        (("kgi", "children", 1, "rounding"), "up!", "kgi.children[1].rounding", "unknown_rounding"),
        (("kgi", "children", 1, "split"), "fair", "kgi.children[1].split", "unknown_split"),
        (("kgi", "children", 1, "formula"), 3, "kgi.children[1].formula", "not_text"),
        (("kgi", "children", 1, "fixed"), [1], "kgi.children[1].fixed", "not_a_mapping"),
        (("kgi", "children", 1, "unit_label"), 5, "kgi.children[1].unit_label", "not_text"),
        (("kgi", "children", 1, "colour"), "red", "kgi.children[1].colour", "unknown_key"),
        (
            ("kgi", "children", 1, "lower_is_better"),
            1,
            "kgi.children[1].lower_is_better",
            "not_a_boolean",
        ),
        ((*RATE, "target"), 120, "kgi.children[0].children[1].target", "rate_above_100"),
        (("kgi", "target"), "1,0,0", "kgi.target", "bad_grouping"),
        (("kgi", "target"), "1_0_0", "kgi.target", "bad_grouping"),
        (("kgi", "target"), "10%", "kgi.target", "unexpected_percent"),
        (("kgi", "target"), 10**15, "kgi.target", "too_large"),
        (("kgi", "target"), 1e309, "kgi.target", "not_a_number"),
        ((*PROSPECTS, "plan"), 12.5, "kgi.children[0].children[0].plan", "not_whole"),
        (
            (*PROSPECTS, "plan"),
            "¥12",
            "kgi.children[0].children[0].plan",
            "currency_sign_on_non_money",
        ),
        ((*RATE, "plan"), "120%", "kgi.children[0].children[1].plan", "rate_above_100"),
        ((*RATE, "plan"), "-5%", "kgi.children[0].children[1].plan", "negative_value"),
        ((*PROSPECTS, "unit"), "件", None, None),  # a free unit: no label needed
        (
            (*PROSPECTS, "fixed"),
            {"佐藤": None},
            "kgi.children[0].children[0].fixed.佐藤",
            "not_a_number",
        ),
        (
            (*PROSPECTS, "fixed"),
            {"佐藤": -1},
            "kgi.children[0].children[0].fixed.佐藤",
            "negative_value",
        ),
        ((*PROSPECTS, "fixed"), {1: 3}, "kgi.children[0].children[0].fixed.1", "not_text"),
        (
            (*PROSPECTS, "children"),
            [{"name": "x"}],
            "kgi.children[0].children[0].relation",
            "missing_relation",
        ),
    ],
)
def test_every_problem_is_refused_with_where_it_is(where, value, path, problem):
    data = definition()
    _set(data, where, value)
    if problem is None:
        plan_from_definition(data)
        return
    assert refusal(data) == (path, problem)


def test_a_quotient_with_three_children_is_refused():
    data = definition()
    data["kgi"]["relation"] = "quotient"
    data["kgi"]["children"].append({"name": "値引き", "unit": "yen"})
    assert refusal(data) == ("kgi.relation", "quotient_needs_two_children")


def test_a_free_unit_with_a_unit_label_too_is_refused():
    data = definition()
    data["kgi"]["unit"] = "円"
    data["kgi"]["unit_label"] = "万円"
    assert refusal(data) == ("kgi.unit_label", "label_twice")


def test_a_definition_that_is_not_a_mapping_is_refused():
    assert refusal(["plan"]) == ("", "not_a_mapping")
    assert refusal(None) == ("", "not_a_mapping")


def test_a_month_may_be_a_date():
    plan = plan_from_definition(definition(period=date(2025, 4, 17)))
    assert plan.period_start == date(2025, 4, 1)


def test_exporting_a_plan_whose_reps_share_a_name_is_refused(demo):
    demo.reps[1] = Rep(2, "Rep 1", 1)
    with pytest.raises(ValidationError) as raised:
        plan_to_definition(demo)
    assert raised.value.params == {"path": "team[1].name", "problem": "duplicate_name"}


def test_exporting_a_plan_whose_sibling_kpis_share_a_name_is_refused(demo):
    demo.nodes[3] = demo.nodes[3].with_changes(name="Deals")
    with pytest.raises(ValidationError) as raised:
        plan_to_definition(demo)
    assert raised.value.params == {"path": "kgi.children[1].name", "problem": "duplicate_name"}


def test_exporting_a_plan_without_a_kgi_is_refused():
    with pytest.raises(ValidationError) as raised:
        plan_to_definition(Plan("空"))
    assert raised.value.params == {"path": "kgi", "problem": "missing"}


def test_a_plan_value_left_on_a_computed_node_is_not_exported(demo):
    demo.nodes[2] = demo.nodes[2].with_changes(plan=Fraction(7))
    assert "plan" not in plan_to_definition(demo)["kgi"]["children"][0]


# -- property: any plan the app can hold survives the trip -------------------------------------

non_negative = fractions(min_value=0, max_value=10**9, max_denominator=10**6)
rates = fractions(min_value=0, max_value=1, max_denominator=10**4)
any_sign = fractions(min_value=-(10**9), max_value=10**9, max_denominator=1000)
labels = st.sampled_from(["件", "pt", "人", "回", "count", "yen", "other", "  ", "", "円 "])
names = (
    st.text(alphabet=st.sampled_from("営業売上件数率ABCxyz 1"), min_size=1, max_size=8)
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)


whole = st.integers(0, 10**9).map(Fraction)
one_in_five = st.integers(0, 4)
first_days = st.none() | st.dates().map(lambda d: d.replace(day=1))
units, roundings, splits = (st.sampled_from(list(kind)) for kind in (Unit, Rounding, Split))
policies = st.sampled_from(list(RoundingPolicy))
formulas = st.sampled_from(["", "a * b", "「成約率」 × 2"])
relations_of = {  # (has children, number of children allows a quotient): built once
    (has_children, quotient): st.sampled_from(
        [
            r
            for r in Relation
            if not (has_children and r is Relation.INPUT)
            and (quotient or r is not Relation.QUOTIENT)
        ]
    )
    for has_children in (False, True)
    for quotient in (False, True)
}


def _values(unit, rounding=Rounding.NONE):
    if whole_only(unit, rounding):
        return whole
    if unit is Unit.PERCENT:
        return rates
    if unit is Unit.OTHER:
        return any_sign
    return non_negative


values_or_none = {  # each unit and rounding's values, or none: strategies built once
    (unit, rounding): st.none() | _values(unit, rounding) for unit in Unit for rounding in Rounding
}


def _unique_name(draw, taken: set[str]) -> str:
    """A name no sibling has (as names.filter would draw, without a new strategy each time)."""
    for _ in range(3):
        name = draw(names)
        if name not in taken:
            return name
    assume(False)


@st.composite
def plans(draw):
    reps = [
        Rep(i + 1, name, i, draw(st.booleans()), draw(non_negative))
        for i, name in enumerate(draw(st.lists(names, max_size=4, unique=True)))
    ]
    shapes: list[tuple[int | None, int]] = [(None, 0)]  # (parent index, position), breadth first
    queue = [0]
    while queue:
        parent = queue.pop(0)
        count = draw(st.integers(0, 3)) if len(shapes) < 10 else 0
        for position in range(count):
            shapes.append((parent, position))
            queue.append(len(shapes) - 1)
    child_count = {i: sum(1 for p, _ in shapes if p == i) for i in range(len(shapes))}
    nodes: dict[int, Node] = {}
    sibling_names: dict[int | None, set[str]] = {}
    solved: dict[int | None, bool] = {}
    for index, (parent, position) in enumerate(shapes):
        node_id = index + 1
        parent_id = None if parent is None else parent + 1
        taken = sibling_names.setdefault(parent_id, set())
        name = _unique_name(draw, taken)
        taken.add(name)
        unit = draw(units)
        label = draw(labels) if draw(st.booleans()) or unit is Unit.OTHER else ""
        has_children = child_count[index] > 0
        relations = relations_of[has_children, child_count[index] in (0, 2)]
        solve_for = parent_id is not None and not solved.get(parent_id) and draw(st.booleans())
        solved[parent_id] = solved.get(parent_id, False) or solve_for
        rounding = draw(roundings)
        value = values_or_none[unit, rounding]
        nodes[node_id] = Node(
            id=node_id,
            parent_id=parent_id,
            position=position,
            name=name,
            unit=unit,
            unit_label=label,
            relation=draw(relations),
            target=draw(value),
            plan=None if has_children else draw(value),
            solve_for=solve_for,
            rounding=rounding,
            split=draw(splits),
            lower_is_better=draw(st.booleans()),
            weight=draw(non_negative),
            formula=draw(formulas),
        )
    fixed = {
        (node_id, rep.id): draw(_values(nodes[node_id].unit, nodes[node_id].rounding))
        for node_id in nodes
        for rep in reps
        if draw(one_in_five) == 0
    }
    return Plan(
        name=draw(names),
        nodes=nodes,
        reps=reps,
        rounding_policy=draw(policies),
        fixed=fixed,
        period_start=draw(first_days),
    )


# 100 plans of up to 10 KPIs: each unit, rounding, relation and split (at most 6 values) is met
# hundreds of times, and every field of a KPI, a rep and a plan in every plan
@settings(max_examples=100, deadline=None)
@given(plans())
def test_any_plan_round_trips_and_its_definition_is_a_fixed_point(plan):
    data = plan_to_definition(plan)
    again = plan_from_definition(copy.deepcopy(data))
    assert again == plan
    assert plan_to_definition(again) == data
