"""The import dialog's preview reads a file as the import does, keeping only what it shows."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest

from kpidesk.domain.model import TEAM
from kpidesk.domain.periods import Period, PeriodKind
from kpidesk.services.actuals_file import ColumnMapping, interpret, read_table
from kpidesk.services.import_preview import preview
from kpidesk.services.import_summary import ImportSummary
from kpidesk.services.plan_files import OpenPlan
from kpidesk.storage import scratch_keys

MAPPING = ColumnMapping(date="date", value="value", kpi="kpi", rep="rep")
DEALS, PROSPECTS, CLOSE_RATE = 2, 4, 5
TODAY = date(2026, 11, 20)
NOVEMBER = Period(PeriodKind.MONTH, date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def plan(demo_file):
    opened = OpenPlan(demo_file)
    yield opened.session.plan
    opened.close()


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(["date,kpi,rep,value", *lines]) + "\n", encoding="utf-8")
    return path


def test_the_preview_reads_a_file_exactly_as_the_full_reading_does(plan, tmp_path):
    """Rows, values, bad rows, rows to confirm, the rates' reading and every shown value
    (summed over the whole file) are those of `interpret`, which keeps every value."""
    lines = [
        f"2026-11-{day:02d},Prospects,Rep {rep},{day + rep}" for day in (2, 3) for rep in (1, 2)
    ]
    lines += [
        "2026-11-02,Prospects,Rep 1,10",  # the first key again: 3 + 10
        "2026-11-04,Close rate,,0.2",
        "2026-11-04,Close rate,,0.05",  # the same rate key: 0.25, read as 25 %
        "2026-11-05,Close rate,Rep 1,0.3",
        "2026-11-06,Close rate,,0.9",
        "2026-11-06,Close rate,,0.4",  # 130 %: refused at the row it first appeared
        "2026-11-07,Nobody,Rep 1,4",
        "2026-12-24,Deals,,2",  # after today: flagged
        "2026-10-31,Deals,Rep 3,1",  # outside November: flagged
    ]
    header, rows = read_table(write(tmp_path / "mixed.csv", lines))
    full = interpret(header, rows, MAPPING, plan, TODAY, NOVEMBER)
    shown = preview(header, rows, MAPPING, plan, TODAY, NOVEMBER, shown=6)
    assert (shown.rows, shown.refused, shown.flagged_count) == (13, 2, 2)
    assert [(e.row, e.code) for e in shown.errors] == [
        (12, "unknown_kpi_name"),
        (10, "rate_above_100"),
    ]
    assert shown.errors == full.errors and shown.flagged == full.flagged
    assert (shown.rate_reading, shown.rate_example) == ("fraction", "0.2")
    assert list(shown.shown.items()) == list(full.values.items())[:6]
    assert list(shown.shown.items()) == [
        ((PROSPECTS, 1, date(2026, 11, 2)), 13),
        ((PROSPECTS, 2, date(2026, 11, 2)), 4),
        ((PROSPECTS, 1, date(2026, 11, 3)), 4),
        ((PROSPECTS, 2, date(2026, 11, 3)), 5),
        ((DEALS, TEAM, date(2026, 12, 24)), 2),
        ((DEALS, 3, date(2026, 10, 31)), 1),
    ]
    assert len(full.values) == 8
    assert shown.counted == ImportSummary(
        13, 8, 3, 3, True, 6, date(2026, 10, 31), date(2026, 12, 24)
    )
    assert full.values[(CLOSE_RATE, TEAM, date(2026, 11, 4))] == Fraction(1, 4)


def test_rates_read_in_percent_are_summed_exactly_per_key(plan, tmp_path):
    lines = [
        "2026-11-04,Close rate,,12.5",
        "2026-11-04,Close rate,,7.25%",
        "2026-11-05,Close rate,,3",
    ]
    header, rows = read_table(write(tmp_path / "rates.csv", lines))
    result = preview(header, rows, MAPPING, plan, TODAY)
    assert result.rate_reading is None  # 12.5 cannot be a fraction
    assert dict(result.shown) == {
        (CLOSE_RATE, TEAM, date(2026, 11, 4)): Fraction("0.1975"),
        (CLOSE_RATE, TEAM, date(2026, 11, 5)): Fraction("0.03"),
    }
    assert result.counted.values == 2


def rows_csv(path: Path, rows: int) -> Path:
    """`rows` distinct values, 45 a day back from the 19th: four KPIs of 10 reps and the team,
    and the team's close rate (rates are grouped by key in the scratch database)."""
    kpis = ["Revenue", "Deals", "Unit price", "Prospects"]
    lines = []
    for i in range(rows):
        day = (date(2026, 11, 19) - timedelta(days=i // 45)).isoformat()
        if i % 45 == 44:
            lines.append(f"{day},Close rate,,{i % 7}%")
        else:
            rep = "" if i % 11 == 0 else f"Rep {i % 11}"
            lines.append(f"{day},{kpis[i % 44 // 11]},{rep},{i % 13}")
    return write(path, lines)


def test_the_memory_a_preview_takes_does_not_grow_with_the_rows(plan, tmp_path, monkeypatch):
    """Eight times the rows, about the same peak (the reader's encoding check, which reads
    1 MB chunks, is left out). Keeping every value in a dict, as the preview did, took 2.05 MB
    more for 16,000 rows than for 2,000 (146 bytes a row): 7,000 more rows here would take
    1 MB, seven times the bound."""
    monkeypatch.setattr(scratch_keys, "CHUNK", 500)
    peaks = []
    for count in (1_000, 8_000):
        header, table = read_table(rows_csv(tmp_path / f"{count}.csv", count))
        tracemalloc.start()
        result = preview(header, table, MAPPING, plan, TODAY)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert (result.rows, result.refused, result.counted.values) == (count, 0, count)
    assert peaks[1] - peaks[0] < 150_000, peaks
