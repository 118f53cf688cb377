"""`kpidesk new` and `kpidesk show` run with no display, in both languages, failing in one line."""

import hashlib
import json
import os
import subprocess

import pytest

from tests.cli.helpers import KPIDESK, run, run_process


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.kpidesk"
    run("new", path, "--demo", "--lang", "en")
    return path


def by_name(document):
    return {node["name"]: node for node in document["nodes"]}


def test_show_json_has_the_worked_example(demo_path):
    document = json.loads(run("show", demo_path, "--json").stdout)
    nodes = by_name(document)
    assert document["plan"] == "Sales team plan (demo)"
    assert len(document["reps"]) == 10
    assert nodes["Revenue"]["required"] == {"value": 10_000_000}
    assert nodes["Deals"]["required"] == {"value": 100}
    assert nodes["Prospects"]["required"] == {"value": 500}
    assert nodes["Prospects"]["required_per_rep"] == {"value": 50}
    assert nodes["Close rate"]["required"] == {"value": 0.2}
    assert nodes["Revenue"]["projected"] == {"value": 10_000_000}
    assert nodes["Revenue"]["gap"] == {"value": 0}


def test_show_prints_the_tree_with_required_plan_projected_and_gap(demo_path):
    lines = run("show", demo_path).stdout.splitlines()
    assert lines[0] == "Sales team plan (demo)  ·  Reps: 10"
    header = lines[2].split()
    assert header[:2] == ["KPI", "Unit"]
    assert "Projected" in header and "Gap" in header
    revenue = next(line for line in lines if line.startswith("Revenue (KGI)"))
    assert revenue.split()[-3:] == ["¥10,000,000", "¥10,000,000", "±¥0"]
    prospects = next(line for line in lines if line.strip().startswith("Prospects"))
    assert prospects.split()[-5:] == ["500", "50", "500", "500", "±0"]


def test_show_in_japanese_with_man_yen(tmp_path):
    path = tmp_path / "ja.kpidesk"
    run("new", path, "--demo", "--lang", "ja")
    out = run("show", path, "--lang", "ja", "--man").stdout
    assert out.splitlines()[0] == "営業チーム計画（デモ）  ·  担当者：10人"
    assert "目標／必要値" in out
    revenue = next(line for line in out.splitlines() if line.startswith("売上 (KGI)"))
    assert "1,000万円" in revenue
    assert "見込み客数" in out and "成約率" in out


def test_a_missing_file_is_one_line_on_stderr_and_a_non_zero_exit(tmp_path):
    result = run_process("show", tmp_path / "missing.kpidesk", check=False)  # a real exit
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_a_plan_is_refused_and_not_touched(tmp_path):
    path = tmp_path / "notes.kpidesk"
    path.write_text("not a plan")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("show", path, "--lang", "ja", check=False)
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == f"kpidesk: 「{path}」は KPI Desk のプランではありません。ファイルは変更していません。"
    )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_new_does_not_overwrite_without_force(demo_path):
    result = run("new", demo_path, check=False)
    assert result.returncode == 1
    assert "already exists" in result.stderr


def test_bad_arguments_exit_2_with_one_line(demo_path):
    result = run("show", check=False)  # argparse's exit status, as SystemExit(2) in-process
    assert result.returncode == 2
    assert result.stderr.startswith("kpidesk: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_japanese_system_locale_gives_japanese_output(tmp_path):
    path = tmp_path / "plan.kpidesk"
    env_run = subprocess.run(
        [str(KPIDESK), "new", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"},
        timeout=60,
    )
    assert env_run.stdout.strip() == f"{path} を作成しました"
    out = run("show", path, "--lang", "ja").stdout
    assert out.splitlines()[0] == "新しいプラン  ·  担当者：1人"
    assert "売上 (KGI)" in out


def test_show_json_includes_each_kpis_smart_assessment(demo_path):
    smart = json.loads(run("show", demo_path, "--json").stdout)["smart"]
    prospects = smart["Prospects"]
    assert prospects["smart"] is False
    assert prospects["related"] == {"result": "pass", "reasons": []}
    assert prospects["specific"]["reasons"] == [
        {"code": "no_owner", "text": "Nobody owns this KPI yet."},
        {"code": "no_definition", "text": "There is no definition of what counts."},
    ]
    assert prospects["achievable"]["reasons"][0]["text"] == "No closed period to compare with yet."
    assert "Revenue" not in smart  # the KGI is the goal, not a KPI to check


def test_without_a_display_the_window_is_drawn_to_a_picture_with_one_line_of_explanation(
    tmp_path,
):
    picture = tmp_path / "window.png"
    result = run("--demo", "--lang", "en", "--screenshot", picture)
    assert result.stderr.splitlines() == [
        f"kpidesk: no display found, so the window is drawn off screen into {picture}. "
        "Run KPI Desk on a desktop, or under xvfb-run, to use it."
    ]
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
