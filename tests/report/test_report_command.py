"""`kpidesk export` as its own process: what it loads, what its charts say, how it refuses."""

import subprocess
import sys

import pytest

from kpidesk.report.chart_frame import nice_step
from tests.cli.helpers import run, run_process
from tests.conftest import on_test_day
from tests.report.conftest import AS_OF, page_texts, plan_file

HEAVY = ("pyqtgraph", "numpy", "yaml", "openpyxl", "kpidesk.cli", "kpidesk.ui.charts.pages")
HEAVY += ("dateutil.parser._parser",)  # sqlite-utils imports it (storage.deferred_imports)
HEAVY += ("PySide6.QtWidgets", "PySide6.QtSvg")  # the diagram is painted with QtGui alone
# QGradient's 169 presets, which PySide builds when QPainter.fillRect's overloads are resolved
UNBUILT_ENUMS = ("Preset",)


@pytest.fixture(scope="module")
def english_export(tmp_path_factory, qapp):
    """One `kpidesk export` of the English plan in a process of its own, for the tests that
    check what it loaded and what it printed: (its result, the PDF, the PDF's page texts)."""
    folder = tmp_path_factory.mktemp("export")
    with on_test_day():
        plan = plan_file(folder, "en")
    out = folder / "report.pdf"
    result = export_listing_heavy_modules(plan, out)
    return result, out, page_texts(out)


def test_the_command_loads_no_chart_library_no_widgets_and_no_other_command(english_export):
    # and it fills its rectangles without making PySide build QGradient's presets
    result, out, texts = english_export
    assert result.stdout.splitlines()[:2] == [f"Wrote 4 pages to {out}", "[]"]
    assert len(texts) == 4


def test_the_command_spends_no_time_collecting_cycles(english_export):
    # a short process that leaves with os._exit: its few cycles go with it (about 10 ms of 79
    # collections over the modules it loads, in the 12-page export)
    result, _out, _texts = english_export
    assert result.stdout.splitlines()[2] == "automatic collection: False"


def export_listing_heavy_modules(plan, out) -> subprocess.CompletedProcess:
    """`kpidesk export` in English, printing which of HEAVY it loaded and which of UNBUILT_ENUMS
    PySide built, then whether automatic garbage collection was on, after its own output."""
    argv = ["export", str(plan), "--pdf", str(out), "--as-of", AS_OF.isoformat(), "--lang", "en"]
    probe = (  # the command leaves with os._exit once the PDF is written: list them then
        "import enum, os, sys; from kpidesk.app import main; leave = os._exit; built = [];"
        " make = enum.EnumType.__call__; enum.EnumType.__call__ = lambda cls, value, names=None,"
        " *a, **k: (names is not None and built.append(value)) or make(cls, value, names, *a, **k);"
        f" os._exit = lambda code: print(sorted(m for m in {HEAVY!r} if m in sys.modules)"
        f" + [e for e in {UNBUILT_ENUMS!r} if e in built])"
        " or print('automatic collection:', __import__('gc').isenabled())"
        " or sys.stdout.flush() or leave(code); main(sys.argv[1:])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, *argv], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result


def test_the_painted_charts_say_their_axes_legends_and_labels(english_export):
    _result, _out, texts = english_export
    everything = " ".join(texts)
    # prospects: 10 reps x 2 a day, 180 by the 11th, 460 forecast, 500 target; the value
    # axis runs to 460 x 1.2, in steps of 200; the days by week; the legend under the chart
    cumulative = (
        "Prospects: cumulative against pace 600 As of 12/11/26 400 200 0 "
        "12/1 12/7 12/14 12/21 12/28 Actual Pace Forecast Target"
    )
    assert cumulative in everything
    # each bar says its achievement and status in words, then the percent axis
    achievement = (
        "Achievement by KPI Revenue 36 % Lagging Deals 36 % Lagging Unit price 100 % On track "
        "Prospects 36 % Lagging Close rate 100 % On track 0 % 50 % 100 % 150 %"
    )
    assert achievement in everything
    reps = " ".join(f"Rep {i}" for i in range(1, 11))  # every rep named, in one row
    assert f"Prospects by rep: actual against target 60 40 20 0 {reps} Actual Target" in (
        everything
    )


def test_crowded_rep_names_take_two_rows_and_each_keeps_its_name(tmp_path, qapp):
    plan = plan_file(tmp_path, "ja")
    out = tmp_path / "report.pdf"
    run("export", plan, "--pdf", out, "--as-of", AS_OF.isoformat(), "--lang", "ja")
    chart = next(text for text in page_texts(out) if "（担当者別）：実績と目標" in text)
    first_row = " ".join(f"担当者 {i}" for i in (1, 3, 5, 7, 9))
    second_row = " ".join(f"担当者 {i}" for i in (2, 4, 6, 8, 10))
    assert f"60 40 20 0 {first_row} {second_row} 実績 目標" in chart


def test_a_value_axis_steps_by_one_two_or_five():
    assert nice_step(460 * 1.2, 6) == 100  # 552 in at most 6 steps
    assert nice_step(552, 3) == 200
    assert nice_step(1656, 5) == 500
    assert nice_step(27.6, 6) == 5
    assert nice_step(1.6 * 1.08, 6) == 0.5
    assert nice_step(1e300, 4) == 5e299  # the largest values the charts hold


def test_the_command_refuses_in_one_line(tmp_path, qapp):
    plan = plan_file(tmp_path, "en")
    out = tmp_path / "report.pdf"
    bad_day = run_process("export", plan, "--pdf", out, "--as-of", "soon", check=False)
    assert (bad_day.returncode, bad_day.stderr) == (
        2,
        "kpidesk: “soon” is not a date such as 2026-12-11.\n",
    )
    missing = tmp_path / "missing.kpidesk"
    no_plan = run_process("export", missing, "--pdf", out, "--lang", "en", check=False)
    assert no_plan.returncode == 1
    assert no_plan.stderr.startswith("kpidesk: ") and len(no_plan.stderr.splitlines()) == 1
    assert str(missing) in no_plan.stderr
    assert not out.exists()
