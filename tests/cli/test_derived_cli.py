"""`show --json` says which actuals were worked out through the tree, and how."""

import json

from tests.cli.helpers import run
from tests.cli.test_import_cli import december_plan


def test_crm_counts_and_revenue_give_every_kpi_an_actual(tmp_path):
    plan = december_plan(tmp_path)
    data = tmp_path / "crm.csv"
    data.write_text(
        "date,kpi,count\n"
        "2026-12-11,Prospects,180\n"
        "2026-12-11,Deals,45\n"
        "2026-12-11,Revenue,4500000\n",
        encoding="utf-8",
    )
    run(
        "import", plan, data, "--date", "date", "--value", "count", "--kpi", "kpi",
        "--accept-dates",
    )  # fmt: skip
    document = json.loads(run("show", plan, "--json", "--as-of", "2026-12-11").stdout)
    kpis = document["progress"]["kpis"]
    assert kpis["Close rate"]["actual"] == {"value": 0.25}
    assert kpis["Close rate"]["derived"] == "derived: Deals ÷ Prospects"
    assert kpis["Unit price"]["actual"] == {"value": 100_000}
    assert kpis["Unit price"]["derived"] == "derived: Revenue ÷ Deals"
    assert kpis["Deals"]["derived"] is None
