"""`kpidesk import-yomi` loads a CRM's deal list, `export-yomi` writes it back, and
`show --json` carries the ヨミ forecast beside the run-rate, with what the gap asks."""

import json

from tests.cli.helpers import run


def november_plan(tmp_path):
    plan = tmp_path / "plan.kpidesk"
    definition = tmp_path / "plan.yaml"
    run("new", plan, "--demo", "--lang", "en")
    text = run("export-def", plan).stdout
    definition.write_text(text.replace("period: ", "period: 2026-11 #"), encoding="utf-8")
    run("new", plan, "--from", definition, "--force")
    return plan


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_import_yomi_then_show_the_forecast_as_json(tmp_path):
    plan = november_plan(tmp_path)
    actuals = write(tmp_path / "won.csv", "date,rep,revenue\n2026-11-10,Rep 1,3000000\n")
    run(
        "import",
        plan,
        actuals,
        "--date",
        "date",
        "--value",
        "revenue",
        "--rep",
        "rep",
        "--fixed-kpi",
        "Revenue",
    )
    deals = write(
        tmp_path / "deals.csv",
        "案件名,担当,金額,受注予定日,ヨミ,メモ\n"
        'Tanaka Shoji,Rep 1,"¥2,000,000",2026/11/25,A,visit\n'
        "Sato Kogyo,Rep 2,2000000,2026-11-26,B,\n"
        "Next month,Rep 2,9000000,2026-12-02,A,\n"
        "No amount,Rep 2,,2026-11-26,A,\n"
        "Typed,Rep 3,1000000,2026-11-27,70%,\n",
    )
    out = run(
        "import-yomi",
        plan,
        deals,
        "--name",
        "案件名",
        "--rep",
        "担当",
        "--amount",
        "金額",
        "--close-date",
        "受注予定日",
        "--rank",
        "ヨミ",
        "--note",
        "メモ",
        "--save-mapping",
        tmp_path / "yomi.json",
    )
    assert out.stdout.splitlines() == ["Imported 5 deals from 5 rows."]
    shown = json.loads(run("show", plan, "--json", "--as-of", "2026-11-20").stdout)
    yomi = shown["yomi"]
    # 3,000,000 closed + 0.9 × 2,000,000 + 0.5 × 2,000,000 + 0.7 × 1,000,000
    assert yomi["closed"] == 3_000_000
    assert yomi["forecast"] == 6_500_000
    assert yomi["target"] == {"value": 10_000_000}
    assert yomi["gap"] == {"value": -3_500_000}
    assert yomi["run_rate_forecast"]["value"] == 3_000_000 / 14 * 19
    assert yomi["bands"] == {"A": 5_000_000, "B": 8_000_000, "C": 8_000_000}
    assert yomi["by_rep"]["Rep 1"]["forecast"] == 4_800_000
    assert yomi["left_out"] == [
        {"deal": "No amount", "reason": "yomi_no_amount", "text": "no amount"}
    ]
    assert [(s["kpi"], s["more"]) for s in yomi["gap_asks"]] == [
        ("Revenue", 3_500_000),
        ("Deals", 35),
        ("Prospects", 175),
    ]
    assert yomi["gap_asks"][1]["at"] == {"Unit price": 100_000}
    assert yomi["gap_asks"][2]["per_business_day"] == 35
    assert sorted(yomi["gap_asks"][2]["by_rep"].values()) == [17] * 5 + [18] * 5
    assert yomi["closed_warning"] is None
    # the deals KPI too, each open deal counting one: 0.9 + 0.5 + 0.7; no deal recorded and
    # none derivable (no close rate actual), so "closed" is not known, not 0
    assert yomi["count"]["kpi"] == "Deals"
    assert yomi["count"]["closed"] is None
    assert yomi["count"]["closed_warning"] == (
        "No actual of “Deals” has been entered and none can be derived from the tree: what is "
        "closed so far is not known, so the forecast holds only the weighted deals."
    )
    assert yomi["count"]["forecast"] == 2.1
    assert yomi["count"]["target"] == {"value": 100}

    exported = tmp_path / "out.csv"
    run("export-yomi", plan, exported)
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "deal,rep,amount,close_date,rank,note,state"
    assert lines[1] == "Tanaka Shoji,Rep 1,2000000,2026-11-25,A,visit,open"
    assert lines[5] == "Typed,Rep 3,1000000,2026-11-27,70%,,open"
    again = run(
        "import-yomi",
        plan,
        exported,
        "--name",
        "deal",
        "--rep",
        "rep",
        "--amount",
        "amount",
        "--close-date",
        "close_date",
        "--rank",
        "rank",
        "--note",
        "note",
        "--state",
        "state",
    )
    assert again.stdout.splitlines() == ["Imported 5 deals from 5 rows."]  # updated, not doubled
    assert json.loads(run("show", plan, "--json", "--as-of", "2026-11-20").stdout)["yomi"] == yomi


def test_a_bad_row_refuses_the_whole_file_and_leaves_the_plan_byte_identical(tmp_path):
    plan = november_plan(tmp_path)
    deals = write(
        tmp_path / "deals.csv",
        "deal,rep,amount,rank\nGood,Rep 1,100,A\nBad,Nobody,abc,Z\nWorse,Rep 1,100,Z\n",
    )
    before = plan.read_bytes()
    out = run(
        "import-yomi",
        plan,
        deals,
        "--name",
        "deal",
        "--rep",
        "rep",
        "--amount",
        "amount",
        "--rank",
        "rank",
        check=False,
    )
    assert out.returncode == 1
    assert out.stderr.splitlines()[:2] == [
        "Row 3: The team has no rep named “Nobody”.",
        "Row 4: “Z” is not a rank (A, B, C) or a probability such as 70 %.",
    ]
    assert plan.read_bytes() == before
