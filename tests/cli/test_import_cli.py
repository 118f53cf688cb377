"""`kpidesk import` loads a CRM export from a script; `show --json` then carries the progress."""

import json

from tests.cli.helpers import run


def december_plan(tmp_path):
    plan = tmp_path / "plan.kpidesk"
    definition = tmp_path / "plan.yaml"
    run("new", plan, "--demo", "--lang", "en")
    text = run("export-def", plan).stdout
    definition.write_text(text.replace("period: ", "period: 2026-12 #"), encoding="utf-8")
    run("new", plan, "--from", definition, "--force")
    return plan


def test_import_then_show_progress_as_json(tmp_path):
    plan = december_plan(tmp_path)
    data = tmp_path / "crm.csv"
    rows = [
        f"2026-12-{d:02d},Prospects,Rep {r},2"
        for d in (1, 2, 3, 4, 7, 8, 9, 10, 11)
        for r in range(1, 11)
    ]
    data.write_text("date,kpi,rep,count\n" + "\n".join(rows) + "\n", encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    out = run(
        "import",
        plan,
        data,
        "--date",
        "date",
        "--value",
        "count",
        "--kpi",
        "kpi",
        "--rep",
        "rep",
        "--save-mapping",
        mapping,
        "--accept-dates",  # December is still to come on the day the tests run
    ).stdout
    assert out.strip() == "Imported 90 values from 90 rows."
    assert json.loads(mapping.read_text())["rep"] == "rep"
    run("import", plan, data, "--mapping", mapping, "--accept-dates")  # nightly: again
    document = json.loads(run("show", plan, "--json", "--as-of", "2026-12-11").stdout)
    progress = document["progress"]
    assert progress["period"]["business_days"] == 23
    prospects = progress["kpis"]["Prospects"]
    assert prospects["actual"] == {"value": 180}  # not doubled by the second import
    assert prospects["forecast"] == {"value": 460}
    assert prospects["status"] == "lagging"
    assert progress["by_rep"]["Prospects"]["Rep 1"]["actual"] == {"value": 18}


def test_bad_rows_are_listed_and_nothing_is_imported(tmp_path):
    plan = december_plan(tmp_path)
    data = tmp_path / "crm.csv"
    data.write_text(
        "date,kpi,count\n2026-12-01,Prospects,3\n2026-13-01,Prospects,3\n2026-12-02,Visits,1\n",
        encoding="utf-8",
    )
    result = run(
        "import", plan, data, "--date", "date", "--value", "count", "--kpi", "kpi", check=False
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "Row 3: “2026-13-01” is not a date such as 2026-12-01, 2026/12/1, 2026年12月1日 or "
        "令和8年12月1日.",
        "Row 4: The plan has no KPI named “Visits”.",
        "kpidesk: 2 rows cannot be imported; nothing was imported.",
    ]
    document = json.loads(run("show", plan, "--json", "--as-of", "2026-12-11").stdout)
    assert document["progress"]["kpis"]["Prospects"]["actual"]["value"] is None


def test_exported_actuals_import_back_into_another_plan(tmp_path):
    plan = december_plan(tmp_path)
    data = tmp_path / "crm.csv"
    data.write_text(
        "date,kpi,rep,count\n2026-12-01,Prospects,Rep 1,3\n"
        "2026-12-02,Prospects,Rep 2,4\n2026-12-02,Revenue,,120000\n",
        encoding="utf-8",
    )
    run(
        "import",
        *(plan, data, "--date", "date", "--value", "count", "--kpi", "kpi", "--rep", "rep"),
        "--accept-dates",
    )
    exported = tmp_path / "out.csv"
    assert run("export-actuals", plan, exported).stdout.strip() == f"Wrote 3 actuals to {exported}"
    assert exported.read_text(encoding="utf-8-sig").splitlines() == [
        "date,kpi,rep,value",
        "2026-12-01,Prospects,Rep 1,3",
        "2026-12-02,Revenue,,120000",
        "2026-12-02,Prospects,Rep 2,4",
    ]
    (tmp_path / "other").mkdir()
    other = december_plan(tmp_path / "other")
    run(
        "import",
        other,
        exported,
        "--date",
        "date",
        "--value",
        "value",
        "--kpi",
        "kpi",
        "--rep",
        "rep",
        "--accept-dates",
    )
    kpis = json.loads(run("show", other, "--json", "--as-of", "2026-12-02").stdout)
    assert kpis["progress"]["kpis"]["Prospects"]["actual"] == {"value": 7}
