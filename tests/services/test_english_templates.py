"""Every template comes in English too: the same tree, relations, units, targets and plan
values, with English names, so an English user never starts from a Japanese plan."""

import pytest

from kpidesk.domain.decomposition import compute
from kpidesk.services.templates import TEMPLATES, load_template


def shape(plan):
    """Everything but the names, in tree order."""
    order = plan.subtree_ids(plan.root.id)
    rows = []
    for node_id in order:
        node = plan.nodes[node_id]
        rows.append(
            (
                order.index(node.parent_id) if node.parent_id in order else None,
                node.unit,
                node.relation,
                node.target,
                node.plan,
                node.split,
                node.solve_for,
            )
        )
    return rows


@pytest.mark.parametrize("key", TEMPLATES)
def test_the_english_template_is_the_japanese_one_with_english_names(key):
    japanese, english = load_template(key, "ja"), load_template(key, "en")
    assert shape(english) == shape(japanese)
    assert len(english.reps) == len(japanese.reps)
    names = [
        english.name,
        *(n.name for n in english.nodes.values()),
        *(r.name for r in english.reps),
    ]
    assert all(name.isascii() for name in names), names
    figures_ja, figures_en = compute(japanese), compute(english)
    root_ja, root_en = japanese.root.id, english.root.id
    assert figures_en[root_en].projected == figures_ja[root_ja].projected


def test_field_sales_in_english_is_the_worked_example():
    plan = load_template("field_sales", "en")
    names = [plan.nodes[i].name for i in plan.subtree_ids(plan.root.id)]
    assert sorted(names) == ["Close rate", "Deals", "Prospects", "Revenue", "Unit price"]
    assert plan.name == "Field sales plan"
    assert [r.name for r in plan.reps][:2] == ["Rep 1", "Rep 2"]


def test_any_other_language_gets_the_japanese_names():
    assert load_template("retail_store", "ja").root.name == "売上"
