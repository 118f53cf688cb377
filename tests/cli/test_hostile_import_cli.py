"""`kpidesk import` answers every hostile file with values or one line of reason, never a crash."""

import re
import subprocess
import sys

import pytest

from kpidesk.cli import run as kpidesk
from tests.cli.helpers import run

pytestmark = pytest.mark.usefixtures("qapp")  # run() in-process must not make a QCoreApplication
COLUMNS = ["--date", "1", "--value", "4", "--kpi", "2", "--rep", "3", "--lang", "en"]


def test_every_hostile_file_gets_values_or_one_line_with_the_reason(
    demo_file, hostile_corpus, capsys
):
    for name, path in hostile_corpus.items():
        before = path.read_bytes()
        code = kpidesk(["import", str(demo_file), str(path), *COLUMNS, "--accept-dates"])
        out, err = capsys.readouterr()
        assert code in (0, 1), name
        if code == 0:
            assert re.fullmatch(r"Imported \d+ values from \d+ rows\.\n", out), (name, out)
        else:
            last = err.strip().splitlines()[-1]
            assert last.startswith("kpidesk: "), (name, err)
            assert not re.match(r"kpidesk: [A-Za-z]+(Error|Exception)\b", last), (name, last)
        assert "Traceback" not in err
        assert path.read_bytes() == before, name


def test_the_reasons_are_exact(demo_file, hostile_corpus, capsys):
    assert kpidesk(["import", str(demo_file), str(hostile_corpus["huge_values"]), *COLUMNS]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "Row 2: “922337203685478” is too large: values are at most 1,000,000,000,000 either way.",
        "Row 3: “1e15” is too large: values are at most 1,000,000,000,000 either way.",
        "Row 4: “1e309” is too large: values are at most 1,000,000,000,000 either way.",
        "kpidesk: 3 rows cannot be imported; nothing was imported.",
    ]
    assert kpidesk(["import", str(demo_file), str(hostile_corpus["not_a_zip"]), *COLUMNS]) == 1
    assert capsys.readouterr().err == "kpidesk: “fake.xlsx” cannot be read.\n"


def test_rows_after_today_need_accept_dates(demo_file, tmp_path, capsys):
    data = tmp_path / "late.csv"
    data.write_text("date,kpi,rep,value\n2026-11-25,Prospects,Rep 1,2\n", encoding="utf-8")
    assert kpidesk(["import", str(demo_file), str(data), *COLUMNS]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "Row 2: 2026-11-25 is after today.",
        "kpidesk: 1 rows are dated after today or outside the plan's period: confirm them to "
        "load the file.",
    ]
    assert kpidesk(["import", str(demo_file), str(data), *COLUMNS, "--accept-dates"]) == 0


def test_a_rate_column_of_fractions_is_announced(demo_file, tmp_path, capsys):
    data = tmp_path / "rate.csv"
    data.write_text("d,v\n2026-11-02,0.2\n", encoding="utf-8")
    args = ["import", str(demo_file), str(data), "--date", "d", "--value", "v", "--lang", "en"]
    assert kpidesk([*args, "--fixed-kpi", "Close rate"]) == 0
    assert capsys.readouterr().out == "0.2 read as 20 %\nImported 1 values from 1 rows.\n"
    assert kpidesk([*args, "--fixed-kpi", "Close rate", "--rates", "percent"]) == 0
    assert capsys.readouterr().out == "0.2 read as 0.2 %\nImported 1 values from 1 rows.\n"


def test_the_stray_cell_workbook_is_read_in_little_memory(hostile_corpus):
    script = (  # VmHWM, not ru_maxrss: that one starts from the parent's size at the fork
        "import re, sys; from kpidesk.services.table_reader import Table;"
        "rows = sum(1 for _ in Table(sys.argv[1]).rows([0, 1, 2, 3]));"
        "status = open('/proc/self/status').read();"
        "print(rows, re.search(r'VmHWM:\\s+(\\d+)', status)[1])"
    )
    command = [sys.executable, "-c", script, hostile_corpus["stray_far_cell"]]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    rows, peak_kib = map(int, result.stdout.split())
    assert rows == 1
    assert peak_kib < 100 * 1024  # the 4.9 KB workbook once took 6.5 GB


def test_the_command_imports_the_stray_cell_workbook_and_leaves_it_as_it_was(
    demo_file, hostile_corpus
):
    workbook = hostile_corpus["stray_far_cell"]
    before = workbook.read_bytes()
    result = run("import", demo_file, workbook, *COLUMNS, "--accept-dates")
    assert (result.stdout, result.stderr) == ("Imported 1 values from 1 rows.\n", "")
    assert workbook.read_bytes() == before


@pytest.mark.parametrize("saved", ['["date"]', '{"date": 1, "value": "v"}', '{"value": "v"}'])
def test_a_broken_saved_mapping_gets_one_line(demo_file, hostile_corpus, tmp_path, capsys, saved):
    mapping = tmp_path / "m.json"
    mapping.write_text(saved, encoding="utf-8")
    args = ["import", str(demo_file), str(hostile_corpus["cr_only"]), "--mapping", str(mapping)]
    assert kpidesk([*args, "--rates", "percent", "--lang", "en"]) == 1
    assert capsys.readouterr().err.startswith(
        "kpidesk: The saved column mapping has an unknown key"
    )
