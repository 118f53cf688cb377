"""`kpidesk new --from/--template` and `kpidesk export-def`: plans to and from YAML definitions."""


import yaml

from kpidesk.services.templates import template_path
from tests.cli.helpers import run
from tests.conftest import TEST_DAY

DEFINITION = """\
kpidesk: 1
plan: 営業チーム計画
period: 2025-04
rounding: at_end
team:
- name: 佐藤
  capacity: 1.2
- name: 鈴木
- name: 田中
  active: false
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
    - name: 見込み客数
      unit: count
      solve: true
      split: capacity
      fixed:
        鈴木: 200
      plan: 500
    - name: 成約率
      unit: percent
      target: 20%
      plan: 20%
  - name: 顧客単価
    unit: yen
    target: 100000
    plan: 100000
"""


def test_new_from_a_definition_then_export_def_gives_the_same_data(tmp_path):
    source = tmp_path / "plan.yaml"
    source.write_text(DEFINITION, encoding="utf-8")
    plan = tmp_path / "plan.kpidesk"
    assert run("new", plan, "--from", source).stdout.strip() == f"Created {plan}"
    exported = run("export-def", plan).stdout
    assert yaml.safe_load(exported) == yaml.safe_load(DEFINITION)


def test_export_def_to_a_file(tmp_path):
    source = tmp_path / "plan.yaml"
    source.write_text(DEFINITION, encoding="utf-8")
    plan, out = tmp_path / "plan.kpidesk", tmp_path / "out.yaml"
    run("new", plan, "--from", source)
    result = run("export-def", plan, "-o", out)
    assert result.stdout.strip() == f"Wrote {out}"
    assert yaml.safe_load(out.read_text(encoding="utf-8")) == yaml.safe_load(DEFINITION)
    assert out.read_text(encoding="utf-8").startswith("kpidesk: 1\nplan: 営業チーム計画\n")


def test_new_from_the_field_sales_template_holds_the_template(tmp_path):
    plan = tmp_path / "field.kpidesk"
    result = run("new", plan, "--template", "field_sales", "--lang", "ja")
    assert result.stdout.strip() == f"{plan} を作成しました"
    exported = yaml.safe_load(run("export-def", plan).stdout)
    exported.pop("period")
    template = template_path("field_sales").read_text(encoding="utf-8")
    assert exported == yaml.safe_load(template)


def test_a_template_plans_this_month_and_otherwise_exports_as_it_is(tmp_path):
    plan = tmp_path / "inside.kpidesk"
    run("new", plan, "--template", "inside_sales", "--name", "4月の計画", "--lang", "ja")
    exported = yaml.safe_load(run("export-def", plan).stdout)
    assert exported.pop("period") == TEST_DAY.strftime("%Y-%m")
    expected = yaml.safe_load(template_path("inside_sales").read_text(encoding="utf-8"))
    expected["plan"] = "4月の計画"
    assert exported == expected


def one_line_failure(result, code=1):
    assert result.returncode == code, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("kpidesk: ")
    assert "Traceback" not in result.stderr
    return result.stderr.strip()


def test_a_yaml_syntax_error_is_one_line_with_the_line_number(tmp_path):
    source = tmp_path / "bad.yaml"
    source.write_text("kpidesk: 1\nplan: x\nkgi:\n  name: 売上\n unit: yen\n", encoding="utf-8")
    message = one_line_failure(run("new", tmp_path / "p.kpidesk", "--from", source, check=False))
    assert message == "kpidesk: The plan definition cannot be read: YAML error on line 5."
    assert not (tmp_path / "p.kpidesk").exists()


def test_an_invalid_definition_is_one_line_saying_where(tmp_path):
    source = tmp_path / "bad.yaml"
    source.write_text(DEFINITION.replace("target: 20%", "target: 120%"), encoding="utf-8")
    message = one_line_failure(run("new", tmp_path / "p.kpidesk", "--from", source, check=False))
    assert message == (
        "kpidesk: The plan definition is invalid at “kgi.children[0].children[1].target”: "
        "a rate cannot be above 100 %."
    )
    assert not (tmp_path / "p.kpidesk").exists()


def test_a_key_written_twice_is_one_line(tmp_path):
    source = tmp_path / "bad.yaml"
    source.write_text(DEFINITION.replace("plan: 営業チーム計画\n", "plan: a\nplan: b\n"))
    message = one_line_failure(run("new", tmp_path / "p.kpidesk", "--from", source, check=False))
    assert message == "kpidesk: The plan definition has the key “plan” twice (line 3)."


def test_a_missing_definition_file_is_one_line(tmp_path):
    result = run("new", tmp_path / "p.kpidesk", "--from", tmp_path / "none.yaml", check=False)
    assert "does not exist" in one_line_failure(result)


def test_new_from_a_definition_does_not_overwrite_without_force(tmp_path):
    plan = tmp_path / "p.kpidesk"
    run("new", plan, "--template", "retail_store")
    result = run("new", plan, "--template", "subscription", check=False)
    assert "already exists" in one_line_failure(result)
    run("new", plan, "--template", "subscription", "--force", "--lang", "en")
    exported = yaml.safe_load(run("export-def", plan).stdout)
    assert exported["plan"] == "Subscription new business plan"
    run("new", plan, "--template", "subscription", "--force", "--lang", "ja")
    assert (
        yaml.safe_load(run("export-def", plan).stdout)["plan"] == "サブスクリプション新規獲得計画"
    )


def test_export_def_of_a_missing_plan_is_one_line(tmp_path):
    result = run("export-def", tmp_path / "none.kpidesk", check=False)
    assert "does not exist" in one_line_failure(result)


def test_demo_and_template_together_or_an_unknown_template_are_bad_arguments(tmp_path):
    plan = tmp_path / "p.kpidesk"
    one_line_failure(run("new", plan, "--demo", "--template", "field_sales", check=False), 2)
    one_line_failure(run("new", plan, "--template", "door_to_door", check=False), 2)
    assert not plan.exists()
