"""Start-up benchmark: time to first paint, KPI Desk (demo plan) vs bare PySide6 tree windows."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _installed import installed_environment

PROBE = Path(__file__).with_name("_startup_probe.py")
KINDS = ("tree", "app", "pyqtgraph", "plan")  # the budget is app / tree; the rest for reference
BUDGET = 1.5
TIMEOUT_S = 60


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--runs", type=int, default=7, help="timed rounds, each kind once (default 7)"
    )
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xcb"),
        default=default_platform(),
        help="Qt platform plugin (default: offscreen without $DISPLAY, else the current one)",
    )
    parser.add_argument(
        "--lang", choices=("en", "ja"), help="the app's language (default: the system's)"
    )
    parser.add_argument(
        "--check", action="store_true", help=f"exit non-zero when app/floor > {BUDGET}"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def default_platform() -> str:
    if not os.environ.get("DISPLAY"):
        return "offscreen"
    return os.environ.get("QT_QPA_PLATFORM") or "xcb"


def kpidesk_command() -> Path:
    """The `kpidesk` script next to this interpreter (the same venv)."""
    return Path(sys.executable).with_name("kpidesk")


def make_demo_plan(folder: Path) -> Path:
    path = folder / "demo.kpidesk"
    subprocess.run(
        [str(kpidesk_command()), "new", str(path), "--demo", "--force"],
        check=True,
        capture_output=True,
    )
    return path


def child_env(folder: Path, platform: str, language: str | None = None) -> dict[str, str]:
    """One environment for every probe, as installed (compiled modules and the cache in
    `folder`); the probe itself points XDG settings at a temp dir."""
    env = installed_environment(folder, QT_QPA_PLATFORM=platform, PYQTGRAPH_QT_LIB="PySide6")
    env.pop("STARTUP_LANG", None)
    if language:
        env["STARTUP_LANG"] = language  # the app's --lang; the floors show no text to translate
    return env


def time_to_first_paint(kind: str, demo: Path, settings: Path, env: dict[str, str]) -> float:
    """Seconds from just before Popen to the child's first paint (child's wall clock)."""
    command = [sys.executable, str(PROBE), kind, str(demo), str(settings)]
    start = time.time()
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        try:
            out, err = child.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
    return first_paint_time(kind, out, err, child.returncode) - start


def first_paint_time(kind: str, out: str, err: str, returncode: int) -> float:
    for line in out.splitlines():
        if line.startswith("FIRST_PAINT "):
            return float(line.split()[1])
    raise RuntimeError(
        f"{kind} probe exited with {returncode} before painting:\n{out}{err}".rstrip()
    )


def run_order(i: int) -> tuple[str, ...]:
    """Each round rotates the order (tree app pyqtgraph, app pyqtgraph tree, …) and every
    other round reverses it, so no kind always goes first or always follows the same one."""
    shift = i % len(KINDS)
    order = KINDS[shift:] + KINDS[:shift]
    return order if (i // len(KINDS)) % 2 == 0 else order[::-1]


def measure(runs: int, demo: Path, settings: Path, env: dict[str, str]) -> list[dict[str, float]]:
    for kind in KINDS:  # untimed warm-up: file cache, .pyc files, settings
        time_to_first_paint(kind, demo, settings, env)
    results = []
    for i in range(runs):
        result = {kind: time_to_first_paint(kind, demo, settings, env) for kind in run_order(i)}
        print(format_run(i, result), flush=True)
        results.append(result)
    return results


def format_run(i: int, result: dict[str, float]) -> str:
    ms = {kind: result[kind] * 1000 for kind in KINDS}
    ratio = ms["app"] / ms["tree"]
    order = "→".join(run_order(i))
    return (
        f"{i + 1:>4}  {ms['tree']:>8.0f}  {ms['pyqtgraph']:>9.0f}  {ms['app']:>7.0f}"
        f"  {ratio:>8.2f}  {ms['plan']:>8.0f}  {order}"
    )


def report(results: list[dict[str, float]]) -> bool:
    """Print the medians and the verdict; True when within budget."""
    ms = {kind: statistics.median(r[kind] for r in results) * 1000 for kind in KINDS}
    ratio = ms["app"] / ms["tree"]
    passed = ratio <= BUDGET
    print("─" * 60)
    print(
        f"median  {ms['tree']:>8.0f}  {ms['pyqtgraph']:>9.0f}  {ms['app']:>7.0f}"
        f"  {ratio:>8.2f}  {ms['plan']:>8.0f}"
    )
    print()
    print(f"floor (PySide6 window with a QTreeView):      {ms['tree']:.0f} ms")
    print(f"floor (the same, pyqtgraph imported too):     {ms['pyqtgraph']:.0f} ms")
    print(f"app   (KPI Desk, demo plan, first paint):     {ms['app']:.0f} ms")
    print(f"plan  (the same, until the plan's window paints): {ms['plan']:.0f} ms  (for reference)")
    print(f"ratio app/pyqtgraph floor: {ms['app'] / ms['pyqtgraph']:.2f}  (for reference)")
    print(
        f"ratio app/tree floor: {ratio:.2f}  (budget: ratio ≤ {BUDGET})  "
        + ("PASS" if passed else "FAIL")
    )
    return passed


def print_header(args: argparse.Namespace) -> None:
    language = args.lang or "the system's"
    print(
        f"Start-up to first paint, {args.runs} interleaved runs, platform {args.platform},"
        f" language {language}"
    )
    print(f"python {sys.version.split()[0]} at {sys.executable}")
    print()
    print(" run   tree ms  pyqtgr ms   app ms  app/tree   plan ms  order")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="kpidesk-startup-"))
    try:
        demo = make_demo_plan(workdir)
        settings = workdir / "settings"
        settings.mkdir()
        print_header(args)
        results = measure(args.runs, demo, settings, child_env(settings, args.platform, args.lang))
        passed = report(results)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if args.check and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
