"""The KPI tree is at most MAX_TREE_DEPTH levels deep: every way of making structure says so."""

import hashlib
from fractions import Fraction

import pytest
import yaml

from kpidesk.domain.model import Node, Plan, Relation, Rep, Unit
from kpidesk.domain.problems import ValidationError
from kpidesk.domain.tree_depth import MAX_TREE_DEPTH
from kpidesk.i18n.messages import refusal_text
from kpidesk.services import definition_files
from kpidesk.services.definition_files import parse_definition
from kpidesk.services.plan_files import create_plan, open_plan

REFUSAL = f"A KPI tree has at most {MAX_TREE_DEPTH} levels; this would go deeper."


def chain_plan(levels: int) -> Plan:
    """A KGI with a chain of KPIs under it, node i at level i; the last is a count leaf, and
    node 2 has a second leaf child (id 1000) to move and paste."""
    nodes = {
        i: Node(
            i,
            i - 1 if i > 1 else None,
            0,
            f"K{i}",
            Unit.COUNT,
            relation=Relation.SUM if i < levels else Relation.INPUT,
            plan=None if i < levels else Fraction(1),
            solve_for=i > 1,
        )
        for i in range(1, levels + 1)
    }
    nodes[1000] = Node(1000, 2, 1, "Side", Unit.COUNT, plan=Fraction(2))
    nodes[1001] = Node(1001, 1000, 0, "Side child", Unit.COUNT, plan=Fraction(2))
    nodes[1000] = nodes[1000].with_changes(relation=Relation.SUM)
    return Plan("deep", nodes, [Rep(1, "Rep 1", 0)])


@pytest.fixture
def deep(tmp_path):
    """A plan that is exactly as deep as allowed, open through the services."""
    path = tmp_path / "deep.kpidesk"
    create_plan(path, chain_plan(MAX_TREE_DEPTH))
    plan = open_plan(path)
    yield plan
    plan.close()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(deep, action) -> None:
    before = digest(deep.path)
    with pytest.raises(ValidationError) as refusal:
        action(deep.session)
    assert refusal_text(refusal.value) == REFUSAL
    assert digest(deep.path) == before


def test_a_child_under_the_deepest_kpi_is_refused(deep):
    refused(deep, lambda s: s.add_child(MAX_TREE_DEPTH, "Too deep"))
    deep.session.add_child(MAX_TREE_DEPTH - 1, "Last level")  # a sibling at the limit is fine
    assert len(deep.session.plan.nodes) == MAX_TREE_DEPTH + 3


def test_moving_a_subtree_below_the_limit_is_refused(deep):
    # "Side" has a child: under K63 its child would be at level 65
    refused(deep, lambda s: s.move_node(1000, MAX_TREE_DEPTH - 1, 0))
    deep.session.move_node(1000, MAX_TREE_DEPTH - 2, 1)  # levels 63 and 64: fine
    assert deep.session.plan.nodes[1001].parent_id == 1000


def test_pasting_a_subtree_below_the_limit_is_refused(deep):
    clip = deep.session.copy_subtree(1000)
    refused(deep, lambda s: s.paste_subtree(clip, MAX_TREE_DEPTH - 1))
    deep.session.paste_subtree(clip, MAX_TREE_DEPTH - 2)
    assert len(deep.session.plan.nodes) == MAX_TREE_DEPTH + 4


def rate(stage: str, upper: str) -> str:
    return f"{stage} to {upper}"


def test_a_funnel_that_would_go_too_deep_is_refused(deep):
    stages = [("Calls", Fraction(1, 10)), ("Visits", Fraction(1, 2))]
    refused(deep, lambda s: s.build_funnel(MAX_TREE_DEPTH, stages[:1], rate))
    deep.session.add_child(MAX_TREE_DEPTH - 2, "Deals")  # a leaf at level 63
    deals = max(deep.session.plan.nodes)
    refused(deep, lambda s: s.build_funnel(deals, stages, rate))
    deep.session.build_funnel(deals, stages[1:], rate)  # one stage: down to level 64
    assert len(deep.session.plan.nodes) == MAX_TREE_DEPTH + 2 + 1 + 2


def test_a_plan_at_the_limit_opens_again_and_computes(deep, tmp_path):
    deep.close()
    again = open_plan(deep.path)
    figures = again.session.figures
    assert figures[MAX_TREE_DEPTH].projected.value == 1
    assert figures[1].projected.value == 3  # the chain's 1 and the side branch's 2
    again.close()


def nested(levels: int) -> str:
    """A definition whose KGI has a chain of `levels` levels."""
    text = "{name: leaf, unit: count}"
    for level in range(levels - 1):
        text = f"{{name: n{level}, unit: count, relation: sum, children: [{text}]}}"
    return f"plan: x\nkgi: {text}\n"


def test_a_definition_deeper_than_the_limit_is_refused_with_its_path():
    assert len(parse_definition(nested(MAX_TREE_DEPTH)).nodes) == MAX_TREE_DEPTH
    with pytest.raises(ValidationError) as refusal:
        parse_definition(nested(MAX_TREE_DEPTH + 1))
    assert refusal.value.params["problem"] == "too_deep"
    assert refusal.value.params["path"] == "kgi" + ".children[0]" * MAX_TREE_DEPTH
    assert refusal_text(refusal.value).endswith(f"a KPI tree has at most {MAX_TREE_DEPTH} levels.")


def test_a_definition_3000_levels_deep_is_refused_not_a_crash(monkeypatch):
    if hasattr(yaml, "CSafeLoader"):  # libyaml's nesting limit answers: the pure-Python reader
        monkeypatch.setattr(definition_files, "_Loader", None)  # is not run down (0.25 s)
    with pytest.raises(ValidationError) as refusal:
        parse_definition(nested(3000))
    assert refusal.value.params == {"path": "kgi", "problem": "too_deep"}


def test_every_walk_over_a_plan_at_the_limit_works(tmp_path, qapp, capsys):
    from kpidesk.cli import run
    from kpidesk.domain.tree_layout import layout

    path = tmp_path / "deep.kpidesk"
    create_plan(path, chain_plan(MAX_TREE_DEPTH))
    assert run(["show", str(path), "--lang", "en"]) == 0
    assert run(["show", str(path), "--json", "--lang", "en"]) == 0
    assert run(["export-def", str(path), "-o", str(tmp_path / "deep.yaml"), "--lang", "en"]) == 0
    capsys.readouterr()
    again = parse_definition((tmp_path / "deep.yaml").read_text(encoding="utf-8"))
    assert len(again.nodes) == MAX_TREE_DEPTH + 2
    plan = open_plan(path)
    boxes = layout(plan.session.plan, 100.0, 40.0, 20.0, 10.0)
    assert len(boxes) == MAX_TREE_DEPTH + 2
    plan.close()
