"""`kpidesk show`: the tree depth first, each KPI under its parent; "—" before any plan."""

import json

from tests.cli.helpers import run


def _walk(nodes, parent_id=None, depth=0):
    """The tree as (depth, name) pairs, each child right under its parent."""
    for node in (n for n in nodes if n["parent_id"] == parent_id):
        yield depth, node["name"]
        yield from _walk(nodes, node["id"], depth + 1)


def _printed_tree(text):
    """(depth, name) of each row of the printed table, read from its indentation."""
    rows = []
    for line in text.splitlines()[3:]:
        if not line.strip():
            break
        name = line.lstrip(" ")
        rows.append(((len(line) - len(name)) // 2, name.split("  ")[0].removesuffix(" (KGI)")))
    return rows


def test_show_lists_each_kpi_under_its_parent(tmp_path):
    path = tmp_path / "inside.kpidesk"
    run("new", path, "--template", "inside_sales", "--lang", "ja")
    nodes = json.loads(run("show", path, "--json", "--lang", "ja").stdout)["nodes"]
    expected = list(_walk(nodes))
    assert [name for _, name in expected] == [
        "売上",
        "受注件数",
        "アポイント数",
        "有効接続数",
        "架電数",
        "接続率",
        "アポイント獲得率",
        "受注率",
        "受注単価",
    ]
    assert [node["name"] for node in nodes] == [name for _, name in expected]
    assert _printed_tree(run("show", path, "--lang", "ja").stdout) == expected


NO_PLAN_VALUES = """\
kpidesk: 1
plan: New plan
kgi:
  name: Revenue
  unit: yen
  target: 10000000
  relation: product
  children:
  - name: Deals
    unit: count
    solve: true
    relation: product
    children:
    - name: Prospects
      unit: count
      solve: true
    - name: Close rate
      unit: percent
      target: 20%
  - name: Unit price
    unit: yen
    target: 100000
"""


def test_a_plan_without_plan_values_shows_no_plan_yet_and_no_warning(tmp_path):
    definition = tmp_path / "new.yaml"
    definition.write_text(NO_PLAN_VALUES)
    path = tmp_path / "new.kpidesk"
    run("new", path, "--from", definition, "--lang", "en")
    lines = run("show", path, "--lang", "en").stdout.splitlines()
    assert lines[3:] == [
        "Revenue (KGI)   ¥            ¥10,000,000                         —    —",
        "  Deals         count                100                         —    —",
        "    Prospects   count                500                         —    —",
        "    Close rate  %                   20 %                         —    —",
        "  Unit price    ¥               ¥100,000                         —    —",
    ]
    nodes = json.loads(run("show", path, "--json", "--lang", "en").stdout)["nodes"]
    assert [node["projected"]["problem"] for node in nodes] == [
        "awaiting_plan",
        "awaiting_plan",
        "no_plan_yet",
        "no_plan_yet",
        "no_plan_yet",
    ]
