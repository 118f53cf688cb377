"""`kpidesk backups` and `kpidesk restore`, and the backup `kpidesk import` makes first."""


import pytest

from tests.cli.helpers import run
from tests.conftest import TEST_DAY


@pytest.fixture
def backup_dir(tmp_path, monkeypatch):
    folder = tmp_path / "app-data" / "backups"
    monkeypatch.setenv("KPIDESK_BACKUP_DIR", str(folder))
    return folder


def actual_count(plan, folder):
    out = folder / "actuals.csv"
    return int(run("export-actuals", plan, out).stdout.split()[1])


def backup_names(plan):
    lines = run("backups", plan).stdout.splitlines()
    return [line.split()[-1] for line in lines[1:]]


def import_prospects(plan, folder, value):
    data = folder / f"crm-{value}.csv"
    data.write_text(f"date,count\n{TEST_DAY.isoformat()},{value}\n", encoding="utf-8")
    run("import", plan, data, "--date", "date", "--value", "count", "--fixed-kpi", "Prospects")


def test_import_backs_the_plan_up_first_and_backups_lists_it(tmp_path, backup_dir):
    plan = tmp_path / "team.kpidesk"
    run("new", plan, "--demo")
    assert run("backups", plan).stdout == f"No backups in {backup_dir}\n"
    import_prospects(plan, tmp_path, 3)
    lines = run("backups", plan).stdout.splitlines()
    assert lines[0].split() == ["Backed", "up", "Plan", "KGI", "Last", "edit", "Backup"]
    assert len(lines) == 2
    assert "Sales team plan (demo)  Revenue ¥10,000,000" in lines[1]
    assert lines[1].split()[-1].endswith("-team-" + lines[1].split()[-1][-14:])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app-data", "crm-3.csv", "team.kpidesk"]


def test_restore_to_a_new_file_and_replace_after_backing_up(tmp_path, backup_dir):
    plan = tmp_path / "team.kpidesk"
    run("new", plan, "--demo")
    import_prospects(plan, tmp_path, 3)
    [before_import] = backup_names(plan)
    new = tmp_path / "restored.kpidesk"
    assert run("restore", before_import, "--to", new).stdout == f"Wrote {new}\n"
    assert run("restore", before_import, "--to", new, check=False).returncode == 1

    result = run("restore", before_import, "--replace", plan)
    assert result.stdout.startswith(f"Replaced {plan} with its backup of ")
    newest, oldest = backup_names(plan)
    assert oldest == before_import
    assert result.stdout.rstrip().endswith(f"the plan as it was is backup {newest}")
    assert actual_count(plan, tmp_path) == 0  # as before the import
    run("restore", newest, "--to", tmp_path / "replaced.kpidesk")
    assert actual_count(tmp_path / "replaced.kpidesk", tmp_path) == 1  # the imported value


def test_an_unknown_backup_is_one_line_and_exit_1(tmp_path, backup_dir):
    result = run(
        "restore", "20261120-090000-x-abcdef.kpidesk", "--to", tmp_path / "n.kpidesk", check=False
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"kpidesk: There is no backup “20261120-090000-x-abcdef.kpidesk” in {backup_dir}\n"
    )
    assert not (tmp_path / "n.kpidesk").exists()


def test_restore_never_replaces_a_plan_another_kpi_desk_has_open(tmp_path, backup_dir):
    from tests.plan_holder import PlanHolder

    plan = tmp_path / "team.kpidesk"
    run("new", plan, "--demo")
    import_prospects(plan, tmp_path, 3)
    [backup] = backup_names(plan)
    holder = PlanHolder(plan)
    try:
        assert holder.ready
        before = plan.read_bytes()
        result = run("restore", backup, "--replace", plan, check=False)
        assert result.returncode == 1
        assert "is open for editing in KPI Desk by" in result.stderr
        assert plan.read_bytes() == before
        assert backup_names(plan) == [backup]  # nothing copied either
    finally:
        holder.stop()
