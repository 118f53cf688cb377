"""Definition files: YAML that reads back exactly, errors with their line, atomic writes, and
templates that compute the moment they open."""

import os
import stat
from datetime import date
from fractions import Fraction

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from kpidesk.domain.decomposition import compute, rep_splits
from kpidesk.domain.definition import plan_to_definition
from kpidesk.domain.problems import ValidationError
from kpidesk.services import definition_files
from kpidesk.services.definition_files import (
    definition_text,
    parse_definition,
    read_definition,
    write_definition,
)
from kpidesk.services.templates import TEMPLATES, load_template, template_path
from kpidesk.storage import atomic_files
from kpidesk.storage.plan_file import PlanFileError
from tests.domain.plain_imports import plain_imports  # noqa: F401  (autouse)
from tests.domain.test_definition import plans

WORKED_EXAMPLE = """\
kpidesk: 1                 # format version
plan: 営業チーム計画
rounding: every_stage      # or at_end
team:
  - {name: 佐藤, capacity: 1.2}
  - {name: 鈴木}            # capacity 1, active by default
  - {name: 田中, active: false}
kgi:
  name: 売上
  unit: yen
  target: 10000000
  relation: product
  children:
    - name: 成約件数
      unit: count
      solve: true
      relation: product
      children:
        - {name: 見込み客数, unit: count, solve: true, split: even, plan: 500}
        - {name: 成約率, unit: percent, target: 20%, plan: 20%}
    - {name: 顧客単価, unit: yen, target: 100000, plan: 100000}
"""


