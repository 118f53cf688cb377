"""Bundle smoke test: build the Linux bundle, run it as a new user would, time its start-up.

`python packaging/smoke_test.py` builds dist/kpidesk (skip with --no-build), then runs the bundle
with an empty HOME and a font configuration that has no system fonts at all, so every Japanese
glyph must come from the bundle: it makes the demo plan, shows it, exports the meeting PDF and
checks the PDF's Japanese text layer, opens the window on the demo and on a plan and quits, and
finally times the window's start-up (launch to first paint, then quit) against the venv's, in
interleaved runs. Exit 0 when every step passed and the budgets hold.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "kpidesk"
SIZE_BUDGET_MB = 250
STARTUP_BUDGET = 1.2
EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


class SmokeError(Exception):
    """A step of the smoke test that did not do what a user needs."""


def bare_environment(home: Path) -> dict[str, str]:
    """A new user's session: empty HOME, no system fonts, no display (offscreen Qt)."""
    fontconfig = home / "fonts.conf"
    fontconfig.write_text(EMPTY_FONTCONFIG.format(cache=home / "fontcache"), encoding="utf-8")
    keep = {"PATH", "LANG", "LC_ALL", "TZ"}
    env = {key: value for key, value in os.environ.items() if key in keep}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        FONTCONFIG_FILE=str(fontconfig),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(command: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess:
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise SmokeError(f"{what}: exit {result.returncode}\n{result.stdout}{result.stderr}")
    if "Traceback" in result.stderr:
        raise SmokeError(f"{what}: a traceback\n{result.stderr}")
    print(f"  ok  {what}")
    return result


def check_pdf_text(pdf: Path, expected: list[str]) -> None:
    from pypdf import PdfReader

    # pypdf breaks lines between the runs Qt writes; the characters themselves must be exact
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    missing = [word for word in expected if word not in text]
    if missing:
        raise SmokeError(f"the PDF's text layer lacks {missing}")
    print(f"  ok  the PDF's text layer has {', '.join(expected)}")


def exercise_bundle(executable: Path, work: Path) -> None:
    home = work / "home"
    home.mkdir()
    env = bare_environment(home)
    plan = work / "plans" / "デモ.kpidesk"
    plan.parent.mkdir()
    run([str(executable), "new", str(plan), "--demo", "--lang", "ja"], env, "make the demo plan")
    shown = run([str(executable), "show", str(plan), "--lang", "ja"], env, "show it").stdout
    if "売上" not in shown:
        raise SmokeError(f"`show` printed no Japanese:\n{shown}")
    pdf = work / "meeting.pdf"
    run(
        [str(executable), "export", str(plan), "--pdf", str(pdf), "--lang", "ja"],
        env,
        "export the meeting PDF",
    )
    check_pdf_text(pdf, ["売上", "成約件数", "見込み客数"])
    qt_catalog = executable.parent / "_internal" / "PySide6" / "Qt" / "translations"
    if not (qt_catalog / "qtbase_ja.qm").exists():
        raise SmokeError("Qt's own Japanese catalog (qtbase_ja.qm) is not in the bundle")
    print("  ok  Qt's own dialogs have their Japanese catalog")
    shot = work / "demo.png"
    run(
        [str(executable), "--demo", "--lang", "ja", "--screenshot", str(shot)],
        env,
        "open the demo in the window and quit",
    )
    if not shot.exists() or shot.stat().st_size < 10_000:
        raise SmokeError("the window drew no picture")
    run(
        [str(executable), str(plan), "--lang", "en", "--screenshot", str(work / "plan.png")],
        env,
        "open and close a plan",
    )


def start_up_seconds(command: list[str], env: dict[str, str], picture: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [*command, "--screenshot", str(picture)],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return time.perf_counter() - started


def compare_start_up(executable: Path, work: Path, pairs: int) -> float:
    """Launch → first paint → quit, bundle against the venv's `kpidesk`, A B A B."""
    home = work / "bench-home"
    home.mkdir()
    env = bare_environment(home)
    plan = work / "bench.kpidesk"
    run([str(executable), "new", str(plan), "--demo"], env, "make the benchmark plan")
    venv = [str(Path(sys.executable).with_name("kpidesk")), str(plan)]
    bundle = [str(executable), str(plan)]
    for command in (venv, bundle):  # warm the disk cache once each
        start_up_seconds(command, env, work / "warm.png")
    times: dict[str, list[float]] = {"venv": [], "bundle": []}
    for _ in range(pairs):
        times["venv"].append(start_up_seconds(venv, env, work / "v.png"))
        times["bundle"].append(start_up_seconds(bundle, env, work / "b.png"))
    venv_median = statistics.median(times["venv"])
    bundle_median = statistics.median(times["bundle"])
    ratio = bundle_median / venv_median
    print(
        f"start-up (launch → first paint → quit, {pairs} interleaved pairs, medians): "
        f"bundle {bundle_median * 1000:.0f} ms, venv {venv_median * 1000:.0f} ms, "
        f"ratio {ratio:.2f} (budget {STARTUP_BUDGET})"
    )
    return ratio


def bundle_size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="use the bundle in dist/")
    parser.add_argument("--pairs", type=int, default=7, help="start-up pairs (default 7)")
    args = parser.parse_args(argv)
    if not args.no_build:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)
    executable = BUNDLE / "kpidesk"
    if not executable.exists():
        print(f"no bundle at {BUNDLE}: run packaging/build.py first", file=sys.stderr)
        return 1
    failures = []
    with tempfile.TemporaryDirectory(prefix="kpidesk-smoke-") as folder:
        work = Path(folder)
        print(f"bundle {BUNDLE}, empty HOME, no system fonts:")
        try:
            exercise_bundle(executable, work)
            ratio = compare_start_up(executable, work, args.pairs)
        except SmokeError as failure:
            print(f"FAILED: {failure}", file=sys.stderr)
            return 1
    size = bundle_size_mb(BUNDLE)
    print(f"bundle size: {size:.0f} MB unpacked (budget {SIZE_BUDGET_MB} MB)")
    if size > SIZE_BUDGET_MB:
        failures.append("size")
    if ratio > STARTUP_BUDGET:
        failures.append("start-up")
    if failures:
        print(f"over budget: {', '.join(failures)}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