def refused(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        parse_definition(text)
    return raised.value


# -- reading ------------------------------------------------------------------------------------


def test_the_documented_example_reads_and_computes(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text(WORKED_EXAMPLE, encoding="utf-8")
    plan = read_definition(path)
    figures = compute(plan)
    assert plan.name == "営業チーム計画"
    assert [rep.name for rep in plan.active_reps] == ["佐藤", "鈴木"]
    assert figures[1].required.value == 10_000_000
    assert figures[2].required.value == 100  # deals
    assert figures[4].required.value == 500  # prospects
    assert figures[1].projected.value == 10_000_000


def test_a_syntax_error_gives_its_line():
    error = refused("kpidesk: 1\nplan: x\nkgi:\n  name: 売上\n unit: yen\n")
    assert (error.code, error.params) == ("definition_syntax", {"line": 5})
    error = refused("kpidesk: 1\nplan: 'x\nkgi: {}\n")
    assert error.code == "definition_syntax" and error.params["line"] == 4


def test_a_tab_for_indentation_is_a_syntax_error_on_its_line():
    assert refused("kpidesk: 1\n\tplan: x\n").params == {"line": 2}


def test_a_key_written_twice_is_refused_with_its_line():
    error = refused("kpidesk: 1\nplan: x\nkgi:\n  name: a\n  name: b\n")
    assert (error.code, error.params) == ("definition_duplicate_key", {"line": 5, "key": "name"})


@pytest.mark.parametrize("text", ["", "- plan: x\n", "just text\n", "42\n"])
def test_a_document_that_is_not_a_mapping_is_refused(text):
    error = refused(text)
    assert (error.code, error.params) == (
        "definition_invalid",
        {"path": "", "problem": "not_a_mapping"},
    )


def test_validation_problems_come_through_with_their_path():
    error = refused(WORKED_EXAMPLE.replace("target: 20%", "target: 120%"))
    assert error.params == {
        "path": "kgi.children[0].children[1].target",
        "problem": "rate_above_100",
    }


def test_a_tree_that_contains_itself_through_an_alias_is_refused():
    error = refused("plan: x\nkgi: &k {name: a, relation: sum, children: [*k]}\n")
    assert error.params["problem"] == "too_deep"  # it nests deeper than the tree may go


def test_bytes_that_are_not_utf8_are_a_syntax_error_on_their_line(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes("kpidesk: 1\nplan: 計画\n".encode() + "kgi: 売上\n".encode("shift_jis"))
    with pytest.raises(ValidationError) as raised:
        read_definition(path)
    assert (raised.value.code, raised.value.params) == ("definition_syntax", {"line": 3})


def test_a_utf8_byte_order_mark_is_fine(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + WORKED_EXAMPLE.encode())
    assert read_definition(path).name == "営業チーム計画"


def test_a_missing_file_is_a_file_error(tmp_path):
    with pytest.raises(PlanFileError) as raised:
        read_definition(tmp_path / "nowhere.yaml")
    assert raised.value.code == "not_found"


# -- writing ------------------------------------------------------------------------------------


def test_a_written_definition_reads_back_as_the_same_plan(tmp_path, demo):
    demo.period_start = date(2025, 4, 1)
    path = tmp_path / "plan.yaml"
    write_definition(demo, path)
    assert read_definition(path) == demo
    text = path.read_text(encoding="utf-8")
    assert text.startswith("kpidesk: 1\nplan: Sales team plan (demo)\nperiod: 2025-04\n")
    assert "target: 20%" in text


def test_japanese_is_written_as_it_is_not_escaped(tmp_path):
    path = tmp_path / "plan.yaml"
    write_definition(parse_definition(WORKED_EXAMPLE), path)
    text = path.read_text(encoding="utf-8")
    assert "name: 売上" in text and "\\u" not in text
    expected = yaml.safe_load(WORKED_EXAMPLE)
    del expected["rounding"]  # every_stage is the default, left out on export
    assert yaml.safe_load(text) == expected


def test_a_new_definition_file_is_readable_by_others(tmp_path, demo):
    path = tmp_path / "plan.yaml"
    write_definition(demo, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_rewriting_keeps_the_file_mode(tmp_path, demo):
    path = tmp_path / "plan.yaml"
    path.write_text("old")
    path.chmod(0o600)
    write_definition(demo, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_failed_rename_leaves_the_existing_file_intact(tmp_path, demo, monkeypatch):
    path = tmp_path / "plan.yaml"
    path.write_text("the old definition\n")

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_files.os, "replace", refuse)  # the one atomic writer
    with pytest.raises(PlanFileError) as raised:
        write_definition(demo, path)
    assert raised.value.code == "cannot_write"
    assert path.read_text() == "the old definition\n"
    assert os.listdir(tmp_path) == ["plan.yaml"]


def test_a_write_that_fails_halfway_leaves_the_existing_file_intact(tmp_path, demo, monkeypatch):
    path = tmp_path / "plan.yaml"
    path.write_text("the old definition\n")
    real_dump = definition_files._dump

    def half_then_fail(data, stream=None):
        real_dump({"kpidesk": 1}, stream)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(definition_files, "_dump", half_then_fail)
    with pytest.raises(PlanFileError):
        write_definition(demo, path)
    assert path.read_text() == "the old definition\n"
    assert os.listdir(tmp_path) == ["plan.yaml"]


def test_a_plan_that_cannot_be_exported_leaves_the_existing_file_intact(tmp_path, demo):
    path = tmp_path / "plan.yaml"
    path.write_text("the old definition\n")
    demo.nodes[3] = demo.nodes[3].with_changes(name="Deals")  # two siblings named alike
    with pytest.raises(ValidationError):
        write_definition(demo, path)
    assert path.read_text() == "the old definition\n"
    assert os.listdir(tmp_path) == ["plan.yaml"]


def test_writing_into_a_missing_folder_is_a_file_error(tmp_path, demo):
    with pytest.raises(PlanFileError) as raised:
        write_definition(demo, tmp_path / "missing" / "plan.yaml")
    assert raised.value.code == "no_folder"


# 50 plans (about 300 KPIs): YAML only adds the text, and each kind of value (fractions, none,
# dates, names with spaces and kanji) comes up many times; the plan's own trip has 100 in
# tests/domain/test_definition.py
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_any_plan_survives_the_trip_through_yaml_text(plan):
    assert parse_definition(definition_text(plan)) == plan


# -- templates ----------------------------------------------------------------------------------


def test_the_templates_are_offered_in_order_and_all_exist():
    assert TEMPLATES == ("field_sales", "inside_sales", "retail_store", "subscription")
    for key in TEMPLATES:
        assert template_path(key).is_file()
    with pytest.raises(KeyError):
        template_path("../secrets")


@pytest.mark.parametrize("key", TEMPLATES)
def test_every_template_computes_the_moment_it_opens(key):
    plan = load_template(key)
    assert plan.name and plan.active_reps
    figures = compute(plan)
    assert set(figures) == set(plan.nodes)
    for node_id, figure in figures.items():
        name = plan.nodes[node_id].name
        assert figure.required.ok, (name, figure.required.problem)
        assert figure.projected.ok, (name, figure.projected.problem)
        splits = rep_splits(plan, plan.nodes[node_id], figure)
        for split in (splits.required, splits.plan):
            assert split is None or split.ok, (name, split.problem)
    root = figures[plan.root.id]
    assert root.projected.value == root.required.value == plan.root.target
    assert root.gap.value == 0


@pytest.mark.parametrize("key", TEMPLATES)
def test_every_template_is_written_as_it_would_be_exported(key):
    data = yaml.safe_load(template_path(key).read_text(encoding="utf-8"))
    assert plan_to_definition(load_template(key)) == data


def test_the_field_sales_template_is_the_worked_example():
    plan = load_template("field_sales")
    by_name = {node.name: node for node in plan.nodes.values()}
    figures = compute(plan)

    def figure(name):
        return figures[by_name[name].id]

    assert len(plan.nodes) == 5 and len(plan.active_reps) == 10
    assert by_name["売上"].target == 10_000_000
    assert by_name["顧客単価"].target == 100_000
    assert by_name["成約率"].target == Fraction(1, 5)
    assert figure("成約件数").required.value == 100
    assert figure("見込み客数").required.value == 500
    splits = rep_splits(plan, by_name["見込み客数"], figure("見込み客数"))
    assert splits.required_per_rep.value == 50
    assert splits.plan_per_rep == 50
    assert figure("売上").projected.value == 10_000_000
    assert figure("売上").required.value == 10_000_000
